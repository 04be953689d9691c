package org.agrifront.problems.manure;

/**
 * The land carrying capacity of every province for N and P, Eqs. 2–5 of Xu et al. (2026), following the Ministry
 * of Agriculture and Rural Affairs' <em>Technical Guidelines for Calculating Land Carrying Capacity of Livestock and
 * Poultry Manure</em>:
 * <pre>
 *   D  = A · FP · MP / MR      (Eq. 2)  nutrient the crops need from manure, t
 *   PD = S / RE                (Eq. 3)  manure nutrient per pig equivalent, t
 *   CA = D / PD                (Eq. 4)  carrying capacity, pig equivalents
 *   I  = RE / CA               (Eq. 5)  land carrying capacity saturation rate (LCCSR); > 1 = overloaded
 * </pre>
 * with A the crop nutrient demand, S the manure nutrient supply (Σ heads × nutrient per head) and RE the livestock
 * in pig equivalents (Σ heads × 100 / heads per 100 pig equivalents). Substituting, I = S / D: the LCCSR is the
 * manure supply over the manure-nutrient demand, computed here in that form. The <em>surplus</em> is S − D where
 * positive (the paper's "surplus above carrying capacity"); the deficit D − S where positive.
 * <p>
 * The unit moved between provinces is the paper's NLPE, nutrient load per pig equivalent: a pig equivalent of the
 * source's manure carries PD_N of N and PD_P of P, so moved manure keeps the source's N:P ratio. A source must
 * shed {@link #excessPigEquivalents(int)} = RE − min(CA_N, CA_P) pig equivalents so that both its LCCSRs reach
 * ≤ 1 (the larger exactly 1). Quantities are per year: heads, t, pig equivalents.
 */
public final class NutrientBalance {
    private final double[] pigEquivalents;
    private final double[] supplyN;
    private final double[] supplyP;
    private final double[] demandN;
    private final double[] demandP;

    public NutrientBalance(double[] pigEquivalents, double[] supplyN, double[] supplyP, double[] demandN, double[] demandP) {
        int n = pigEquivalents.length;
        if (supplyN.length != n || supplyP.length != n || demandN.length != n || demandP.length != n) {
            throw new IllegalArgumentException("all arrays need one entry per province");
        }
        this.pigEquivalents = pigEquivalents.clone();
        this.supplyN = supplyN.clone();
        this.supplyP = supplyP.clone();
        this.demandN = demandN.clone();
        this.demandP = demandP.clone();
    }

    /** Computes the balance of every province of {@code data}. */
    public static NutrientBalance of(ManureData data) {
        int n = data.size(), types = data.types().size();
        double[] re = new double[n], sN = new double[n], sP = new double[n], dN = new double[n], dP = new double[n];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < types; t++) {
                double h = data.heads(i, t);
                re[i] += pigEquivalents(h, data.headsPer100PigEquivalents(t));
                sN[i] += h * data.coefficientN(i, t) / 1000.0; // kg -> t
                sP[i] += h * data.coefficientP(i, t) / 1000.0;
            }
            ManureData.BalanceParameters p = data.parameters(i);
            dN[i] = demand(data.cropN(i), p.fpN(), p.mpN(), p.mrN());
            dP[i] = demand(data.cropP(i), p.fpP(), p.mpP(), p.mrP());
        }
        return new NutrientBalance(re, sN, sP, dN, dP);
    }

    /** Eq. 2: D = A · FP · MP / MR. */
    public static double demand(double cropDemand, double fp, double mp, double mr) {
        return cropDemand * fp * mp / mr;
    }

    /** Pig equivalents of {@code heads} animals of a type of which {@code headsPer100} make 100 pig equivalents. */
    public static double pigEquivalents(double heads, double headsPer100) {
        return heads * 100.0 / headsPer100;
    }

    public int size() {
        return pigEquivalents.length;
    }

    /** RE, pig equivalents. */
    public double pigEquivalents(int i) {
        return pigEquivalents[i];
    }

    /** S for N, t. */
    public double supplyN(int i) {
        return supplyN[i];
    }

    public double supplyP(int i) {
        return supplyP[i];
    }

    /** D for N, t (Eq. 2). */
    public double demandN(int i) {
        return demandN[i];
    }

    public double demandP(int i) {
        return demandP[i];
    }

    /** PD for N, t per pig equivalent (Eq. 3); 0 for a province without livestock. */
    public double perPigEquivalentN(int i) {
        return pigEquivalents[i] > 0 ? supplyN[i] / pigEquivalents[i] : 0;
    }

    public double perPigEquivalentP(int i) {
        return pigEquivalents[i] > 0 ? supplyP[i] / pigEquivalents[i] : 0;
    }

    /** CA for N, pig equivalents (Eq. 4); infinite for a province without livestock. */
    public double capacityN(int i) {
        double pd = perPigEquivalentN(i);
        return pd > 0 ? demandN[i] / pd : Double.POSITIVE_INFINITY;
    }

    public double capacityP(int i) {
        double pd = perPigEquivalentP(i);
        return pd > 0 ? demandP[i] / pd : Double.POSITIVE_INFINITY;
    }

    /** I for N (Eq. 5), = S / D; 0 without manure. */
    public double lccsrN(int i) {
        return ratio(supplyN[i], demandN[i]);
    }

    public double lccsrP(int i) {
        return ratio(supplyP[i], demandP[i]);
    }

    /** LCCSR of a province whose supply changed by {@code delta} t. */
    public static double ratio(double supply, double demand) {
        if (supply <= 0) return 0;
        return demand > 0 ? supply / demand : Double.POSITIVE_INFINITY;
    }

    /** S − D where positive, t N. */
    public double surplusN(int i) {
        return Math.max(0, supplyN[i] - demandN[i]);
    }

    public double surplusP(int i) {
        return Math.max(0, supplyP[i] - demandP[i]);
    }

    /** D − S where positive, t N. */
    public double deficitN(int i) {
        return Math.max(0, demandN[i] - supplyN[i]);
    }

    public double deficitP(int i) {
        return Math.max(0, demandP[i] - supplyP[i]);
    }

    /** True when the province is overloaded for N or P (a manure source). */
    public boolean isSource(int i) {
        return lccsrN(i) > 1 || lccsrP(i) > 1;
    }

    /**
     * Pig equivalents a source must send away so that both LCCSRs are ≤ 1: RE − min(CA_N, CA_P), i.e.
     * RE · (1 − 1 / max(I_N, I_P)); 0 for a province within capacity.
     */
    public double excessPigEquivalents(int i) {
        double worst = Math.max(lccsrN(i), lccsrP(i));
        return worst > 1 ? pigEquivalents[i] * (1 - 1 / worst) : 0;
    }

    /** Unweighted mean LCCSR over all provinces, as the paper's "national average LCCSR". */
    public double meanLccsrN() {
        double s = 0;
        for (int i = 0; i < size(); i++) s += lccsrN(i);
        return s / size();
    }

    public double meanLccsrP() {
        double s = 0;
        for (int i = 0; i < size(); i++) s += lccsrP(i);
        return s / size();
    }
}
