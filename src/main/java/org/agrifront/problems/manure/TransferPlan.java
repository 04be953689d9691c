package org.agrifront.problems.manure;

/**
 * The full consequences of one transfer plan, for reporting (not for the search's hot loop): per link the shares and
 * amounts; per province the manure supply, LCCSRs and greenhouse-gas emissions after the transfer.
 */
public final class TransferPlan {
    private final TransferNetwork net;
    private final double[] shares;
    private final double[] supplyN;
    private final double[] supplyP;
    private final double[] ghgIncrease;

    /** The plan encoded by {@code genome} (weights, normalised per source). */
    public TransferPlan(TransferNetwork net, double[] genome) {
        this.net = net;
        this.shares = new double[net.links()];
        net.shares(genome, shares);
        NutrientBalance b = net.balance();
        int n = b.size();
        supplyN = new double[n];
        supplyP = new double[n];
        ghgIncrease = new double[n];
        for (int i = 0; i < n; i++) {
            supplyN[i] = b.supplyN(i);
            supplyP[i] = b.supplyP(i);
        }
        for (int l = 0; l < net.links(); l++) {
            int from = net.source(net.linkSource(l)), to = net.linkRecipient(l);
            double n1 = shares[l] * net.nitrogen(l), p1 = shares[l] * net.phosphorus(l);
            supplyN[from] -= n1;
            supplyP[from] -= p1;
            supplyN[to] += n1;
            supplyP[to] += p1;
            ghgIncrease[to] += shares[l] * net.co2e(l) / 1e6;
        }
        for (int i = 0; i < n; i++) { // rounding: a source's whole excess leaves, never below zero
            supplyN[i] = Math.max(0, supplyN[i]);
            supplyP[i] = Math.max(0, supplyP[i]);
        }
    }

    public TransferNetwork network() {
        return net;
    }

    public double share(int l) {
        return shares[l];
    }

    public double pigEquivalents(int l) {
        return shares[l] * net.pigEquivalents(l);
    }

    public double nitrogen(int l) {
        return shares[l] * net.nitrogen(l);
    }

    public double phosphorus(int l) {
        return shares[l] * net.phosphorus(l);
    }

    public double tonneKm(int l) {
        return shares[l] * net.tonneKm(l);
    }

    public double co2e(int l) {
        return shares[l] * net.co2e(l);
    }

    public double movedN() {
        double s = 0;
        for (int l = 0; l < net.links(); l++) s += nitrogen(l);
        return s;
    }

    public double movedP() {
        double s = 0;
        for (int l = 0; l < net.links(); l++) s += phosphorus(l);
        return s;
    }

    public double transport() {
        return net.transport(shares);
    }

    public double gwp() {
        return net.gwp(shares);
    }

    public double supplyNAfter(int i) {
        return supplyN[i];
    }

    public double supplyPAfter(int i) {
        return supplyP[i];
    }

    public double lccsrNAfter(int i) {
        return NutrientBalance.ratio(supplyN[i], net.balance().demandN(i));
    }

    public double lccsrPAfter(int i) {
        return NutrientBalance.ratio(supplyP[i], net.balance().demandP(i));
    }

    public double meanLccsrNAfter() {
        double s = 0;
        for (int i = 0; i < supplyN.length; i++) s += lccsrNAfter(i);
        return s / supplyN.length;
    }

    public double meanLccsrPAfter() {
        double s = 0;
        for (int i = 0; i < supplyP.length; i++) s += lccsrPAfter(i);
        return s / supplyP.length;
    }

    /** Increase of province {@code i}'s agricultural GHG emissions, Mt CO2e. */
    public double ghgIncreaseMt(int i) {
        return ghgIncrease[i];
    }

    /** Increase of province {@code i}'s emissions against its baseline, %. */
    public double ghgIncreasePercent(int i) {
        return 100 * ghgIncrease[i] / net.data().ghg(i).baselineMt();
    }

    /** The province with the largest relative GHG increase. */
    public int largestGhgIncrease() {
        int best = 0;
        for (int i = 1; i < ghgIncrease.length; i++) if (ghgIncreasePercent(i) > ghgIncreasePercent(best)) best = i;
        return best;
    }

    public double maxRecipientLccsrN() {
        double m = 0;
        for (int k = 0; k < net.recipients(); k++) m = Math.max(m, lccsrNAfter(net.recipient(k)));
        return m;
    }

    public double maxRecipientLccsrP() {
        double m = 0;
        for (int k = 0; k < net.recipients(); k++) m = Math.max(m, lccsrPAfter(net.recipient(k)));
        return m;
    }
}
