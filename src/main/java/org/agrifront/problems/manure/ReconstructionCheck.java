package org.agrifront.problems.manure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Compares a manure dataset with the paper's published figures (Xu et al. 2026): national totals by livestock type,
 * pig-equivalent shares, named provincial shares, the sources' LCCSRs and surpluses, Heilongjiang's deficit and the
 * mean LCCSRs. Printed by {@code agrifront generate manure} and {@code agrifront validate}; the numbers on the right
 * are the paper's.
 */
public final class ReconstructionCheck {
    private ReconstructionCheck() {
    }

    public static List<String> lines(ManureData d) {
        NutrientBalance b = NutrientBalance.of(d);
        int n = d.size(), types = d.types().size();
        List<String> out = new ArrayList<>();
        double[] typeN = new double[types], typeP = new double[types], typePe = new double[types];
        double totalPe = 0;
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < types; t++) {
                double h = d.heads(i, t);
                typeN[t] += h * d.coefficientN(i, t) / 1e9;
                typeP[t] += h * d.coefficientP(i, t) / 1e9;
                double pe = NutrientBalance.pigEquivalents(h, d.headsPer100PigEquivalents(t));
                typePe[t] += pe;
                totalPe += pe;
            }
        }
        double sN = sum(n, b::supplyN) / 1e6, sP = sum(n, b::supplyP) / 1e6;
        out.add(f("manure N %.3f Mt (paper 6.94), P %.3f Mt (paper 1.17-1.18)", sN, sP));
        for (int t = 0; t < types; t++) {
            out.add(f("  %-13s N %.3f, P %.3f Mt; %.1f %% of pig equivalents", d.types().get(t), typeN[t], typeP[t],
                    100 * typePe[t] / totalPe));
        }
        out.add("  (paper: pig 2.04/0.348, beef 1.97/0.300, dairy 0.468/0.089, poultry 2.46/0.437; pig eq. 34.7/23.4/4.8/37.0 %)");
        out.add(f("crop demand N %.3f Mt (paper 24.3), P %.3f Mt (paper 6.46)", sum(n, d::cropN) / 1e6, sum(n, d::cropP) / 1e6));
        int topN = IntStream.range(0, n).boxed().max(Comparator.comparingDouble(d::cropN)).orElseThrow();
        int topP = IntStream.range(0, n).boxed().max(Comparator.comparingDouble(d::cropP)).orElseThrow();
        out.add(f("largest crop demand: N %s %.3f Mt, P %s %.3f Mt (paper HL 1.55 and 0.331)", d.code(topN),
                d.cropN(topN) / 1e6, d.code(topP), d.cropP(topP) / 1e6));
        int fj = d.indexOf("FJ");
        if (fj >= 0) {
            double[] heads = new double[n];
            for (int i = 0; i < n; i++) for (int t = 0; t < types; t++) heads[i] += d.heads(i, t);
            out.add(f("FJ: %.3g heads, rank %d (paper 1.04e9, 6th); crop N demand %.3f Mt, rank %d (paper 0.234, 23rd)",
                    heads[fj], rank(heads, fj), d.cropN(fj) / 1e6, rank(IntStream.range(0, n).mapToDouble(d::cropN).toArray(), fj)));
        }
        out.add(f("SD+SC+HA: %.1f %% of N (paper 22.2), %.1f %% of P (paper 22.4)", share(d, b, true, "SD", "SC", "HA"),
                share(d, b, false, "SD", "SC", "HA")));
        out.add(f("BJ+SH+TJ: %.3f %% of N (paper 0.583), %.3f %% of P (paper 0.599)", share(d, b, true, "BJ", "SH", "TJ"),
                share(d, b, false, "BJ", "SH", "TJ")));
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) if (b.isSource(i)) sources.add(d.code(i));
        out.add("sources (LCCSR > 1): " + String.join(", ", sources) + " (paper: XZ, QH, FJ)");
        String[][] paper = {{"XZ", "7.58", "1.91", "0.146", "0.013"}, {"QH", "6.03", "2.58", "0.144", "0.016"},
            {"FJ", "1.04", "-", "0.010", "-"}};
        for (String[] p : paper) {
            int i = d.indexOf(p[0]);
            if (i < 0) continue;
            out.add(f("  %s LCCSR N %.3f (paper %s), P %.3f (paper %s); surplus N %.4f Mt (paper %s), P %.4f Mt (paper %s)",
                    p[0], b.lccsrN(i), p[1], b.lccsrP(i), p[2], b.surplusN(i) / 1e6, p[3], b.surplusP(i) / 1e6, p[4]));
        }
        double nlpe = 0;
        for (int i = 0; i < n; i++) nlpe += b.excessPigEquivalents(i);
        out.add(f("excess pig equivalents of the sources (NLPE moved): %.0f (paper Fig. 6 paths: 39993564)", nlpe));
        int worstN = IntStream.range(0, n).boxed().max(Comparator.comparingDouble(b::deficitN)).orElseThrow();
        int worstP = IntStream.range(0, n).boxed().max(Comparator.comparingDouble(b::deficitP)).orElseThrow();
        out.add(f("largest N deficit: %s %.3f Mt (paper HL 1.28); largest P deficit: %s %.3f Mt (paper HL 0.286)",
                d.code(worstN), b.deficitN(worstN) / 1e6, d.code(worstP), b.deficitP(worstP) / 1e6));
        out.add(f("national deficits N %.2f Mt (paper 8.69), P %.2f Mt (paper 2.66)", sum(n, b::deficitN) / 1e6,
                sum(n, b::deficitP) / 1e6));
        out.add(f("mean LCCSR N %.3f (paper 0.932), P %.3f (paper 0.486)", b.meanLccsrN(), b.meanLccsrP()));
        return out;
    }

    /** 1-based rank of entry i in descending order. */
    private static int rank(double[] v, int i) {
        int r = 1;
        for (double x : v) if (x > v[i]) r++;
        return r;
    }

    private static double share(ManureData d, NutrientBalance b, boolean nitrogen, String... codes) {
        double part = 0, total = 0;
        for (int i = 0; i < d.size(); i++) total += nitrogen ? b.supplyN(i) : b.supplyP(i);
        for (String c : codes) {
            int i = d.indexOf(c);
            if (i >= 0) part += nitrogen ? b.supplyN(i) : b.supplyP(i);
        }
        return 100 * part / total;
    }

    private static double sum(int n, java.util.function.IntToDoubleFunction f) {
        double s = 0;
        for (int i = 0; i < n; i++) s += f.applyAsDouble(i);
        return s;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
