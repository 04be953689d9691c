package org.agrifront.problems.manure;

import org.agrifront.core.Repair;

/**
 * Rescales a transfer plan into the recipients' carrying capacity ({@code --constraint-handling repair}). The genome
 * is first normalised into shares per source. Each overloaded recipient's inflows are scaled down until its
 * binding nutrient is exactly at capacity (LCCSR = 1); what a source could not deliver there is spread over its other
 * candidates that still have room, in proportion to the shares they already have (equally if none), never past
 * their capacity (water filling). Every source still sends its whole excess, so a plan stays overloaded only when a
 * source's candidates together cannot take its manure. Writes the repaired shares back into the genome.
 * Deterministic: sources are served in province order.
 */
public final class CapacityRepair implements Repair<double[]> {
    private static final double TINY = 1e-15;
    private final TransferNetwork net;

    public CapacityRepair(TransferNetwork net) {
        this.net = net;
    }

    @Override
    public void repair(double[] genome) {
        int links = net.links(), recipients = net.recipients();
        double[] x = new double[links];
        net.shares(genome, x);
        double[] loadN = new double[recipients], loadP = new double[recipients];
        double[] removed = new double[links];
        boolean[] full = new boolean[recipients];
        for (int round = 0; round <= recipients; round++) {
            net.loads(x, loadN, loadP);
            boolean overloaded = false;
            java.util.Arrays.fill(removed, 0);
            for (int l = 0; l < links; l++) {
                int k = net.linkSlot(l);
                double f = fill(k, loadN[k], loadP[k]);
                if (f < 1) {
                    overloaded = true;
                    full[k] = true;
                    removed[l] = x[l] * (1 - f);
                    x[l] *= f;
                }
            }
            if (!overloaded) break;
            net.loads(x, loadN, loadP);
            boolean stuck = false;
            for (int s = 0; s < net.sourceCount(); s++) {
                double amount = 0;
                for (int l = net.firstLink(s); l < net.endLink(s); l++) amount += removed[l];
                if (amount <= 0) continue;
                double left = distribute(s, amount, x, loadN, loadP, full);
                if (left > TINY) { // no room anywhere: give it back, the plan stays infeasible
                    stuck = true;
                    for (int l = net.firstLink(s); l < net.endLink(s); l++) x[l] += removed[l] * (left / amount);
                }
            }
            if (stuck) break;
        }
        System.arraycopy(x, 0, genome, 0, links);
    }

    /** Factor that brings recipient k within capacity (1 if it is). */
    private double fill(int k, double loadN, double loadP) {
        double f = 1;
        int r = net.recipient(k);
        if (loadN - net.capacityN(k) > TransferNetwork.CAPACITY_TOLERANCE * net.balance().demandN(r)) f = Math.min(f, net.capacityN(k) / loadN);
        if (loadP - net.capacityP(k) > TransferNetwork.CAPACITY_TOLERANCE * net.balance().demandP(r)) f = Math.min(f, net.capacityP(k) / loadP);
        return f;
    }

    /** Room left on link l, in shares of its source's excess. */
    private double room(int l, double[] loadN, double[] loadP, boolean[] full) {
        int k = net.linkSlot(l);
        if (full[k]) return 0;
        double n = net.nitrogen(l) > 0 ? (net.capacityN(k) - loadN[k]) / net.nitrogen(l) : Double.POSITIVE_INFINITY;
        double p = net.phosphorus(l) > 0 ? (net.capacityP(k) - loadP[k]) / net.phosphorus(l) : Double.POSITIVE_INFINITY;
        return Math.max(0, Math.min(n, p));
    }

    /** Water-fills {@code amount} (shares) of source s into its open links; returns what did not fit. */
    private double distribute(int s, double amount, double[] x, double[] loadN, double[] loadP, boolean[] full) {
        int a = net.firstLink(s), b = net.endLink(s);
        while (amount > TINY) {
            double weights = 0;
            int open = 0;
            for (int l = a; l < b; l++) {
                if (room(l, loadN, loadP, full) > TINY) {
                    weights += x[l];
                    open++;
                }
            }
            if (open == 0) return amount;
            boolean equal = weights <= 0;
            double total = amount;
            for (int l = a; l < b; l++) { // the most that can go before the first open link is full
                double room = room(l, loadN, loadP, full);
                if (room <= TINY) continue;
                double w = equal ? 1.0 / open : x[l] / weights;
                if (w > 0) total = Math.min(total, room / w);
            }
            for (int l = a; l < b; l++) {
                double room = room(l, loadN, loadP, full);
                if (room <= TINY) continue;
                double w = equal ? 1.0 / open : x[l] / weights;
                double give = Math.min(room, total * w);
                x[l] += give;
                int k = net.linkSlot(l);
                loadN[k] += give * net.nitrogen(l);
                loadP[k] += give * net.phosphorus(l);
                amount -= give;
                if (room - give <= TINY) full[k] = true;
            }
        }
        return Math.max(0, amount);
    }
}
