package org.agrifront.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.agrifront.experiment.RunFiles;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.analysis.Attainment;
import org.agrifront.analysis.Bands;
import org.agrifront.analysis.Descriptive;
import org.agrifront.analysis.Fronts;
import org.agrifront.analysis.Holm;
import org.agrifront.analysis.Indicator;
import org.agrifront.analysis.KruskalWallis;
import org.agrifront.analysis.MannWhitney;
import org.agrifront.analysis.Normalization;
import org.agrifront.analysis.QualityIndicators;
import org.agrifront.analysis.VarghaDelaney;
import org.agrifront.core.Objective;
import org.agrifront.core.Sense;
import org.agrifront.experiment.StudyStore;
import org.agrifront.report.StudyResults.ProblemResults;
import org.agrifront.report.StudyResults.RunData;

/**
 * Everything the report shows, computed from a {@link StudyResults}: the reference front and normalisation of each
 * problem, every run's indicators (final and at each trace point), per-cell statistics, Kruskal–Wallis across
 * algorithms, pairwise Mann–Whitney U with Holm's correction and A12, convergence bands, attainment surfaces
 * (2 objectives) and the median run. Deterministic: the same store always gives the same numbers.
 */
public final class StudyAnalysis {

    /**
     * The front indicators are measured against and where it came from; {@code exact} when it is the exact front
     * of {@code bounds}, whose {@code optima} are then each objective's best value over it and its optima file.
     */
    public record Reference(double[] front, int size, String source, Normalization normalization, boolean exact,
                            double[] optima) {
    }

    /** One run's indicator values: final, and per trace point. */
    public record RunIndicators(RunData run, QualityIndicators.Values values, List<QualityIndicators.Values> trace) {
    }

    /** Mann–Whitney U of {@code a} vs {@code b}, Holm-adjusted p within its (problem, indicator) family, A12 of a over b. */
    public record Pairwise(String a, String b, double u, double p, double pHolm, double a12) {
    }

    /** An indicator's band over evaluations for one algorithm. */
    public record Convergence(long[] evaluations, Bands.Band band) {
    }

    /**
     * How one algorithm compares on one problem, per run then summarised: its runs and starts, the share of runs
     * with a feasible final front, the hypervolume as a share of the exact front's (NaN unless the reference is the
     * exact front of {@code bounds}), each objective's best value as a share of the LP optimum's gain over the
     * problem's reference (current) value (NaN without both), and wall seconds per run. Medians over the runs.
     */
    public record Comparison(int runs, String start, String frontSource, double feasibleRate, double[] hypervolumeRatio,
                             double[][] extremeShare, double[] seconds) {
        public double medianHypervolumeRatio() {
            return median(hypervolumeRatio);
        }

        public double medianExtremeShare(int objective) {
            return median(extremeShare[objective]);
        }

        public double medianSeconds() {
            return median(seconds);
        }

        static double median(double[] v) {
            double[] x = java.util.Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
            if (x.length == 0) return Double.NaN;
            return x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
        }
    }

    /** All results of one problem; maps are keyed by algorithm id in manifest order. */
    public record ProblemAnalysis(ProblemResults problem, Reference reference, QualityIndicators indicators,
                                  Map<String, List<RunIndicators>> runs,
                                  Map<String, Map<Indicator, Descriptive>> summary,
                                  Map<Indicator, KruskalWallis.Result> kruskal,
                                  Map<Indicator, List<Pairwise>> pairwise,
                                  Map<String, Map<Indicator, Convergence>> convergence,
                                  Map<String, List<double[]>> attainment, Map<String, RunIndicators> medianRun,
                                  Map<String, Comparison> comparison, double[] optima) {

        /** The values of one indicator over an algorithm's runs, in seed order. */
        public double[] values(String algorithm, Indicator indicator) {
            return runs.get(algorithm).stream().mapToDouble(r -> r.values().get(indicator)).toArray();
        }

        /** Algorithm ids that have at least one completed run. */
        public List<String> algorithms() {
            return runs.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        }
    }

    private final StudyResults results;
    private final List<ProblemAnalysis> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private StudyAnalysis(StudyResults results) {
        this.results = results;
    }

    public StudyResults results() {
        return results;
    }

    public List<ProblemAnalysis> problems() {
        return problems;
    }

    /** Problems skipped and why (e.g. no feasible solution anywhere). */
    public List<String> notes() {
        return notes;
    }

    public static StudyAnalysis of(StudyResults results) {
        StudyAnalysis a = new StudyAnalysis(results);
        StudyStore.ManifestAnalysis s = results.manifest().analysis();
        QualityIndicators.Settings settings = new QualityIndicators.Settings(s.referencePoint(), s.exactHypervolumeUpTo(),
                s.hypervolumeSamples(), s.hypervolumeSeed());
        for (StudyStore.ManifestProblem p : results.manifest().problems()) {
            for (StudyStore.ManifestAlgorithm alg : results.manifest().algorithms()) {
                if (!alg.appliesTo(p.name())) a.notes.add(p.name() + ": " + alg.engine() + " " + alg.label() + " not applicable (no runs)");
            }
        }
        for (ProblemResults p : results.problems()) {
            Reference ref = reference(p);
            if (ref == null) {
                a.notes.add(p.name() + ": no feasible solution in any completed run and no reference front; no indicators");
                continue;
            }
            a.problems.add(analyse(p, ref, new QualityIndicators(ref.normalization(), ref.front(), ref.size(), settings),
                    s.bootstrapResamples()));
        }
        return a;
    }

    /** The exact front of {@code bounds} (plus its optima) when the spec names one, else the pooled non-dominated set. */
    static Reference reference(ProblemResults p) {
        if (p.referenceFront() != null) {
            p.runs().values().stream().flatMap(List::stream).findFirst()
                    .ifPresent(r -> checkReferenceBelongs(p.referenceFront(), r.dir(), p.objectives()));
            return exactReference(p.referenceFront(), p.objectives());
        }
        List<double[]> parts = new ArrayList<>();
        int runs = 0;
        for (List<RunData> list : p.runs().values()) {
            for (RunData r : list) {
                parts.add(r.front());
                runs++;
            }
        }
        return pooledReference(parts, p.objectives(), "pooled non-dominated set of the final fronts of " + runs + " runs");
    }

    /**
     * The one reference-front rule of {@code study}, {@code report} and {@code indicators}: the feasible rows of
     * {@code file} plus those of the {@code optima.csv} beside it (when present), reduced to their non-dominated set;
     * ideal and nadir are taken over that set. Null when no row is feasible.
     */
    public static Reference exactReference(Path file, List<Objective> objectives) {
        List<double[]> parts = new ArrayList<>();
        parts.add(StudyResults.feasibleRows(file, objectives, null));
        Path optima = file.resolveSibling("optima.csv");
        if (Files.isRegularFile(optima) && !optima.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            parts.add(StudyResults.feasibleRows(optima, objectives, null));
        }
        String source = "exact reference front " + file + (parts.size() > 1 ? " with " + optima.getFileName() : "");
        return of(concat(parts), objectives, source, true);
    }

    /**
     * Refuses a reference front that is not the runs' problem's: {@code bounds.json} beside it names the problem (and,
     * when written by this version, its fingerprint and objectives); the columns are checked when they are read.
     */
    public static void checkReferenceBelongs(Path referenceFile, Path run, List<Objective> objectives) {
        Path meta = referenceFile.resolveSibling("bounds.json");
        if (!Files.isRegularFile(meta)) return;
        JsonNode b = Json.tree(meta), r = Json.tree(run.resolve(RunFiles.RUN));
        String refProblem = b.path("problem").asText(""), runProblem = r.path("problem").asText("");
        if (!refProblem.isEmpty() && !runProblem.isEmpty() && !refProblem.equals(runProblem)) {
            throw InputException.file(referenceFile, "reference front of problem '" + refProblem + "' (" + meta.getFileName()
                    + ") but " + run + " is a run of '" + runProblem + "'; use the reference of that problem (agrifront bounds)");
        }
        String refPrint = b.path(StudyStore.PROBLEM_FINGERPRINT).asText(""), runPrint = r.path(StudyStore.PROBLEM_FINGERPRINT).asText("");
        if (!refPrint.isEmpty() && !runPrint.isEmpty() && !refPrint.equals(runPrint)) {
            throw InputException.file(referenceFile, "reference front of another version of problem '" + refProblem
                    + "' (fingerprint " + refPrint + " in " + meta.getFileName() + ", run " + runPrint
                    + "): its data or settings changed; rerun agrifront bounds");
        }
        for (JsonNode o : b.path("objectives")) {
            String name = o.path("name").asText();
            for (Objective mine : objectives) {
                if (mine.name().equals(name) && !mine.sense().label().equals(o.path("sense").asText(mine.sense().label()))) {
                    throw InputException.file(referenceFile, "objective '" + name + "' is " + o.path("sense").asText()
                            + " in the reference (" + meta.getFileName() + ") but " + mine.sense().label() + " in " + run);
                }
            }
        }
    }

    /** The non-dominated set of the pooled feasible fronts (row-major natural values); null when empty. */
    public static Reference pooledReference(List<double[]> fronts, List<Objective> objectives, String source) {
        return of(concat(fronts), objectives, source, false);
    }

    private static Reference of(double[] natural, List<Objective> objectives, String source, boolean exact) {
        int d = objectives.size();
        Sense[] senses = objectives.stream().map(Objective::sense).toArray(Sense[]::new);
        int n = natural.length / d;
        if (n == 0) return null;
        double[] min = Fronts.nondominated(Normalization.toMinimization(natural, n, senses), n, d);
        int m = min.length / d;
        double[] front = new double[m * d];
        for (int i = 0; i < m; i++) for (int j = 0; j < d; j++) front[i * d + j] = senses[j].fromMinimization(min[i * d + j]);
        double[] optima = new double[d];
        java.util.Arrays.fill(optima, Double.NaN);
        if (exact) {
            for (int j = 0; j < d; j++) {
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < m; i++) best = Math.min(best, min[i * d + j]);
                optima[j] = senses[j].fromMinimization(best);
            }
        }
        return new Reference(front, m, source, Normalization.of(front, m, senses), exact, optima);
    }

    private static ProblemAnalysis analyse(ProblemResults p, Reference ref, QualityIndicators qi, int resamples) {
        Map<String, List<RunIndicators>> runs = new LinkedHashMap<>();
        for (Map.Entry<String, List<RunData>> e : p.runs().entrySet()) {
            List<RunData> list = e.getValue();
            RunIndicators[] out = new RunIndicators[list.size()];
            // runs are independent and each computation deterministic, so evaluating them in parallel changes nothing
            IntStream.range(0, list.size()).parallel().forEach(i -> out[i] = indicators(qi, p.d(), list.get(i)));
            runs.put(e.getKey(), List.of(out));
        }
        Map<String, Map<Indicator, Descriptive>> summary = new LinkedHashMap<>();
        Map<String, Map<Indicator, Convergence>> convergence = new LinkedHashMap<>();
        Map<String, RunIndicators> median = new LinkedHashMap<>();
        Map<String, List<double[]>> attainment = new LinkedHashMap<>();
        for (Map.Entry<String, List<RunIndicators>> e : runs.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            Map<Indicator, Descriptive> cells = new LinkedHashMap<>();
            Map<Indicator, Convergence> bands = new LinkedHashMap<>();
            for (Indicator ind : Indicator.values()) {
                double[] v = e.getValue().stream().mapToDouble(r -> r.values().get(ind)).toArray();
                long seed = (p.name() + "/" + e.getKey() + "/" + ind.label()).hashCode(); // String.hashCode is specified
                cells.put(ind, Descriptive.of(v, resamples, seed));
                bands.put(ind, band(e.getValue(), ind));
            }
            summary.put(e.getKey(), cells);
            convergence.put(e.getKey(), bands);
            median.put(e.getKey(), medianRun(e.getValue()));
            if (p.d() == 2) attainment.put(e.getKey(), attainment(p, e.getValue()));
        }
        Map<Indicator, KruskalWallis.Result> kruskal = new LinkedHashMap<>();
        Map<Indicator, List<Pairwise>> pairwise = new LinkedHashMap<>();
        List<String> algs = new ArrayList<>(summary.keySet());
        for (Indicator ind : Indicator.values()) {
            List<double[]> groups = new ArrayList<>();
            for (String alg : algs) groups.add(values(runs.get(alg), ind));
            kruskal.put(ind, KruskalWallis.test(groups));
            pairwise.put(ind, pairwise(algs, groups));
        }
        Map<String, Comparison> comparison = new LinkedHashMap<>();
        for (String alg : algs) comparison.put(alg, compare(p, ref, qi, runs.get(alg)));
        return new ProblemAnalysis(p, ref, qi, runs, summary, kruskal, pairwise, convergence, attainment, median,
                comparison, ref.optima());
    }

    private static Comparison compare(ProblemResults p, Reference ref, QualityIndicators qi, List<RunIndicators> runs) {
        int d = p.d(), n = runs.size();
        Sense[] senses = p.senses();
        double exactHv = ref.exact() ? qi.referenceValues().get(Indicator.HYPERVOLUME) : Double.NaN;
        double[] hv = new double[n], seconds = new double[n];
        double[][] share = new double[d][n];
        int feasible = 0;
        java.util.Set<String> starts = new java.util.TreeSet<>(), sources = new java.util.TreeSet<>();
        for (int r = 0; r < n; r++) {
            RunData run = runs.get(r).run();
            starts.add(run.startKind() + " (" + run.initialization() + ")");
            sources.add(run.frontSource());
            if (run.size() > 0) feasible++;
            hv[r] = runs.get(r).values().get(Indicator.HYPERVOLUME) / exactHv;
            seconds[r] = run.seconds();
            for (int j = 0; j < d; j++) {
                Double current = p.objectiveReferences().get(p.objectives().get(j).name());
                double optimum = ref.optima()[j];
                share[j][r] = Double.NaN;
                if (current == null || Double.isNaN(optimum) || run.size() == 0 || optimum == current) continue;
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < run.size(); i++) best = Math.min(best, senses[j].toMinimization(run.front()[i * d + j]));
                share[j][r] = (senses[j].fromMinimization(best) - current) / (optimum - current);
            }
        }
        return new Comparison(n, String.join("; ", starts), String.join("; ", sources), n == 0 ? Double.NaN : feasible / (double) n,
                hv, share, seconds);
    }

    private static RunIndicators indicators(QualityIndicators qi, int d, RunData r) {
        List<QualityIndicators.Values> trace = new ArrayList<>();
        long coarse = Math.max(1000, qi.settings().monteCarloSamples() / 10); // many trace points, each needs less precision
        for (int k = 0; k < r.trace().size(); k++) {
            StudyResults.TracePoint t = r.trace().get(k);
            boolean last = k == r.trace().size() - 1;
            trace.add(last ? qi.evaluate(t.front(), t.size()) : qi.evaluate(t.front(), t.size(), coarse));
        }
        return new RunIndicators(r, qi.evaluate(r.front(), r.size()), trace);
    }

    private static double[] values(List<RunIndicators> runs, Indicator ind) {
        return runs.stream().mapToDouble(r -> r.values().get(ind)).toArray();
    }

    static List<Pairwise> pairwise(List<String> algs, List<double[]> groups) {
        List<Pairwise> out = new ArrayList<>();
        List<double[]> tests = new ArrayList<>();
        for (int i = 0; i < algs.size(); i++) {
            for (int j = i + 1; j < algs.size(); j++) {
                MannWhitney.Result r = MannWhitney.test(groups.get(i), groups.get(j));
                tests.add(new double[] {i, j, r.u(), r.p()});
            }
        }
        double[] adjusted = Holm.adjust(tests.stream().mapToDouble(t -> t[3]).toArray());
        for (int k = 0; k < tests.size(); k++) {
            double[] t = tests.get(k);
            int i = (int) t[0], j = (int) t[1];
            out.add(new Pairwise(algs.get(i), algs.get(j), t[2], t[3], adjusted[k],
                    VarghaDelaney.a12(groups.get(i), groups.get(j))));
        }
        return out;
    }

    private static Convergence band(List<RunIndicators> runs, Indicator ind) {
        int points = runs.stream().mapToInt(r -> r.trace().size()).max().orElse(0);
        double[][] values = new double[runs.size()][];
        long[] evaluations = new long[points];
        for (int r = 0; r < runs.size(); r++) {
            List<QualityIndicators.Values> t = runs.get(r).trace();
            values[r] = t.stream().mapToDouble(v -> v.get(ind)).toArray();
            List<StudyResults.TracePoint> tp = runs.get(r).run().trace();
            for (int k = 0; k < tp.size(); k++) evaluations[k] = Math.max(evaluations[k], tp.get(k).evaluations());
        }
        return new Convergence(evaluations, Bands.of(values, points));
    }

    /** The run with the median hypervolume (the lower of the two middle ones for an even count; ties by seed). */
    static RunIndicators medianRun(List<RunIndicators> runs) {
        List<RunIndicators> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble((RunIndicators r) -> {
            double hv = r.values().get(Indicator.HYPERVOLUME);
            return Double.isNaN(hv) ? Double.NEGATIVE_INFINITY : hv;
        }).thenComparingLong(r -> r.run().seed()));
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** Best, median and worst attainment surfaces in natural values. */
    private static List<double[]> attainment(ProblemResults p, List<RunIndicators> runs) {
        Sense[] senses = p.senses();
        List<double[]> fronts = new ArrayList<>();
        for (RunIndicators r : runs) fronts.add(Normalization.toMinimization(r.run().front(), r.run().size(), senses));
        List<double[]> out = new ArrayList<>();
        for (double[] s : Attainment.bestMedianWorst(fronts)) {
            double[] natural = s.clone();
            for (int i = 0; i < natural.length; i++) natural[i] = senses[i % 2].fromMinimization(natural[i]);
            out.add(natural);
        }
        return out;
    }

    /**
     * Best, median and worst attainment surfaces of one algorithm's runs on the objective pair {@code i}, {@code j}
     * (natural values, (x, y) pairs): each run's final front projected onto the pair and reduced to its non-dominated
     * set, so the surfaces say which pairs of values the runs attain whatever the other objectives are. With two
     * objectives this is the ordinary attainment surface.
     */
    public static List<double[]> attainment(ProblemResults p, List<RunIndicators> runs, int i, int j) {
        Sense[] senses = p.senses();
        int d = p.d();
        List<double[]> fronts = new ArrayList<>();
        for (RunIndicators r : runs) {
            int n = r.run().size();
            double[] pair = new double[2 * n];
            for (int k = 0; k < n; k++) {
                pair[2 * k] = senses[i].toMinimization(r.run().front()[k * d + i]);
                pair[2 * k + 1] = senses[j].toMinimization(r.run().front()[k * d + j]);
            }
            fronts.add(n == 0 ? pair : Fronts.nondominated(pair, n, 2));
        }
        List<double[]> out = new ArrayList<>();
        for (double[] s : Attainment.bestMedianWorst(fronts)) {
            double[] natural = s.clone();
            for (int k = 0; k < natural.length; k++) natural[k] = senses[k % 2 == 0 ? i : j].fromMinimization(natural[k]);
            out.add(natural);
        }
        return out;
    }

    private static double[] concat(List<double[]> parts) {
        int n = parts.stream().mapToInt(a -> a.length).sum();
        double[] out = new double[n];
        int pos = 0;
        for (double[] a : parts) {
            System.arraycopy(a, 0, out, pos, a.length);
            pos += a.length;
        }
        return out;
    }
}
