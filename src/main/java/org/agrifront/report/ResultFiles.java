package org.agrifront.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agrifront.analysis.Bands;
import org.agrifront.analysis.Descriptive;
import org.agrifront.analysis.Indicator;
import org.agrifront.analysis.KruskalWallis;
import org.agrifront.analysis.QualityIndicators;
import org.agrifront.analysis.VarghaDelaney;
import org.agrifront.core.Objective;
import org.agrifront.experiment.StudyStore;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;
import org.agrifront.report.StudyAnalysis.ProblemAnalysis;
import org.agrifront.report.StudyAnalysis.RunIndicators;

/**
 * The report's CSV files, each written atomically. All but {@code timings.csv} and the runs' {@code trace.csv}
 * hold no wall-clock figure, so the same study always gives the same bytes:
 * <ul>
 * <li>{@code summary.csv}: one row per problem × engine × algorithm × indicator, and for the algorithm comparison
 * {@code feasible_run} (1/0 per run: its mean is the feasibility rate), {@code hypervolume_ratio_exact} (run
 * hypervolume over the exact front's, when the reference is the exact front of {@code bounds}) and
 * {@code lp_gain_share_<objective>} (best value's share of the LP optimum's gain over the reference value);</li>
 * <li>{@code comparison.csv}: per problem × algorithm the start, front source, those medians and seconds per run
 * (wall clock);</li>
 * <li>{@code indicators.csv}: every run's final indicator values;</li>
 * <li>{@code tests.csv}: Kruskal–Wallis per problem × indicator; {@code pairwise.csv}: Mann–Whitney U, Holm-adjusted
 * p and A12 per pair of algorithms;</li>
 * <li>{@code convergence.csv}: median and IQR of each indicator at each trace point;</li>
 * <li>{@code normalization.csv}: ideal, nadir, reference front and hypervolume settings per problem objective, and
 * {@code <problem>/reference-front.csv}; {@code attainment.csv} for 2-objective problems;</li>
 * <li>{@code timings.csv}: wall-clock seconds per run; {@code <run>/trace.csv}: per trace point evaluations,
 * seconds and indicators.</li>
 * </ul>
 */
public final class ResultFiles {
    public static final String SUMMARY = "summary.csv";
    public static final String SUMMARY_HEADER = "problem,engine,algorithm,indicator,n,mean,sd,median,iqr,cv,ci_low,ci_high";

    private ResultFiles() {
    }

    public static void writeAll(StudyAnalysis analysis, Path dir) {
        Map<String, StudyStore.ManifestAlgorithm> algs = Report.algorithms(analysis.results().manifest());
        StringBuilder summary = new StringBuilder(SUMMARY_HEADER).append('\n');
        StringBuilder indicators = new StringBuilder("problem,engine,algorithm,seed");
        for (Indicator i : Indicator.values()) {
            indicators.append(',').append(i.label());
            if (i == Indicator.HYPERVOLUME) indicators.append(",hypervolume_se");
        }
        indicators.append('\n');
        StringBuilder tests = new StringBuilder("problem,indicator,algorithms,kruskal_h,df,kruskal_p\n");
        StringBuilder pairwise = new StringBuilder("problem,indicator,algorithm_a,algorithm_b,u,p,p_holm,a12,a12_magnitude\n");
        StringBuilder convergence = new StringBuilder("problem,engine,algorithm,indicator,point,evaluations,n,median,q1,q3\n");
        StringBuilder normalization = new StringBuilder("problem,objective,sense,unit,ideal,nadir,reference_points,"
                + "reference_source,hv_reference_point,hv_method\n");
        StringBuilder attainment = new StringBuilder();
        StringBuilder timings = new StringBuilder("problem,engine,algorithm,seed,seconds,evaluations,evaluations_per_second\n");
        // one lp_gain_share column per objective name of any problem
        java.util.Set<String> comparisonColumns = new java.util.LinkedHashSet<>(List.of("problem", "engine", "algorithm",
                "start", "front", "runs", "feasible_rate", "hypervolume_ratio_exact"));
        for (ProblemAnalysis pa : analysis.problems()) {
            for (Objective o : pa.problem().objectives()) comparisonColumns.add("lp_gain_share_" + o.name());
        }
        StringBuilder comparison = new StringBuilder(String.join(",", comparisonColumns)).append(",seconds_per_run\n");
        List<String> columns = List.copyOf(comparisonColumns);

        for (ProblemAnalysis pa : analysis.problems()) {
            String problem = pa.problem().name();
            for (String alg : pa.summary().keySet()) {
                StudyStore.ManifestAlgorithm a = algs.get(alg);
                for (Map.Entry<Indicator, Descriptive> e : pa.summary().get(alg).entrySet()) {
                    Descriptive s = e.getValue();
                    summary.append(String.join(",", problem, a.engine(), a.label(), e.getKey().label(), Integer.toString(s.n()),
                            f(s.mean()), f(s.sd()), f(s.median()), f(s.iqr()), f(s.cv()), f(s.ciLow()), f(s.ciHigh()))).append('\n');
                }
                for (RunIndicators r : pa.runs().get(alg)) {
                    indicators.append(problem).append(',').append(a.engine()).append(',').append(a.label()).append(',').append(r.run().seed());
                    appendValues(indicators, r.values());
                    indicators.append('\n');
                    timings.append(String.join(",", problem, a.engine(), a.label(), Long.toString(r.run().seed()),
                            f(r.run().seconds()), Long.toString(r.run().evaluations()),
                            f(r.run().evaluations() / r.run().seconds()))).append('\n');
                    writeTrace(r, r.run().dir().resolve("trace.csv"));
                }
                for (Map.Entry<Indicator, StudyAnalysis.Convergence> e : pa.convergence().get(alg).entrySet()) {
                    Bands.Band b = e.getValue().band();
                    for (int t = 0; t < b.n().length; t++) {
                        convergence.append(String.join(",", problem, a.engine(), a.label(), e.getKey().label(), Integer.toString(t),
                                Long.toString(e.getValue().evaluations()[t]), Integer.toString(b.n()[t]), f(b.median()[t]),
                                f(b.q1()[t]), f(b.q3()[t]))).append('\n');
                    }
                }
            }
            for (Map.Entry<String, StudyAnalysis.Comparison> e : pa.comparison().entrySet()) {
                StudyStore.ManifestAlgorithm a = algs.get(e.getKey());
                StudyAnalysis.Comparison c = e.getValue();
                double[] feasible = pa.runs().get(e.getKey()).stream().mapToDouble(r -> r.run().size() > 0 ? 1 : 0).toArray();
                summaryRow(summary, problem, a, "feasible_run", feasible, resamples(analysis));
                if (pa.reference().exact()) summaryRow(summary, problem, a, "hypervolume_ratio_exact", c.hypervolumeRatio(), resamples(analysis));
                List<Objective> objs = pa.problem().objectives();
                for (int j = 0; j < objs.size(); j++) {
                    if (java.util.Arrays.stream(c.extremeShare()[j]).allMatch(Double::isNaN)) continue;
                    summaryRow(summary, problem, a, "lp_gain_share_" + objs.get(j).name(), c.extremeShare()[j], resamples(analysis));
                }
                String[] row = new String[columns.size()];
                java.util.Arrays.fill(row, "");
                row[0] = problem;
                row[1] = a.engine();
                row[2] = a.label();
                row[3] = csv(c.start());
                row[4] = csv(c.frontSource());
                row[5] = Integer.toString(c.runs());
                row[6] = f(c.feasibleRate());
                row[7] = f(c.medianHypervolumeRatio());
                for (int j = 0; j < objs.size(); j++) {
                    row[columns.indexOf("lp_gain_share_" + objs.get(j).name())] = f(c.medianExtremeShare(j));
                }
                comparison.append(String.join(",", row)).append(',').append(f(c.medianSeconds())).append('\n');
            }
            for (Indicator ind : Indicator.values()) {
                KruskalWallis.Result k = pa.kruskal().get(ind);
                tests.append(String.join(",", problem, ind.label(), Integer.toString(pa.summary().size()), f(k.h()),
                        Integer.toString(k.df()), f(k.p()))).append('\n');
                for (StudyAnalysis.Pairwise p : pa.pairwise().get(ind)) {
                    pairwise.append(String.join(",", problem, ind.label(), p.a(), p.b(), f(p.u()), f(p.p()), f(p.pHolm()),
                            f(p.a12()), VarghaDelaney.magnitude(p.a12()))).append('\n');
                }
            }
            List<Objective> objs = pa.problem().objectives();
            QualityIndicators.Settings s = pa.indicators().settings();
            String method = pa.indicators().exactHypervolume() ? "exact"
                    : "monte-carlo (" + s.monteCarloSamples() + " samples; seed " + s.seed() + ")";
            double[] ideal = pa.reference().normalization().naturalIdeal(), nadir = pa.reference().normalization().naturalNadir();
            for (int j = 0; j < objs.size(); j++) {
                Objective o = objs.get(j);
                normalization.append(String.join(",", problem, o.name(), o.sense().label(), csv(o.unit()), f(ideal[j]), f(nadir[j]),
                        Integer.toString(pa.reference().size()), csv(pa.reference().source()), f(s.referencePoint()), method)).append('\n');
            }
            writeFront(dir.resolve(problem).resolve("reference-front.csv"), objs, pa.reference().front(), pa.reference().size());
            if (!pa.attainment().isEmpty()) {
                if (attainment.length() == 0) attainment.append("problem,engine,algorithm,surface,x_objective,x,y_objective,y\n");
                String[] names = {"best", "median", "worst"};
                for (Map.Entry<String, List<double[]>> e : pa.attainment().entrySet()) {
                    StudyStore.ManifestAlgorithm a = algs.get(e.getKey());
                    for (int k = 0; k < 3; k++) {
                        double[] pts = e.getValue().get(k);
                        for (int i = 0; i < pts.length; i += 2) {
                            attainment.append(String.join(",", problem, a.engine(), a.label(), names[k], objs.get(0).name(),
                                    f(pts[i]), objs.get(1).name(), f(pts[i + 1]))).append('\n');
                        }
                    }
                }
            }
        }
        AtomicFiles.writeString(dir.resolve(SUMMARY), summary.toString());
        AtomicFiles.writeString(dir.resolve("indicators.csv"), indicators.toString());
        AtomicFiles.writeString(dir.resolve("tests.csv"), tests.toString());
        AtomicFiles.writeString(dir.resolve("pairwise.csv"), pairwise.toString());
        AtomicFiles.writeString(dir.resolve("convergence.csv"), convergence.toString());
        AtomicFiles.writeString(dir.resolve("normalization.csv"), normalization.toString());
        if (attainment.length() > 0) AtomicFiles.writeString(dir.resolve("attainment.csv"), attainment.toString());
        AtomicFiles.writeString(dir.resolve("timings.csv"), timings.toString());
        AtomicFiles.writeString(dir.resolve("comparison.csv"), comparison.toString());
    }

    private static int resamples(StudyAnalysis analysis) {
        return analysis.results().manifest().analysis().bootstrapResamples();
    }

    private static void summaryRow(StringBuilder summary, String problem, StudyStore.ManifestAlgorithm a, String name,
                                   double[] values, int resamples) {
        Descriptive s = Descriptive.of(values, resamples, (problem + "/" + a.id() + "/" + name).hashCode());
        summary.append(String.join(",", problem, a.engine(), a.label(), name, Integer.toString(s.n()),
                f(s.mean()), f(s.sd()), f(s.median()), f(s.iqr()), f(s.cv()), f(s.ciLow()), f(s.ciHigh()))).append('\n');
    }

    private static void appendValues(StringBuilder sb, QualityIndicators.Values v) {
        for (Indicator i : Indicator.values()) {
            sb.append(',').append(f(v.get(i)));
            if (i == Indicator.HYPERVOLUME) sb.append(',').append(f(v.hypervolumeStandardError()));
        }
    }

    /** {@code generation,evaluations,seconds,<indicators>}: the run's trace with indicator columns. */
    private static void writeTrace(RunIndicators r, Path file) {
        StringBuilder sb = new StringBuilder("generation,evaluations,seconds");
        for (Indicator i : Indicator.values()) {
            sb.append(',').append(i.label());
            if (i == Indicator.HYPERVOLUME) sb.append(",hypervolume_se");
        }
        sb.append('\n');
        List<StudyResults.TracePoint> points = r.run().trace();
        for (int k = 0; k < points.size(); k++) {
            StudyResults.TracePoint p = points.get(k);
            sb.append(p.generation()).append(',').append(p.evaluations()).append(',').append(f(p.seconds()));
            appendValues(sb, r.trace().get(k));
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    private static void writeFront(Path file, List<Objective> objectives, double[] front, int n) {
        int d = objectives.size();
        StringBuilder sb = new StringBuilder(org.agrifront.io.Csv.row(objectives.stream().map(Objective::name).toList()));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) sb.append(j == 0 ? "" : ",").append(f(front[i * d + j]));
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    static String f(double v) {
        return Numbers.format(v);
    }

    /** A CSV field, quoted when it holds a comma or quote. */
    static String csv(String s) {
        return org.agrifront.io.Csv.field(s);
    }
}
