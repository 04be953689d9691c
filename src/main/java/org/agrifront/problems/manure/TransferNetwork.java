package org.agrifront.problems.manure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The links along which manure can move: from each source province (LCCSR &gt; 1) to each of its candidate
 * recipients. Everything the objectives and constraints need is linear in the share of a source's excess sent along
 * a link, so each link carries its coefficients per unit share: pig equivalents, t N, t P, t·km and t CO2e. The
 * problem, the repair and the exact LP model all use these same numbers.
 * <p>
 * Link {@code l} of source {@code s} is {@code linkStart[s] .. linkStart[s+1]-1}; links are ordered by source
 * (province order), then by the recipient order given for that source.
 */
public final class TransferNetwork {
    /** Relative tolerance on recipient capacity: a load within 1e-9 of capacity counts as within it. */
    public static final double CAPACITY_TOLERANCE = 1e-9;

    private final ManureData data;
    private final NutrientBalance balance;
    private final GhgFactors ghg;
    private final int[] sources;
    private final int[] linkStart;
    private final int[] linkSource;
    private final int[] linkRecipient;
    private final int[] linkSlot;
    private final double[] km;
    private final double[] pigEq;
    private final double[] nitrogen;
    private final double[] phosphorus;
    private final double[] tkm;
    private final double[] co2e;
    private final int[] recipients;
    private final double[] capacityN;
    private final double[] capacityP;

    /**
     * @param recipientsOf for each source (in {@link #sources(NutrientBalance)} order), its candidate recipients as
     *                     province indices
     */
    public TransferNetwork(ManureData data, NutrientBalance balance, GhgFactors ghg, int[][] recipientsOf) {
        this.data = data;
        this.balance = balance;
        this.ghg = ghg;
        this.sources = sources(balance);
        if (recipientsOf.length != sources.length) throw new IllegalArgumentException("one recipient list per source expected");
        int links = 0;
        for (int[] r : recipientsOf) {
            if (r.length == 0) throw new IllegalArgumentException("every source needs at least one recipient");
            links += r.length;
        }
        linkStart = new int[sources.length + 1];
        linkSource = new int[links];
        linkRecipient = new int[links];
        linkSlot = new int[links];
        km = new double[links];
        pigEq = new double[links];
        nitrogen = new double[links];
        phosphorus = new double[links];
        tkm = new double[links];
        co2e = new double[links];
        boolean[] isRecipient = new boolean[data.size()];
        for (int[] rs : recipientsOf) for (int r : rs) isRecipient[r] = true;
        List<Integer> rec = new ArrayList<>();
        int[] slotOf = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            if (!isRecipient[i]) continue;
            if (balance.isSource(i)) throw new IllegalArgumentException(data.code(i) + " is a source and cannot receive manure");
            slotOf[i] = rec.size();
            rec.add(i);
        }
        recipients = rec.stream().mapToInt(Integer::intValue).toArray();
        capacityN = new double[recipients.length];
        capacityP = new double[recipients.length];
        for (int k = 0; k < recipients.length; k++) {
            int r = recipients[k];
            capacityN[k] = Math.max(0, balance.demandN(r) - balance.supplyN(r));
            capacityP[k] = Math.max(0, balance.demandP(r) - balance.supplyP(r));
        }
        int l = 0;
        for (int s = 0; s < sources.length; s++) {
            int src = sources[s];
            linkStart[s] = l;
            double excess = balance.excessPigEquivalents(src);
            ManureData.Province from = data.province(src);
            for (int r : recipientsOf[s]) {
                for (int prev = linkStart[s]; prev < l; prev++) {
                    if (linkRecipient[prev] == r) throw new IllegalArgumentException("recipient " + data.code(r) + " listed twice for " + from.code());
                }
                ManureData.Province to = data.province(r);
                linkSource[l] = s;
                linkRecipient[l] = r;
                linkSlot[l] = slotOf[r];
                km[l] = GreatCircle.km(from.lon(), from.lat(), to.lon(), to.lat());
                pigEq[l] = excess;
                nitrogen[l] = excess * balance.perPigEquivalentN(src);
                phosphorus[l] = excess * balance.perPigEquivalentP(src);
                tkm[l] = (nitrogen[l] + phosphorus[l]) * km[l];
                co2e[l] = nitrogen[l] * ghg.co2ePerN(to.n2oEfDirect(), data.ghg(r).ch4PerN());
                l++;
            }
        }
        linkStart[sources.length] = l;
    }

    /** Provinces with LCCSR &gt; 1 for N or P, in province order. */
    public static int[] sources(NutrientBalance balance) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < balance.size(); i++) if (balance.isSource(i)) s.add(i);
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    public ManureData data() {
        return data;
    }

    public NutrientBalance balance() {
        return balance;
    }

    public GhgFactors ghg() {
        return ghg;
    }

    public int sourceCount() {
        return sources.length;
    }

    /** Province index of source {@code s}. */
    public int source(int s) {
        return sources[s];
    }

    public int firstLink(int s) {
        return linkStart[s];
    }

    public int endLink(int s) {
        return linkStart[s + 1];
    }

    public int links() {
        return km.length;
    }

    /** Source number (not province) of link {@code l}. */
    public int linkSource(int l) {
        return linkSource[l];
    }

    /** Province index of the recipient of link {@code l}. */
    public int linkRecipient(int l) {
        return linkRecipient[l];
    }

    /** Recipient number (0 .. recipients()-1) of link {@code l}. */
    public int linkSlot(int l) {
        return linkSlot[l];
    }

    public double km(int l) {
        return km[l];
    }

    /** Pig equivalents moved along link {@code l} at share 1 (the source's whole excess). */
    public double pigEquivalents(int l) {
        return pigEq[l];
    }

    /** t N moved along link {@code l} at share 1. */
    public double nitrogen(int l) {
        return nitrogen[l];
    }

    public double phosphorus(int l) {
        return phosphorus[l];
    }

    /** t·km of nutrient (N + P) at share 1. */
    public double tonneKm(int l) {
        return tkm[l];
    }

    /** t CO2e of applying the N of link {@code l} in its recipient at share 1. */
    public double co2e(int l) {
        return co2e[l];
    }

    public int recipients() {
        return recipients.length;
    }

    /** Province index of recipient number {@code k}. */
    public int recipient(int k) {
        return recipients[k];
    }

    /** Manure N recipient {@code k} can still take before its LCCSR reaches 1, t. */
    public double capacityN(int k) {
        return capacityN[k];
    }

    public double capacityP(int k) {
        return capacityP[k];
    }

    /**
     * Normalises a genome into shares per source: {@code w / Σw} over the source's links; a source whose weights are
     * all zero splits equally. Every source's shares add up to 1: all its excess leaves.
     */
    public void shares(double[] genome, double[] out) {
        for (int s = 0; s < sources.length; s++) {
            int a = linkStart[s], b = linkStart[s + 1];
            double sum = 0;
            for (int l = a; l < b; l++) sum += Math.max(0, genome[l]);
            for (int l = a; l < b; l++) out[l] = sum > 0 ? Math.max(0, genome[l]) / sum : 1.0 / (b - a);
        }
    }

    /** Adds the N and P each recipient receives under {@code shares} into {@code loadN}, {@code loadP} (t). */
    public void loads(double[] shares, double[] loadN, double[] loadP) {
        Arrays.fill(loadN, 0);
        Arrays.fill(loadP, 0);
        for (int l = 0; l < km.length; l++) {
            loadN[linkSlot[l]] += shares[l] * nitrogen[l];
            loadP[linkSlot[l]] += shares[l] * phosphorus[l];
        }
    }

    public double transport(double[] shares) {
        double s = 0;
        for (int l = 0; l < km.length; l++) s += shares[l] * tkm[l];
        return s;
    }

    public double gwp(double[] shares) {
        double s = 0;
        for (int l = 0; l < km.length; l++) s += shares[l] * co2e[l];
        return s;
    }

    /**
     * LCCSR above 1 of recipient {@code k} receiving {@code load} t of N ({@code nitrogen}) or P, 0 within capacity
     * (tolerance {@link #CAPACITY_TOLERANCE} of its demand).
     */
    public double excess(int k, double load, boolean nitrogen) {
        int r = recipients[k];
        double demand = nitrogen ? balance.demandN(r) : balance.demandP(r);
        double cap = nitrogen ? capacityN[k] : capacityP[k];
        double over = load - cap;
        if (over <= CAPACITY_TOLERANCE * demand) return 0;
        return demand > 0 ? over / demand : Double.POSITIVE_INFINITY;
    }

    /** LCCSR of recipient {@code k} after receiving {@code load} t. */
    public double lccsrAfter(int k, double load, boolean nitrogen) {
        int r = recipients[k];
        return nitrogen ? NutrientBalance.ratio(balance.supplyN(r) + load, balance.demandN(r))
                : NutrientBalance.ratio(balance.supplyP(r) + load, balance.demandP(r));
    }
}
