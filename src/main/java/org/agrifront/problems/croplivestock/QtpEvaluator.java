package org.agrifront.problems.croplivestock;

import java.util.Arrays;

/**
 * Evaluates an allocation {@code x[cell * 10 + activity]} (hectares and heads) of one instance under one set of
 * {@link Coefficients}: the six objectives and the {@link Bound} violations, in one pass over the cells.
 * <p>
 * How the paper's constraints become rows (Methods, eqs. 3–11):
 * <ul>
 * <li>Cell safe boundaries: the agricultural load of pressure k in cell i may use the room the non-agricultural
 * load leaves, {@code max(0, safe_ik − human_ik)}. Where industry or settlements alone exceed the boundary the room
 * is 0 and the transgression persists, as the paper notes for areas of industrial concentration.</li>
 * <li>Grazing: Σ biomass per head × heads of cattle, goats and sheep ≤ available biomass.</li>
 * <li>Just boundaries: a region's total (agricultural + non-agricultural) load ≤ its allowance.</li>
 * <li>Basin water: agricultural water of an exorheic basin ≤ today's.</li>
 * <li>Basin N and P: concentration = load / surface water, with surface water = natural runoff − water use
 * (agricultural + non-agricultural). With loads in kg and volumes in m³, 2 mg/L = 2 g/m³ = 0.002 kg/m³ (P: 0.0004).
 * The row {@code load ≤ limit × (runoff − water use)} is the concentration limit multiplied by the (positive)
 * surface water; it is linear, so the LP states exactly the same constraint.</li>
 * <li>Protected and high-conflict cells (eq. 9): for each pressure, the mean total load (agricultural +
 * non-agricultural) over the masked cells ≤ today's mean over the protected cells. We read the paper's "cannot
 * exceed the corresponding average in protected areas" as a constraint on the masked zone's average, which may be
 * met by moving activities between masked cells; a per-cell reading would force every protected cell above
 * today's protected average down to it.</li>
 * <li>Output ≥ today's; chickens and pigs ≤ today's × (1 + growth cap) per cell.</li>
 * </ul>
 * "Today's" values (output, basin water, protected average) are computed with the same coefficients as the
 * allocation, so a Monte Carlo draw moves both sides of those comparisons.
 * <p>
 * Excesses smaller than {@value #RELATIVE_TOLERANCE} of a row's scale (plus {@value #ABSOLUTE_TOLERANCE} units)
 * count as 0: they are the round-off of an LP solution, not a violation. Thread-safe: evaluation keeps its state in
 * local arrays.
 */
public final class QtpEvaluator {
    /** Surface-water standard for total N (China GB 3838-2002 class, paper Methods): 2 mg/L in kg/m³. */
    public static final double N_LIMIT = 2e-3;
    /** Surface-water standard for total P: 0.4 mg/L in kg/m³. */
    public static final double P_LIMIT = 0.4e-3;
    public static final double RELATIVE_TOLERANCE = 1e-7;
    public static final double ABSOLUTE_TOLERANCE = 1e-9;
    /** Objective order. */
    public static final int WATER = 0, GHG = 1, N = 2, P = 3, CONFLICT = 4, OUTPUT = 5, OBJECTIVES = 6;
    /** Boundaries counted per cell for hotspots: the four safe boundaries and grazing. */
    public static final int CELL_BOUNDARIES = 5;

    private static final int A = Activity.COUNT;
    private final QtpData data;
    private final Coefficients c;
    private final int n;
    private final double[][] room;          // [k][i] agricultural room under the safe boundary
    private final double[] protectedAverage; // [k], NaN when no protected cell
    private final double[] maskedHuman;      // [k] non-agricultural load of the masked cells
    private final int maskedCells;
    private final double[] basinCurrentWater;
    private final double[] basinHumanWater, basinHumanN, basinHumanP;
    private final double[][] regionHuman;   // [k][r]
    private final double[] cap;             // [i*10+a] growth caps of capped activities
    private final double currentOutput;
    private final double[] current;         // objective values today
    private final double[] norm = new double[Bound.COUNT];
    private final double[] protectedNorm = new double[Quantity.PRESSURES];

    public QtpEvaluator(QtpData data, Coefficients coefficients) {
        this.data = data;
        this.c = coefficients;
        this.n = data.cells();
        int basins = data.basins().size(), regions = data.regions().size();
        double[][] agriNow = new double[Quantity.COUNT][n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < A; a++) {
                double x = data.current()[i * A + a];
                for (int q = 0; q < Quantity.COUNT; q++) agriNow[q][i] += c.perUnit()[q][i * A + a] * x;
            }
        }
        room = new double[Quantity.PRESSURES][n];
        protectedAverage = new double[Quantity.PRESSURES];
        maskedHuman = new double[Quantity.PRESSURES];
        regionHuman = new double[Quantity.PRESSURES][regions];
        int protectedCells = 0, masked = 0;
        for (int i = 0; i < n; i++) {
            if (data.protectedArea()[i]) protectedCells++;
            if (data.masked(i)) masked++;
        }
        maskedCells = protectedCells == 0 ? 0 : masked;
        for (int k = 0; k < Quantity.PRESSURES; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) if (data.protectedArea()[i]) sum += agriNow[k][i] + c.human()[k][i];
            protectedAverage[k] = protectedCells == 0 ? Double.NaN : sum / protectedCells;
            for (int i = 0; i < n; i++) {
                double h = c.human()[k][i];
                room[k][i] = Math.max(0, data.safe()[k][i] - h);
                if (data.masked(i)) maskedHuman[k] += h;
                regionHuman[k][data.region()[i]] += h;
            }
        }
        basinCurrentWater = new double[basins];
        basinHumanWater = new double[basins];
        basinHumanN = new double[basins];
        basinHumanP = new double[basins];
        for (int i = 0; i < n; i++) {
            int b = data.basin()[i];
            basinCurrentWater[b] += agriNow[Quantity.WATER.ordinal()][i];
            basinHumanWater[b] += c.human()[Quantity.WATER.ordinal()][i];
            basinHumanN[b] += c.human()[Quantity.N.ordinal()][i];
            basinHumanP[b] += c.human()[Quantity.P.ordinal()][i];
        }
        cap = new double[n * A];
        Arrays.fill(cap, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (Activity a : Activity.all()) {
                if (a.kind == Activity.Kind.CAPPED) {
                    cap[i * A + a.ordinal()] = data.current()[i * A + a.ordinal()] * (1 + data.maxGrowth()[a.ordinal()]);
                }
            }
        }
        double out = 0;
        for (int i = 0; i < n; i++) out += agriNow[Quantity.OUTPUT.ordinal()][i];
        currentOutput = out;
        current = new double[OBJECTIVES];
        double[] ignored = new double[Bound.COUNT];
        computeNorms(agriNow);
        evaluate(data.current(), current, ignored);
    }

    private void computeNorms(double[][] agriNow) {
        for (int k = 0; k < Quantity.PRESSURES; k++) {
            norm[Bound.cell(k).ordinal()] = positive(sum(room[k]), sum(agriNow[k]));
            double just = 0;
            for (QtpData.Region r : data.regions()) just += r.just()[k];
            norm[Bound.just(k).ordinal()] = positive(just, sum(agriNow[k]));
            protectedNorm[k] = positive(maskedCells * protectedAverage[k], 1);
        }
        norm[Bound.GRAZING.ordinal()] = positive(sum(c.biomass()), 1);
        norm[Bound.CROPLAND.ordinal()] = positive(sum(data.cropland()), 1);
        double bw = 0, runoff = 0;
        for (int b = 0; b < basinCurrentWater.length; b++) {
            if (data.basins().get(b).exorheic()) bw += basinCurrentWater[b];
            runoff += c.runoff()[b];
        }
        norm[Bound.BASIN_WATER.ordinal()] = positive(bw, 1);
        norm[Bound.BASIN_N.ordinal()] = positive(N_LIMIT * runoff, 1);
        norm[Bound.BASIN_P.ordinal()] = positive(P_LIMIT * runoff, 1);
        norm[Bound.PROTECTED.ordinal()] = 1; // per pressure, see protectedNorm
        norm[Bound.OUTPUT.ordinal()] = positive(currentOutput, 1);
        norm[Bound.CHICKEN_CAP.ordinal()] = positive(capSum(Activity.CHICKENS), 1);
        norm[Bound.PIG_CAP.ordinal()] = positive(capSum(Activity.PIGS), 1);
    }

    private double capSum(Activity a) {
        double s = 0;
        for (int i = 0; i < n; i++) s += cap[i * A + a.ordinal()];
        return s;
    }

    private static double positive(double preferred, double fallback) {
        if (preferred > 0) return preferred;
        return fallback > 0 ? fallback : 1;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    /** The amount by which {@code lhs} exceeds {@code cap}, or 0 within the round-off tolerance. */
    static double excess(double lhs, double cap) {
        double e = lhs - cap;
        if (!(e > 0)) return 0;
        double scale = Math.max(Math.abs(lhs), Double.isInfinite(cap) ? 0 : Math.abs(cap));
        return e > RELATIVE_TOLERANCE * scale + ABSOLUTE_TOLERANCE ? e : 0;
    }

    /**
     * Objectives (water m³, GHG t CO2eq, N kg, P kg, conflict exposure, output yuan — agricultural totals) and
     * {@link Bound} violations of allocation {@code x}.
     */
    public void evaluate(double[] x, double[] objectives, double[] violations) {
        final double[][] pu = c.perUnit();
        final double[] pw = pu[0], pg = pu[1], pn = pu[2], pp = pu[3], po = pu[4];
        final double[] cpu = c.conflictPerUnit(), agb = c.biomassPerHead(), biomass = c.biomass();
        int regions = data.regions().size(), basins = data.basins().size();
        double[] regionAgri = new double[Quantity.PRESSURES * regions];
        double[] basinW = new double[basins], basinN = new double[basins], basinP = new double[basins];
        double[] v = new double[Bound.COUNT];
        double[] masked = new double[Quantity.PRESSURES];
        double tw = 0, tg = 0, tn = 0, tp = 0, tc = 0, to = 0;
        for (int i = 0; i < n; i++) {
            int base = i * A;
            double w = 0, g = 0, nn = 0, p = 0, conf = 0, out = 0, graze = 0, crops = 0;
            for (int a = 0; a < A; a++) {
                double xa = x[base + a];
                if (xa == 0) continue;
                int j = base + a;
                w += pw[j] * xa;
                g += pg[j] * xa;
                nn += pn[j] * xa;
                p += pp[j] * xa;
                out += po[j] * xa;
                conf += cpu[j] * xa;
                graze += agb[a] * xa;
                if (a < 5) crops += xa;
            }
            tw += w;
            tg += g;
            tn += nn;
            tp += p;
            tc += conf;
            to += out;
            v[Bound.CELL_WATER.ordinal()] += excess(w, room[0][i]);
            v[Bound.CELL_GHG.ordinal()] += excess(g, room[1][i]);
            v[Bound.CELL_N.ordinal()] += excess(nn, room[2][i]);
            v[Bound.CELL_P.ordinal()] += excess(p, room[3][i]);
            v[Bound.GRAZING.ordinal()] += excess(graze, biomass[i]);
            v[Bound.CROPLAND.ordinal()] += excess(crops, data.cropland()[i]);
            if (data.masked(i)) {
                masked[0] += w;
                masked[1] += g;
                masked[2] += nn;
                masked[3] += p;
            }
            int ch = base + Activity.CHICKENS.ordinal(), pg2 = base + Activity.PIGS.ordinal();
            v[Bound.CHICKEN_CAP.ordinal()] += excess(x[ch], cap[ch]);
            v[Bound.PIG_CAP.ordinal()] += excess(x[pg2], cap[pg2]);
            int r = data.region()[i] * Quantity.PRESSURES;
            regionAgri[r] += w;
            regionAgri[r + 1] += g;
            regionAgri[r + 2] += nn;
            regionAgri[r + 3] += p;
            int b = data.basin()[i];
            basinW[b] += w;
            basinN[b] += nn;
            basinP[b] += p;
        }
        for (int r = 0; r < regions; r++) {
            double[] just = data.regions().get(r).just();
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                v[Bound.just(k).ordinal()] += excess(regionAgri[r * Quantity.PRESSURES + k] + regionHuman[k][r], just[k]);
            }
        }
        for (int b = 0; b < basins; b++) {
            if (data.basins().get(b).exorheic()) v[Bound.BASIN_WATER.ordinal()] += excess(basinW[b], basinCurrentWater[b]);
            double water = basinW[b] + basinHumanWater[b];
            double runoff = c.runoff()[b];
            v[Bound.BASIN_N.ordinal()] += excess(basinN[b] + basinHumanN[b] + N_LIMIT * water, N_LIMIT * runoff);
            v[Bound.BASIN_P.ordinal()] += excess(basinP[b] + basinHumanP[b] + P_LIMIT * water, P_LIMIT * runoff);
        }
        v[Bound.OUTPUT.ordinal()] = excess(currentOutput, to);
        double protectedViolation = 0;
        if (maskedCells > 0) {
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                protectedViolation += excess(masked[k] + maskedHuman[k], maskedCells * protectedAverage[k]) / protectedNorm[k];
            }
        }
        v[Bound.PROTECTED.ordinal()] = protectedViolation;
        for (int g = 0; g < Bound.COUNT; g++) violations[g] = g == Bound.PROTECTED.ordinal() ? v[g] : v[g] / norm[g];
        objectives[WATER] = tw;
        objectives[GHG] = tg;
        objectives[N] = tn;
        objectives[P] = tp;
        objectives[CONFLICT] = tc;
        objectives[OUTPUT] = to;
    }

    /**
     * How many of the five cell boundaries (water, GHG, N, P safe boundaries on the total load including
     * non-agricultural use; grazing within biomass) each cell transgresses under allocation {@code x} — the count
     * behind the paper's Fig. 1a hotspots ("three or more safe boundaries transgressed").
     */
    public int[] exceedances(double[] x) {
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            double[] load = new double[Quantity.PRESSURES];
            double graze = 0;
            for (int a = 0; a < A; a++) {
                double xa = x[i * A + a];
                if (xa == 0) continue;
                for (int k = 0; k < Quantity.PRESSURES; k++) load[k] += c.perUnit()[k][i * A + a] * xa;
                graze += c.biomassPerHead()[a] * xa;
            }
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                if (excess(load[k] + c.human()[k][i], data.safe()[k][i]) > 0) count[i]++;
            }
            if (excess(graze, c.biomass()[i]) > 0) count[i]++;
        }
        return count;
    }

    /** Objective values of today's allocation under these coefficients. */
    public double[] currentObjectives() {
        return current.clone();
    }

    public double currentOutput() {
        return currentOutput;
    }

    /** Today's agricultural water use of basin {@code b} (the right-hand side of its water row). */
    public double basinCurrentWater(int b) {
        return basinCurrentWater[b];
    }

    public double basinHumanWater(int b) {
        return basinHumanWater[b];
    }

    /** Non-agricultural N (k = 2) or P (k = 3) load of basin {@code b}. */
    public double basinHumanNutrient(int b, int k) {
        return k == 2 ? basinHumanN[b] : basinHumanP[b];
    }

    public double regionHuman(int k, int r) {
        return regionHuman[k][r];
    }

    /** Room for agriculture under the safe boundary of pressure k in cell i. */
    public double room(int k, int i) {
        return room[k][i];
    }

    /**
     * Right-hand side of the masked-zone row of pressure k for the agricultural load: (masked cells) × today's
     * protected average − the masked cells' non-agricultural load; infinite when there is no protected cell.
     */
    public double maskedRoom(int k) {
        return maskedCells == 0 ? Double.POSITIVE_INFINITY : maskedCells * protectedAverage[k] - maskedHuman[k];
    }

    /** Today's protected-area average of pressure k (NaN when there is no protected cell). */
    public double protectedAverage(int k) {
        return protectedAverage[k];
    }

    /** Growth cap of entry {@code i * 10 + a} (infinite for activities without one). */
    public double cap(int entry) {
        return cap[entry];
    }

    public Coefficients coefficients() {
        return c;
    }

    public QtpData data() {
        return data;
    }
}
