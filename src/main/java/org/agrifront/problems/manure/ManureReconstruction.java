package org.agrifront.problems.manure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.InputException;
import org.agrifront.io.TextTable;

/**
 * Derives the provincial tables of the manure dataset from the paper's published figures (Xu et al. 2026) plus
 * rough provincial proxies, because the provincial 2020 statistics the paper used are not available here. The
 * result is a <em>reconstruction</em>: it reproduces every published number it is anchored to (listed in
 * {@code calibration/targets.csv}) and is otherwise only as good as the proxies ({@code calibration/proxies.csv},
 * approximate relative magnitudes, not statistics). A user with the yearbooks replaces the written CSV files and
 * never runs this.
 * <p>
 * Steps (all quantities per year):
 * <ol>
 * <li>National heads per type from the pig-equivalent shares (34.7 / 23.4 / 4.8 / 37.0 %) and the Guidelines'
 * ratios, scaled by one external anchor, the national pig count; provincial heads = proxies scaled per type.</li>
 * <li>Fujian's poultry makes its total 1.04 × 10^9 heads; Tibet's and Qinghai's herds are scaled together so that
 * the three sources' excess pig equivalents (NLPE) add up to the paper's Fig. 6 paths (39,993,564).</li>
 * <li>Manure coefficients: the national kg per head of each type (Table 1 / heads); a province with a published
 * supply (XZ, QH, FJ, SC, YN) or share (SD + HA with SC at 22.2 / 22.4 %; BJ + SH + TJ at 0.583 / 0.599 %) gets one
 * multiplier per nutrient that hits it; all other provinces share one multiplier per type and nutrient that restores
 * Table 1's national totals.</li>
 * <li>Crop demand A: published values (HL, FJ N, BJ, SH) kept, the rest proxies scaled to 24.3 / 6.46 Mt.</li>
 * <li>Demand from manure D: from the published LCCSR and surplus (XZ, QH, FJ N), LCCSR (SC, YN, GS) or deficit (HL,
 * JS); all other provinces share one ratio D/A per nutrient, solved so that the unweighted mean LCCSR over the 31
 * provinces equals the paper's 0.932 (N) and 0.486 (P); Fujian's P ratio keeps its N ratio's proportion to the
 * shared ones. Written as FP and MR (Guidelines' values) and MP = (D/A)·MR/FP, the calibrated parameter.</li>
 * <li>GHG: the extra CH4 per kg manure N on paddy is what the paper's Sichuan and Yunnan increments (3.72 and 2.198
 * Mt CO2e for 0.081 and 0.047 Mt N) leave after N2O; other paddy provinces get the mean of the two, upland 0.
 * Baseline agricultural GHG: Sichuan 44.1 and Yunnan 33.1 Mt CO2e (paper); others in proportion to crop N demand
 * plus manure N at the two provinces' combined intensity.</li>
 * </ol>
 */
public final class ManureReconstruction {
    /** The four livestock types of the paper and the Guidelines' heads per 100 pig equivalents. */
    public static final List<String> TYPES = List.of("pig", "beef_cattle", "dairy_cattle", "poultry");
    public static final double[] HEADS_PER_100_PIG_EQ = {100, 30, 15, 2500};
    private static final List<String> SOURCES = List.of("XZ", "QH", "FJ");
    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

    private final List<ManureData.Province> provinces;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, Double> targets;
    private final TextTable proxies;
    private final int[] proxyRow;
    private final Path targetsFile;

    // results
    final double[][] heads;
    final double[][] coefN;
    final double[][] coefP;
    final double[] cropN;
    final double[] cropP;
    final double[] mpN;
    final double[] mpP;
    final String[] applicationCrop;
    final double[] ch4;
    final double[] baseline;
    private double fp;
    private double mrN;
    private double mrP;
    private final List<String> report = new ArrayList<>();

    private ManureReconstruction(Path dataDir) {
        this.provinces = ManureReader.readProvinces(dataDir.resolve(ManureReader.PROVINCES));
        for (int i = 0; i < provinces.size(); i++) index.put(provinces.get(i).code(), i);
        for (String c : List.of("XZ", "QH", "FJ", "SC", "YN", "GS", "HL", "JS", "SD", "HA", "BJ", "SH", "TJ")) {
            if (!index.containsKey(c)) throw InputException.file(dataDir.resolve(ManureReader.PROVINCES), "province " + c + " missing: the reconstruction is anchored to it");
        }
        Path cal = dataDir.resolve("calibration");
        this.targetsFile = cal.resolve("targets.csv");
        this.targets = readTargets(targetsFile);
        this.proxies = TextTable.read(cal.resolve("proxies.csv"), TextTable.Delimiter.COMMA);
        proxies.requireColumns("pig", "beef_cattle", "dairy_cattle", "poultry", "crop_n", "crop_p", "application_crop");
        this.proxyRow = ManureReader.rowsByProvince(proxies, provinces);
        int n = provinces.size();
        heads = new double[n][TYPES.size()];
        coefN = new double[n][TYPES.size()];
        coefP = new double[n][TYPES.size()];
        cropN = new double[n];
        cropP = new double[n];
        mpN = new double[n];
        mpP = new double[n];
        applicationCrop = new String[n];
        ch4 = new double[n];
        baseline = new double[n];
    }

    /** Reconstructs the tables from {@code dataDir}'s provinces and calibration folder. */
    public static ManureReconstruction compute(Path dataDir) {
        ManureReconstruction r = new ManureReconstruction(dataDir);
        r.run();
        return r;
    }

    /** Lines describing what was fitted and how close the checks came. */
    public List<String> report() {
        return report;
    }

    private int at(String code) {
        return index.get(code);
    }

    private double t(String key) {
        Double v = targets.get(key);
        if (v == null) throw new InputException(targetsFile, 0, "key", "missing target '" + key + "'");
        return v;
    }

    private void run() {
        int n = provinces.size(), types = TYPES.size();
        // 1. national heads from pig-equivalent shares, scaled by the national pig count
        double[] share = new double[types];
        double shareSum = 0;
        for (int k = 0; k < types; k++) shareSum += share[k] = t("pig_eq_share_" + TYPES.get(k));
        double pigEqTotal = t("pig_heads") / (share[0] / shareSum);
        double[] national = new double[types];
        for (int k = 0; k < types; k++) national[k] = pigEqTotal * share[k] / shareSum * HEADS_PER_100_PIG_EQ[k] / 100.0;
        for (int k = 0; k < types; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += heads[i][k] = 1e4 * proxies.nonNegative(proxyRow[i], TYPES.get(k));
            for (int i = 0; i < n; i++) heads[i][k] *= national[k] / sum;
        }
        // 2. sources' herds: Fujian's head total, Tibet's and Qinghai's NLPE
        double[] supplyAnchorN = new double[n], supplyAnchorP = new double[n];
        java.util.Arrays.fill(supplyAnchorN, Double.NaN);
        java.util.Arrays.fill(supplyAnchorP, Double.NaN);
        for (String s : List.of("XZ", "QH")) {
            supplyAnchorN[at(s)] = fromSurplus(t("surplus_n_" + s), t("lccsr_n_" + s));
            supplyAnchorP[at(s)] = fromSurplus(t("surplus_p_" + s), t("lccsr_p_" + s));
        }
        int fj = at("FJ");
        supplyAnchorN[fj] = fromSurplus(t("surplus_n_FJ"), t("lccsr_n_FJ"));
        double movedP = 0;
        for (String s : List.of("XZ", "QH")) movedP += supplyAnchorP[at(s)] * (1 - 1 / t("lccsr_n_" + s));
        supplyAnchorP[fj] = (t("moved_p") * 1e6 - movedP) / (1 - 1 / t("lccsr_n_FJ"));
        double other = heads[fj][0] + heads[fj][1] + heads[fj][2];
        heads[fj][3] = t("heads_FJ") - other;
        if (heads[fj][3] <= 0) throw new IllegalStateException("Fujian's pigs and cattle already exceed its head total");
        double nlpeFj = t("surplus_n_FJ") * 1e6 * pigEq(fj) / supplyAnchorN[fj];
        double nlpeRest = 0;
        for (String s : List.of("XZ", "QH")) nlpeRest += t("surplus_n_" + s) * 1e6 * pigEq(at(s)) / supplyAnchorN[at(s)];
        double herd = (t("nlpe_moved") - nlpeFj) / nlpeRest;
        for (String s : List.of("XZ", "QH")) for (int k = 0; k < types; k++) heads[at(s)][k] *= herd;
        for (int k = 0; k < types; k++) {
            double fixed = 0, free = 0;
            for (int i = 0; i < n; i++) {
                if (SOURCES.contains(provinces.get(i).code())) fixed += heads[i][k];
                else free += heads[i][k];
            }
            for (int i = 0; i < n; i++) if (!SOURCES.contains(provinces.get(i).code())) heads[i][k] *= (national[k] - fixed) / free;
        }
        for (double[] h : heads) for (int k = 0; k < types; k++) h[k] = Math.rint(h[k]);
        report.add(String.format(Locale.ROOT, "herds of XZ and QH scaled by %.4f so that the sources' NLPE is %.0f", herd, t("nlpe_moved")));

        // 3. manure coefficients
        double[] typeN = new double[types], typeP = new double[types];
        double totalN = 0, totalP = 0;
        for (int k = 0; k < types; k++) {
            totalN += typeN[k] = t("manure_n_" + TYPES.get(k)) * 1e6;
            totalP += typeP[k] = t("manure_p_" + TYPES.get(k)) * 1e6;
        }
        int sc = at("SC"), yn = at("YN");
        supplyAnchorN[sc] = t("received_n_SC") * 1e6 / (t("received_share_SC") / 100);
        supplyAnchorP[sc] = t("received_p_SC") * 1e6 / (t("received_share_SC") / 100);
        supplyAnchorN[yn] = t("supply_n_YN") * 1e6;
        supplyAnchorP[yn] = t("supply_p_YN") * 1e6;
        double[] multN = new double[n], multP = new double[n];
        java.util.Arrays.fill(multN, Double.NaN);
        java.util.Arrays.fill(multP, Double.NaN);
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(supplyAnchorN[i])) multN[i] = supplyAnchorN[i] / baseSupply(i, typeN, national);
            if (!Double.isNaN(supplyAnchorP[i])) multP[i] = supplyAnchorP[i] / baseSupply(i, typeP, national);
        }
        group(List.of("SD", "HA"), t("share_n_SD_SC_HA") / 100 * totalN - supplyAnchorN[sc], typeN, national, multN);
        group(List.of("SD", "HA"), t("share_p_SD_SC_HA") / 100 * totalP - supplyAnchorP[sc], typeP, national, multP);
        group(List.of("BJ", "SH", "TJ"), t("share_n_BJ_SH_TJ") / 100 * totalN, typeN, national, multN);
        group(List.of("BJ", "SH", "TJ"), t("share_p_BJ_SH_TJ") / 100 * totalP, typeP, national, multP);
        coefficients(typeN, national, multN, coefN, "N");
        coefficients(typeP, national, multP, coefP, "P");
        double[] sN = new double[n], sP = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < types; k++) {
                sN[i] += heads[i][k] * coefN[i][k] / 1000;
                sP[i] += heads[i][k] * coefP[i][k] / 1000;
            }
        }

        // 4. crop demand
        crop(cropN, "crop_n", t("crop_demand_n") * 1e6, Map.of("HL", t("crop_demand_n_HL"), "FJ", t("crop_demand_n_FJ"),
                "BJ", t("crop_demand_n_BJ"), "SH", t("crop_demand_n_SH")));
        crop(cropP, "crop_p", t("crop_demand_p") * 1e6, Map.of("HL", t("crop_demand_p_HL"), "BJ", t("crop_demand_p_BJ"),
                "SH", t("crop_demand_p_SH")));

        // 5. demand from manure
        double[] dN = new double[n], dP = new double[n];
        java.util.Arrays.fill(dN, Double.NaN);
        java.util.Arrays.fill(dP, Double.NaN);
        for (String s : List.of("XZ", "QH")) {
            dN[at(s)] = t("surplus_n_" + s) * 1e6 / (t("lccsr_n_" + s) - 1);
            dP[at(s)] = t("surplus_p_" + s) * 1e6 / (t("lccsr_p_" + s) - 1);
        }
        dN[fj] = t("surplus_n_FJ") * 1e6 / (t("lccsr_n_FJ") - 1);
        for (String s : List.of("SC", "YN", "GS")) {
            dN[at(s)] = sN[at(s)] / t("lccsr_n_" + s);
            dP[at(s)] = sP[at(s)] / t("lccsr_p_" + s);
        }
        for (String s : List.of("HL", "JS")) {
            dN[at(s)] = t("deficit_n_" + s) * 1e6 + sN[at(s)];
            dP[at(s)] = t("deficit_p_" + s) * 1e6 + sP[at(s)];
        }
        double fixedSumN = 0, freeRatioN = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(dN[i])) fixedSumN += sN[i] / dN[i];
            else freeRatioN += sN[i] / cropN[i];
        }
        double kN = freeRatioN / (t("mean_lccsr_n") * n - fixedSumN);
        for (int i = 0; i < n; i++) if (Double.isNaN(dN[i])) dN[i] = kN * cropN[i];
        double kNfj = dN[fj] / cropN[fj];
        double fixedSumP = 0, freeRatioP = 0;
        for (int i = 0; i < n; i++) {
            if (i == fj) freeRatioP += sP[i] / cropP[i] * kN / kNfj;
            else if (!Double.isNaN(dP[i])) fixedSumP += sP[i] / dP[i];
            else freeRatioP += sP[i] / cropP[i];
        }
        double kP = freeRatioP / (t("mean_lccsr_p") * n - fixedSumP);
        for (int i = 0; i < n; i++) if (Double.isNaN(dP[i])) dP[i] = (i == fj ? kNfj / kN * kP : kP) * cropP[i];
        fp = t("fp");
        mrN = t("mr_n");
        mrP = t("mr_p");
        for (int i = 0; i < n; i++) {
            mpN[i] = round6(dN[i] / cropN[i] * mrN / fp);
            mpP[i] = round6(dP[i] / cropP[i] * mrP / fp);
            if (!(mpN[i] > 0 && mpN[i] <= 1) || !(mpP[i] > 0 && mpP[i] <= 1)) {
                throw new IllegalStateException("calibrated MP of " + provinces.get(i).code() + " is outside (0, 1]: N "
                        + mpN[i] + ", P " + mpP[i] + "; revise the proxies");
            }
        }
        report.add(String.format(Locale.ROOT, "D/A shared by the unanchored provinces: N %.4f (MP %.4f), P %.4f (MP %.4f)",
                kN, kN * mrN / fp, kP, kP * mrP / fp));

        // 6. greenhouse gases
        GhgFactors g = GhgFactors.DEFAULTS;
        double ch4Sc = ch4From(t("ghg_increase_SC"), t("received_n_SC"), provinces.get(sc).n2oEfDirect(), g);
        double ch4Yn = ch4From(t("ghg_increase_YN"), t("received_n_YN"), provinces.get(yn).n2oEfDirect(), g);
        double intensity = (t("ghg_baseline_SC") + t("ghg_baseline_YN"))
                / ((cropN[sc] + sN[sc] + cropN[yn] + sN[yn]) / 1e6);
        for (int i = 0; i < n; i++) {
            String crop = proxies.text(proxyRow[i], "application_crop");
            if (!crop.equals("paddy") && !crop.equals("upland")) {
                throw proxies.error(proxyRow[i], "application_crop", "expected paddy or upland, found '" + crop + "'");
            }
            applicationCrop[i] = crop;
            ch4[i] = i == sc ? ch4Sc : i == yn ? ch4Yn : crop.equals("paddy") ? (ch4Sc + ch4Yn) / 2 : 0;
            ch4[i] = round6(ch4[i]);
            baseline[i] = i == sc ? t("ghg_baseline_SC") : i == yn ? t("ghg_baseline_YN")
                    : round6(intensity * (cropN[i] + sN[i]) / 1e6);
        }
        report.add(String.format(Locale.ROOT, "paddy CH4: SC %.4f, YN %.4f kg CH4 per kg manure N; GHG intensity %.3f Mt CO2e per Mt N (crop + manure)",
                ch4Sc, ch4Yn, intensity));
    }

    /** Supply from a surplus S − D and a ratio S / D. */
    private static double fromSurplus(double surplusMt, double lccsr) {
        return surplusMt * 1e6 * lccsr / (lccsr - 1);
    }

    private double pigEq(int i) {
        double re = 0;
        for (int k = 0; k < TYPES.size(); k++) re += NutrientBalance.pigEquivalents(heads[i][k], HEADS_PER_100_PIG_EQ[k]);
        return re;
    }

    /** Supply of province i at the national per-head coefficients, t. */
    private double baseSupply(int i, double[] typeTotal, double[] national) {
        double s = 0;
        for (int k = 0; k < TYPES.size(); k++) s += heads[i][k] * typeTotal[k] / national[k];
        return s;
    }

    private void group(List<String> codes, double target, double[] typeTotal, double[] national, double[] mult) {
        double base = 0;
        for (String c : codes) base += baseSupply(at(c), typeTotal, national);
        for (String c : codes) mult[at(c)] = target / base;
    }

    /** Per-head coefficients (kg): anchored provinces by their multiplier, the rest by one factor per type. */
    private void coefficients(double[] typeTotal, double[] national, double[] mult, double[][] out, String nutrient) {
        int n = provinces.size();
        StringBuilder sb = new StringBuilder("free-province multipliers (" + nutrient + "):");
        for (int k = 0; k < TYPES.size(); k++) {
            double c = typeTotal[k] / national[k]; // t per head
            double anchored = 0, free = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(mult[i])) free += heads[i][k] * c;
                else anchored += heads[i][k] * c * mult[i];
            }
            double g = (typeTotal[k] - anchored) / free;
            sb.append(String.format(Locale.ROOT, " %s %.4f", TYPES.get(k), g));
            for (int i = 0; i < n; i++) out[i][k] = round6(1000 * c * (Double.isNaN(mult[i]) ? g : mult[i]));
        }
        report.add(sb.toString());
    }

    private void crop(double[] out, String column, double total, Map<String, Double> anchorsMt) {
        int n = provinces.size();
        double anchored = 0, free = 0;
        for (int i = 0; i < n; i++) {
            Double a = anchorsMt.get(provinces.get(i).code());
            if (a != null) anchored += out[i] = a * 1e6;
            else free += out[i] = proxies.nonNegative(proxyRow[i], column) * 1e6;
        }
        double scale = (total - anchored) / free;
        for (int i = 0; i < n; i++) {
            if (!anchorsMt.containsKey(provinces.get(i).code())) out[i] *= scale;
            out[i] = Math.rint(out[i]);
        }
        report.add(String.format(Locale.ROOT, "crop demand %s: unanchored proxies scaled by %.4f", column, scale));
    }

    /** CH4 per kg N that makes a published increment after the N2O of the same N. */
    private static double ch4From(double increaseMt, double receivedMt, double efDirect, GhgFactors g) {
        double n2o = receivedMt * g.n2oCo2ePerN(efDirect);
        return (increaseMt - n2o) / (g.gwpCh4() * receivedMt);
    }

    static double round6(double v) {
        return new BigDecimal(v).round(SIX).doubleValue();
    }

    private static Map<String, Double> readTargets(Path file) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        t.requireColumns("key", "value");
        Map<String, Double> m = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            if (m.put(t.text(r, "key"), t.number(r, "value")) != null) throw t.error(r, "key", "target listed twice");
        }
        return m;
    }

    /** Writes the dataset tables (not {@code provinces.csv}) into {@code out}, atomically each. */
    public void write(Path out) {
        int n = provinces.size();
        StringBuilder types = new StringBuilder("type,heads_per_100_pig_equivalents\n");
        for (int k = 0; k < TYPES.size(); k++) types.append(TYPES.get(k)).append(',').append(num(HEADS_PER_100_PIG_EQ[k])).append('\n');
        StringBuilder livestock = new StringBuilder("code," + String.join(",", TYPES) + "\n");
        StringBuilder coef = new StringBuilder("code");
        for (String ty : TYPES) coef.append(',').append(ty).append("_n,").append(ty).append("_p");
        coef.append('\n');
        StringBuilder crop = new StringBuilder("code,n_t,p_t\n");
        StringBuilder par = new StringBuilder("code,fp_n,fp_p,mp_n,mp_p,mr_n,mr_p\n");
        StringBuilder ghg = new StringBuilder("code,application_crop,ch4_kg_per_kg_n,baseline_mt_co2e\n");
        for (int i = 0; i < n; i++) {
            String c = provinces.get(i).code();
            livestock.append(c);
            coef.append(c);
            for (int k = 0; k < TYPES.size(); k++) {
                livestock.append(',').append(num(heads[i][k]));
                coef.append(',').append(num(coefN[i][k])).append(',').append(num(coefP[i][k]));
            }
            livestock.append('\n');
            coef.append('\n');
            crop.append(c).append(',').append(num(cropN[i])).append(',').append(num(cropP[i])).append('\n');
            par.append(c).append(',').append(num(fp)).append(',').append(num(fp)).append(',').append(num(mpN[i]))
                    .append(',').append(num(mpP[i])).append(',').append(num(mrN)).append(',').append(num(mrP)).append('\n');
            ghg.append(c).append(',').append(applicationCrop[i]).append(',').append(num(ch4[i])).append(',')
                    .append(num(baseline[i])).append('\n');
        }
        AtomicFiles.writeString(out.resolve(ManureReader.TYPES), types.toString());
        AtomicFiles.writeString(out.resolve(ManureReader.LIVESTOCK), livestock.toString());
        AtomicFiles.writeString(out.resolve(ManureReader.COEFFICIENTS), coef.toString());
        AtomicFiles.writeString(out.resolve(ManureReader.CROP_DEMAND), crop.toString());
        AtomicFiles.writeString(out.resolve(ManureReader.PARAMETERS), par.toString());
        AtomicFiles.writeString(out.resolve(ManureReader.GHG), ghg.toString());
    }

    private static String num(double v) {
        return org.agrifront.io.Numbers.format(v);
    }

    /** The tables this writes. */
    public static Set<String> writtenFiles() {
        return Set.of(ManureReader.TYPES, ManureReader.LIVESTOCK, ManureReader.COEFFICIENTS, ManureReader.CROP_DEMAND,
                ManureReader.PARAMETERS, ManureReader.GHG);
    }
}
