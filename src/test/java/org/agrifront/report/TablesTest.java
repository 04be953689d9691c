package org.agrifront.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.analysis.Descriptive;
import org.agrifront.analysis.Indicator;
import org.agrifront.analysis.KruskalWallis;
import org.agrifront.experiment.StudyStore;
import org.agrifront.report.StudyAnalysis.Pairwise;
import org.agrifront.report.StudyAnalysis.ProblemAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The summary tables' marks: bold for the best median of a row (by the indicator's direction, NaN never best, the
 * first of equal medians), a dagger for an algorithm whose Holm-adjusted Mann–Whitney p against the row's best is
 * below 0.05 (never on the best itself, never from the unadjusted p).
 */
class TablesTest {
    static final List<String> IDS = List.of("moea-nsga2", "jmetal-nsga2", "moea-nsga3");

    /** A summary whose medians per indicator are {@code medians[indicator][algorithm]} (three runs each). */
    static ProblemAnalysis analysis(double[][] medians, Map<Indicator, List<Pairwise>> pairwise) {
        Map<String, Map<Indicator, Descriptive>> summary = new LinkedHashMap<>();
        for (int a = 0; a < IDS.size(); a++) {
            Map<Indicator, Descriptive> byIndicator = new EnumMap<>(Indicator.class);
            for (Indicator ind : Indicator.values()) {
                double m = medians[ind.ordinal()][a];
                byIndicator.put(ind, Descriptive.of(new double[] {m - 0.01, m, m + 0.01}, 100, 1));
            }
            summary.put(IDS.get(a), byIndicator);
        }
        Map<Indicator, KruskalWallis.Result> kruskal = new EnumMap<>(Indicator.class);
        Map<Indicator, List<Pairwise>> pw = new EnumMap<>(Indicator.class);
        for (Indicator ind : Indicator.values()) {
            kruskal.put(ind, new KruskalWallis.Result(1, 2, 0.5));
            pw.put(ind, pairwise.getOrDefault(ind, List.of()));
        }
        StudyResults.ProblemResults problem = new StudyResults.ProblemResults("p", null, null, List.of(), Map.of(), Map.of());
        return new ProblemAnalysis(problem, null, null, Map.of(), summary, kruskal, pw, Map.of(), Map.of(), Map.of(), Map.of(), null);
    }

    static Map<String, StudyStore.ManifestAlgorithm> algorithms() {
        Map<String, StudyStore.ManifestAlgorithm> m = new LinkedHashMap<>();
        for (String id : IDS) m.put(id, new StudyStore.ManifestAlgorithm(id, id.split("-")[0], id.split("-")[1], Map.of(), 10, 100, null));
        return m;
    }

    static double[][] medians(double... rowForAll) {
        double[][] m = new double[Indicator.values().length][];
        for (int i = 0; i < m.length; i++) m[i] = rowForAll.clone();
        return m;
    }

    static List<Tables.Cell> row(Tables.Table t, Indicator ind) {
        return t.cells().get(ind.ordinal());
    }

    @Test
    void theBestMedianFollowsTheIndicatorsDirection() {
        double[][] m = medians(0.5, 0.7, 0.6);
        Tables.Table t = Tables.table(analysis(m, Map.of()), algorithms());
        // hypervolume: higher is better -> jmetal-nsga2 (0.7); IGD+: lower is better -> moea-nsga2 (0.5)
        assertEquals(List.of(false, true, false), row(t, Indicator.HYPERVOLUME).stream().map(Tables.Cell::best).toList());
        assertEquals(List.of(true, false, false), row(t, Indicator.IGD_PLUS).stream().map(Tables.Cell::best).toList());
        assertEquals(List.of(false, true, false), row(t, Indicator.NONDOMINATED).stream().map(Tables.Cell::best).toList());
        assertEquals(List.of("moea nsga2", "jmetal nsga2", "moea nsga3"), t.columns());
        assertEquals("0.7000 (0.01000)", row(t, Indicator.HYPERVOLUME).get(1).text(), "median (IQR)");
    }

    @Test
    void equalMediansMakeTheFirstBestAndNaNIsNeverBest() {
        double[][] m = medians(Double.NaN, 0.4, 0.4);
        Tables.Table t = Tables.table(analysis(m, Map.of()), algorithms());
        for (Indicator ind : Indicator.values()) {
            assertEquals(List.of(false, true, false), row(t, ind).stream().map(Tables.Cell::best).toList(), ind.label());
        }
        assertEquals("– (–)", row(t, Indicator.HYPERVOLUME).get(0).text());
        double[][] none = medians(Double.NaN, Double.NaN, Double.NaN);
        Tables.Table empty = Tables.table(analysis(none, Map.of()), algorithms());
        for (List<Tables.Cell> r : empty.cells()) for (Tables.Cell c : r) assertFalse(c.best() || c.worseThanBest());
    }

    @Test
    void theDaggerMarksOnlyAlgorithmsSignificantlyDifferentFromTheBestAfterHolm() {
        double[][] m = medians(0.9, 0.8, 0.7); // hypervolume best: moea-nsga2
        List<Pairwise> hv = new ArrayList<>();
        hv.add(new Pairwise("moea-nsga2", "jmetal-nsga2", 0, 0.001, 0.049, 0.9)); // significant after Holm
        hv.add(new Pairwise("moea-nsga3", "moea-nsga2", 0, 0.01, 0.06, 0.1));    // significant only before Holm
        hv.add(new Pairwise("jmetal-nsga2", "moea-nsga3", 0, 0.0001, 0.0003, 0.9)); // not against the best: ignored
        Tables.Table t = Tables.table(analysis(m, Map.of(Indicator.HYPERVOLUME, hv)), algorithms());
        List<Tables.Cell> r = row(t, Indicator.HYPERVOLUME);
        assertTrue(r.get(0).best());
        assertFalse(r.get(0).worseThanBest(), "never a dagger on the best");
        assertTrue(r.get(1).worseThanBest(), "Holm p 0.049 < 0.05");
        assertFalse(r.get(2).worseThanBest(), "Holm p 0.06 is not significant even though p = 0.01");
        // IGD+ (lower is better) has no pairwise results: no daggers
        for (Tables.Cell c : row(t, Indicator.IGD_PLUS)) assertFalse(c.worseThanBest());
    }

    @Test
    void numbersHaveFourSignificantDigitsAndWholeNumbersStayWhole() {
        assertEquals("0.1235", Tables.num(0.123456));
        assertEquals("12346", Tables.num(12345.6));
        assertEquals("42", Tables.num(42));
        assertEquals("1.235e-04", Tables.num(0.00012345));
        assertEquals("1.000e+13", Tables.num(1e13 + 0.5));
        assertEquals("–", Tables.num(Double.NaN));
    }
}
