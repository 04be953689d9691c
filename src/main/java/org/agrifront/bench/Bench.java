package org.agrifront.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.Problem;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engine;
import org.agrifront.engine.Engines;
import org.agrifront.engine.ProfileSink;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunSpec;
import org.agrifront.engine.Generation;
import org.agrifront.engine.jmetal.JMetalEngine;
import org.agrifront.engine.moea.MoeaEngine;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;
import org.agrifront.problems.landuse.LandUseProblem;

/**
 * {@code agrifront bench}: throughput figures, each beside a baseline measured in the same run.
 * <ul>
 * <li>evaluation: evaluations/s of each problem's fitness function; for land use also the boxed baseline
 * ({@code List<Integer>} genome, {@code double[][][]} tables, full re-sum) and incremental evaluation after a
 * one-gene change;</li>
 * <li>generations: generations/s of NSGA-II and NSGA-III in each engine at population 100, against the libraries
 * used idiomatically (one variable object per gene, full re-evaluation) and against Agrifront without incremental
 * evaluation; optionally against DEAP (Python) on the same data;</li>
 * <li>memory: bytes per solution, Agrifront's single-array genome against one object per gene;</li>
 * <li>profile: the share of a generation spent in evaluation, variation and the library's selection/sorting.</li>
 * </ul>
 */
public final class Bench {
    /**
     * Settings. {@code generations} per timed run; {@code repeats} timed runs per configuration (median);
     * {@code sections} the sections to measure (empty: all).
     */
    public record Options(List<Path> problems, Path data, int population, int generations, int repeats,
                          double evaluationSeconds, Path deapScript, Path study, Path out, List<String> algorithms,
                          List<String> sections) {
        public static final List<String> SECTIONS = List.of("evaluation", "generations", "archive", "algorithms", "memory", "biomes", "profile", "threads", "study");

        public Options {
            algorithms = algorithms == null ? List.of() : List.copyOf(algorithms);
            sections = sections == null ? List.of() : List.copyOf(sections);
            for (String sct : sections) {
                if (!SECTIONS.contains(sct)) throw new IllegalArgumentException("--only: unknown section '" + sct + "'; known: " + String.join(", ", SECTIONS));
            }
        }

        /** Without the algorithm list: every algorithm (see {@link #algorithms}). */
        public Options(List<Path> problems, Path data, int population, int generations, int repeats,
                       double evaluationSeconds, Path deapScript, Path study, Path out) {
            this(problems, data, population, generations, repeats, evaluationSeconds, deapScript, study, out, List.of(), null);
        }

        boolean measures(String section) {
            return sections.isEmpty() || sections.contains(section);
        }
    }

    private final Options options;
    private final PrintStream log;
    private final List<BenchRow> rows = new ArrayList<>();

    public Bench(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public List<BenchRow> rows() {
        return rows;
    }

    public List<BenchRow> run() {
        for (Path file : options.problems()) {
            Problem<?> problem = org.agrifront.problems.Problems.load(org.agrifront.problems.ProblemSource.of(file, options.data()));
            log.println("== " + problem.name() + " (" + problem.encoding().describe() + ")");
            if (options.measures("evaluation")) evaluation(problem);
            if (options.measures("generations")) generations(problem);
            if (options.measures("archive")) archive(problem);
            if (problem instanceof LandUseProblem land) {
                if (options.measures("algorithms")) algorithms(land);
                if (options.measures("memory")) memory(land);
                if (options.measures("biomes")) biomeEnumeration(land);
            }
            if (options.measures("profile")) profile(problem);
        }
        if (options.study() != null && options.measures("study")) studySplit(options.study());
        if (options.study() != null && options.measures("threads")) studyThreads(options.study());
        return rows;
    }

    // ---------------------------------------------------------------- archive

    /**
     * What the default non-dominated archive costs: NSGA-II milliseconds per generation in each engine with
     * {@code archive} 0 (the population's front, no archive), 100 and 1000, from a feasible start where the problem
     * has one (land use: scalarized) so the archive fills. The configurations take turns within each repeat, so
     * drifts of the machine fall on all of them; medians over the repeats.
     */
    private void archive(Problem<?> problem) {
        int pop = options.population(), gens = options.generations();
        boolean land = problem instanceof LandUseProblem;
        OperatorSpec cx = land ? OperatorSpec.of("one-point", "probability", 0.9) : null;
        OperatorSpec mu = land ? OperatorSpec.of("reset", "genes", 1.0) : null;
        int[] sizes = {0, 100, 1000};
        for (String e : List.of("moea", "jmetal")) {
            Engine engine = Engines.get(e);
            AlgorithmSpec base = new AlgorithmSpec("nsga2", pop, cx, mu, null, land ? LandUseProblem.SCALARIZED : null, null);
            engine.run(new RunSpec<>(problem, base, 99, Math.max(10, gens / 3)), RunListener.none()); // warm-up
            double[][] ms = new double[sizes.length][options.repeats()];
            int[] kept = new int[sizes.length];
            double[][] own = new double[sizes.length][options.repeats()];
            for (int r = 0; r < options.repeats(); r++) {
                for (int k = 0; k < sizes.length; k++) {
                    AlgorithmSpec spec = base.withParameter("archive", sizes[k]);
                    long[] marks = new long[2];
                    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                    RunListener<Object> timer = g -> {
                        if (g.index() == 0) marks[0] = cpu.getCurrentThreadCpuTime();
                        if (g.index() == gens) marks[1] = cpu.getCurrentThreadCpuTime();
                        return true;
                    };
                    @SuppressWarnings("unchecked")
                    Problem<Object> p = (Problem<Object>) problem;
                    var result = engine.run(new RunSpec<>(p, spec, 1 + r, gens), timer);
                    ms[k][r] = (marks[1] - marks[0]) / 1e6 / gens;
                    kept[k] = result.front().size();
                    // the archive's own time, measured around each offer inside the run, as a share of the run
                    if (result.diagnostics().get(org.agrifront.engine.RunContext.TIMING + "archiveSeconds") instanceof Number n) {
                        own[k][r] = 100 * n.doubleValue() / (result.elapsedNanos() / 1e9);
                    }
                }
            }
            double without = Timing.median(ms[0]);
            add(BenchRow.cost("archive", problem.name(), e + " nsga2, archive 0 (population front, " + kept[0] + ")",
                    "CPU ms per generation", without, "ms/gen", null, Double.NaN));
            for (int k = 1; k < sizes.length; k++) {
                add(BenchRow.cost("archive", problem.name(), e + " nsga2, archive " + sizes[k] + " (front " + kept[k] + ")",
                        "CPU ms per generation", Timing.median(ms[k]), "ms/gen", "archive 0", without));
                add(BenchRow.cost("archive", problem.name(), e + " nsga2, archive " + sizes[k] + ": time in the archive",
                        "% of run wall time", Timing.median(own[k]), "%", null, Double.NaN));
            }
        }
    }

    // ---------------------------------------------------------------- biome enumeration

    /**
     * The hierarchy's exhaustive biome level: all 10^B allocations with the depth-first partial sums on 1 and 2
     * threads, against a naive loop that re-sums every allocation's B biome totals (timed on a prefix of the
     * combinations, same feasibility test and archive).
     */
    private void biomeEnumeration(LandUseProblem land) {
        org.agrifront.problems.landuse.LandUseData biomes = new org.agrifront.seeding.LandUseLevels(land.data()).biomeData();
        int b = biomes.cells(), k = biomes.options();
        long combos = (long) Math.pow(k, b);
        long naiveCount = Math.min(combos, 20_000_000L);
        long[] value = new long[b * k * 4];
        for (int g = 0; g < b; g++)
            for (int o = 0; o < k; o++)
                for (org.agrifront.problems.landuse.LandUseData.Service sv : org.agrifront.problems.landuse.LandUseData.Service.values())
                    value[(g * k + o) * 4 + sv.ordinal()] = biomes.value(g, o, sv);
        long[] target = new long[4];
        for (org.agrifront.problems.landuse.LandUseData.Service sv : org.agrifront.problems.landuse.LandUseData.Service.values())
            target[sv.ordinal()] = org.agrifront.problems.landuse.LandUseData.toFixed(biomes.reference(sv) * land.constraintFactor());
        long t0 = System.nanoTime(), feasible = 0;
        int[] digit = new int[b];
        for (long code = 0; code < naiveCount; code++) {
            long c = 0, f = 0, r = 0, fo = 0;
            for (int g = 0; g < b; g++) {
                int base = (g * k + digit[g]) * 4;
                c += value[base];
                f += value[base + 1];
                r += value[base + 2];
                fo += value[base + 3];
            }
            if (c >= target[0] && f >= target[1] && r >= target[2] && fo >= target[3]) feasible++;
            for (int g = b - 1; g >= 0 && ++digit[g] == k; g--) digit[g] = 0;
        }
        double naive = naiveCount / ((System.nanoTime() - t0) / 1e9);
        if (feasible < 0) log.println(feasible); // keeps the loop from being optimised away
        add(BenchRow.rate("biomes", land.name(), "naive re-sum of " + b + " biomes, 1 thread", "allocations/s", naive, "alloc/s", null, Double.NaN));
        for (int threads : new int[] {1, 2}) {
            org.agrifront.seeding.BiomeEnumeration.Result res =
                    org.agrifront.seeding.BiomeEnumeration.enumerate(biomes, land.constraintFactor(), threads);
            add(BenchRow.rate("biomes", land.name(), String.format(Locale.ROOT, "all %.0e, partial sums, %d thread%s (%.2f s)",
                    (double) combos, threads, threads == 1 ? "" : "s", res.nanos() / 1e9), "allocations/s",
                    res.combinationsPerSecond(), "alloc/s", "naive", naive));
        }
    }

    // ---------------------------------------------------------------- whole study

    /**
     * One whole study as {@code agrifront study} runs it, with the spec's threads, into a fresh folder: wall time of
     * reading the spec and its problems' data (once per study, shared by all runs), of the runs and of the report.
     * The runs' wall time is split by the runs' thread time: start (initial population and seeding), search (the
     * generations), archive, trace and output (writing each run's files).
     */
    private void studySplit(Path specFile) {
        String name = org.agrifront.problems.Problems.defaultName(specFile);
        try {
            Path dir = Files.createTempDirectory("bench-study-");
            long t0 = System.nanoTime();
            org.agrifront.experiment.Study study = org.agrifront.experiment.StudyReader.read(specFile);
            long t1 = System.nanoTime();
            log.println("== whole study " + name + " (" + study.tasks().size() + " runs, " + study.threads() + " threads)");
            java.util.Map<String, Double> thread = new java.util.LinkedHashMap<>();
            for (String k : List.of("start", "search", "archive", "trace", "output", "run")) thread.put(k, 0.0);
            org.agrifront.experiment.StudyRunner.run(study, dir, study.threads(), null, new org.agrifront.experiment.StudyRunner.Progress() {
                @Override
                public void timed(org.agrifront.experiment.RunTask task, java.util.Map<String, Double> seconds) {
                    seconds.forEach((k, v) -> thread.merge(k, v, Double::sum));
                }
            });
            long t2 = System.nanoTime();
            org.agrifront.report.Report.write(dir);
            long t3 = System.nanoTime();
            double runs = (t2 - t1) / 1e9, all = (t3 - t0) / 1e9, threadRun = Math.max(1e-9, thread.get("run"));
            thread.put("search", threadRun - thread.get("start") - thread.get("archive") - thread.get("trace") - thread.get("output"));
            add(BenchRow.cost("study", name, "whole study (wall)", "wall seconds", all, "s", null, Double.NaN));
            add(BenchRow.cost("study", name, "data: spec and problems read once", "wall seconds", (t1 - t0) / 1e9, "s", null, Double.NaN));
            for (String k : List.of("start", "search", "archive", "trace", "output")) {
                double share = thread.get(k) / threadRun;
                add(BenchRow.cost("study", name, "runs: " + k + String.format(Locale.ROOT, " (%.1f%% of run thread time)", 100 * share),
                        "wall seconds", runs * share, "s", null, Double.NaN));
            }
            add(BenchRow.cost("study", name, "report", "wall seconds", (t3 - t2) / 1e9, "s", null, Double.NaN));
            deleteTree(dir);
        } catch (java.io.IOException e) {
            log.println("  (study timing failed: " + e.getMessage() + ")");
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }

    // ---------------------------------------------------------------- study threads

    /**
     * Wall time of a study's runs (no report) with 1 and with 2 threads, each into a fresh folder; the two result
     * stores must hold the same fronts.
     */
    private void studyThreads(Path specFile) {
        org.agrifront.experiment.Study study = org.agrifront.experiment.StudyReader.read(specFile);
        String name = org.agrifront.problems.Problems.defaultName(specFile);
        log.println("== study " + name + " (" + study.tasks().size() + " runs)");
        double[] seconds = new double[3];
        Path[] dirs = new Path[3];
        int[] threads = {1, 1, 2}; // the first 1-thread pass warms the JVM up and generates any synthetic data
        try {
            for (int i = 0; i < threads.length; i++) {
                dirs[i] = Files.createTempDirectory("bench-study-");
                long t0 = System.nanoTime();
                org.agrifront.experiment.StudyRunner.run(study, dirs[i], threads[i], null, null);
                seconds[i] = (System.nanoTime() - t0) / 1e9;
            }
            boolean same = fronts(dirs[1]).equals(fronts(dirs[2]));
            add(BenchRow.cost("threads", name, "study runs, 1 thread", "wall seconds", seconds[1], "s", null, Double.NaN));
            add(BenchRow.cost("threads", name, "study runs, 2 threads" + (same ? " (identical fronts)" : " (FRONTS DIFFER)"),
                    "wall seconds", seconds[2], "s", "1 thread", seconds[1]));
        } catch (java.io.IOException e) {
            log.println("  (study timing failed: " + e.getMessage() + ")");
        }
    }

    /** Every front.csv of a result store, by relative path. */
    private static java.util.Map<String, String> fronts(Path dir) throws java.io.IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.getFileName().toString().equals("front.csv"))::iterator) {
                out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    private void add(BenchRow r) {
        rows.add(r);
        log.printf(Locale.ROOT, "  %-11s %-44s %14.1f %-12s%s%n", r.section(), r.subject(), r.value(), r.unit(),
                r.baseline() == null ? "" : String.format(Locale.ROOT, "  %.1fx vs %s (%.1f)", r.ratio(), r.baseline(), r.baselineValue()));
    }

    // ---------------------------------------------------------------- evaluation

    @SuppressWarnings("unchecked")
    private void evaluation(Problem<?> problem) {
        double secs = options.evaluationSeconds();
        SplittableRandom rng = new SplittableRandom(1);
        if (problem instanceof LandUseProblem land) {
            BoxedLandUse boxed = new BoxedLandUse(land);
            List<List<Integer>> boxedGenomes = new ArrayList<>();
            byte[][] genomes = new byte[16][];
            for (int i = 0; i < genomes.length; i++) {
                genomes[i] = land.encoding().random(rng);
                boxedGenomes.add(BoxedLandUse.box(genomes[i]));
            }
            double[] o = new double[3], v = new double[4];
            int[] k = {0};
            double boxedRate = Timing.rate(() -> {
                boxed.evaluate(boxedGenomes.get(k[0]++ & 15), o, v);
                return 1;
            }, secs / 3, secs);
            add(BenchRow.rate("evaluation", problem.name(), "boxed List<Integer>, full re-sum", "evaluations/s", boxedRate, "evals/s", null, Double.NaN));
            double fullRate = Timing.rate(() -> {
                land.evaluate(genomes[k[0]++ & 15], o, v);
                return 1;
            }, secs / 3, secs);
            add(BenchRow.rate("evaluation", problem.name(), "byte[] genome, full re-sum", "evaluations/s", fullRate, "evals/s", "boxed", boxedRate));
            CategoricalGenome g = CategoricalGenome.of(land, genomes[0].clone());
            g.evaluate(land, o, v);
            int options = land.data().options();
            double incRate = Timing.rate(() -> {
                int cell = rng.nextInt(g.length());
                g.set(cell, (g.get(cell) + 1 + rng.nextInt(options - 1)) % options);
                g.evaluate(land, o, v);
                return 1;
            }, secs / 3, secs);
            add(BenchRow.rate("evaluation", problem.name(), "incremental, 1 changed gene", "evaluations/s", incRate, "evals/s", "boxed", boxedRate));
            return;
        }
        Problem<Object> p = (Problem<Object>) problem;
        Object[] genomes = new Object[16];
        for (int i = 0; i < genomes.length; i++) genomes[i] = p.encoding().random(rng);
        double[] o = new double[p.numberOfObjectives()], v = new double[p.numberOfConstraints()];
        int[] k = {0};
        double rate = Timing.rate(() -> {
            p.evaluate(genomes[k[0]++ & 15], o, v);
            return 1;
        }, secs / 3, secs);
        add(BenchRow.rate("evaluation", problem.name(), "full evaluation", "evaluations/s", rate, "evals/s", null, Double.NaN));
        // the problem's default mutation, when it is a local search, costs more per child than an evaluation
        p.defaultMutation().filter(m -> !m.name().equals("pm")).ifPresent(spec -> {
            org.agrifront.core.variation.Mutation<?> mutation = org.agrifront.core.variation.Operators.mutation(p, spec);
            Object[] start = new Object[16];
            for (int i = 0; i < start.length; i++) start[i] = p.initialGenome(p.defaultInitialization(), i, start.length, rng);
            double children = Timing.rate(() -> {
                Object g = start[k[0]++ & 15];
                Object child = g instanceof double[] d ? d.clone() : g instanceof byte[] b ? b.clone() : g;
                org.agrifront.core.variation.Operators.mutate(mutation, child, rng);
                p.evaluate(child, o, v);
                return 1;
            }, secs / 3, secs);
            add(BenchRow.rate("evaluation", problem.name(), "mutation " + spec + " + evaluation", "children/s", children,
                    "children/s", "full evaluation", rate));
        });
    }

    // ---------------------------------------------------------------- generations

    private <G> double generationsPerSecond(Engine engine, Problem<G> problem, AlgorithmSpec spec, int generations) {
        double[] rates = new double[options.repeats()];
        engine.run(new RunSpec<>(problem, spec, 99, Math.max(10, generations / 3)), RunListener.none()); // warm-up
        for (int r = 0; r < rates.length; r++) {
            long[] marks = new long[2];
            RunListener<G> timer = g -> {
                if (g.index() == 0) marks[0] = System.nanoTime();
                if (g.index() == generations) marks[1] = System.nanoTime();
                return true;
            };
            engine.run(new RunSpec<>(problem, spec, 1 + r, generations), timer);
            rates[r] = generations / ((marks[1] - marks[0]) / 1e9);
        }
        return Timing.median(rates);
    }

    private void generations(Problem<?> problem) {
        int pop = options.population(), gens = options.generations();
        boolean land = problem instanceof LandUseProblem;
        // the DEAP comparison uses one-point crossover and uniform-integer (reset) mutation: so do we on land use
        OperatorSpec cx = land ? OperatorSpec.of("one-point", "probability", 0.9) : null;
        OperatorSpec mu = land ? OperatorSpec.of("reset", "genes", 1.0) : null;
        Map<String, Double> boxed = new LinkedHashMap<>();
        Map<String, Double> fullOnly = new LinkedHashMap<>();
        if (land) {
            LandUseProblem lp = (LandUseProblem) problem;
            BoxedLandUse b = new BoxedLandUse(lp);
            int bg = Math.max(5, gens / 10);
            BoxedBaselines.moeaNsga2Seconds(b, pop, 3, 7); // warm-up
            double moea = Timing.median(new double[] {bg / BoxedBaselines.moeaNsga2Seconds(b, pop, bg, 1),
                    bg / BoxedBaselines.moeaNsga2Seconds(b, pop, bg, 2), bg / BoxedBaselines.moeaNsga2Seconds(b, pop, bg, 3)});
            add(BenchRow.rate("generations", problem.name(), "moea nsga2, one variable per gene", "generations/s", moea, "gen/s", null, Double.NaN));
            BoxedBaselines.jmetalNsga2Seconds(b, pop, 3, 7);
            double jm = Timing.median(new double[] {bg / BoxedBaselines.jmetalNsga2Seconds(b, pop, bg, 1),
                    bg / BoxedBaselines.jmetalNsga2Seconds(b, pop, bg, 2), bg / BoxedBaselines.jmetalNsga2Seconds(b, pop, bg, 3)});
            add(BenchRow.rate("generations", problem.name(), "jmetal nsga2, List<Integer> genome", "generations/s", jm, "gen/s", null, Double.NaN));
            boxed.put("moea", moea);
            boxed.put("jmetal", jm);
            FullEvaluationOnly<byte[]> full = new FullEvaluationOnly<>(lp);
            for (String e : List.of("moea", "jmetal")) {
                double r = generationsPerSecond(Engines.get(e), full, new AlgorithmSpec("nsga2", pop, cx, mu, null, null, null), gens);
                fullOnly.put(e, r);
                add(BenchRow.rate("generations", problem.name(), e + " nsga2, byte[] genome, full re-sum", "generations/s", r, "gen/s",
                        e + " boxed", boxed.get(e)));
            }
        }
        for (String e : List.of("moea", "jmetal")) {
            for (String a : List.of("nsga2", "nsga3")) {
                double r = generationsPerSecond(Engines.get(e), problem, new AlgorithmSpec(a, pop, cx, mu, null, null, null), gens);
                String base = land ? e + " boxed nsga2" : null;
                add(BenchRow.rate("generations", problem.name(), e + " " + a + (land ? ", byte[] + incremental" : ""), "generations/s",
                        r, "gen/s", base, land ? boxed.get(e) : Double.NaN));
            }
        }
        if (land) {
            // the problem's own default operators (exchange mutation, no crossover) against reset in the same run
            double reset = generationsPerSecond(Engines.get("moea"), problem, new AlgorithmSpec("nsga2", pop, null,
                    OperatorSpec.of("reset", "genes", 1.0), null, Problem.NEUTRAL, null), gens);
            add(BenchRow.rate("generations", problem.name(), "moea nsga2, neutral start, reset mutation", "generations/s",
                    reset, "gen/s", null, Double.NaN));
            double own = generationsPerSecond(Engines.get("moea"), problem, new AlgorithmSpec("nsga2", pop, null, null,
                    null, Problem.NEUTRAL, null), gens);
            add(BenchRow.rate("generations", problem.name(), "moea nsga2, neutral start, problem defaults ("
                    + problem.defaultMutation().map(OperatorSpec::toString).orElse("reset") + ")", "generations/s", own,
                    "gen/s", "reset mutation", reset));
        }
        if (problem instanceof org.agrifront.problems.cropswitch.CropSwitchProblem) {
            // the default climb (compound moves, extreme archive) against the directed exchanges it replaced
            OperatorSpec exchange = OperatorSpec.parse("exchange:swaps=40,directed=1");
            double before = generationsPerSecond(Engines.get("moea"), problem, new AlgorithmSpec("nsga3", pop, null, exchange,
                    null, Problem.NEUTRAL, null), gens);
            add(BenchRow.rate("generations", problem.name(), "moea nsga3, neutral start, " + exchange, "generations/s", before,
                    "gen/s", null, Double.NaN));
            double climb = generationsPerSecond(Engines.get("moea"), problem, new AlgorithmSpec("nsga3", pop, null, null,
                    null, Problem.NEUTRAL, null), gens);
            add(BenchRow.rate("generations", problem.name(), "moea nsga3, neutral start, problem defaults ("
                    + problem.defaultMutation().map(OperatorSpec::toString).orElse("?") + ")", "generations/s", climb, "gen/s",
                    exchange.toString(), before));
        }
        if (land && options.deapScript() != null) deap(problem);
    }

    /**
     * Generations/s of every algorithm of both engines that accepts a categorical genome (or those named in
     * {@code --algorithms}; {@code none} skips), each beside its engine's NSGA-II timed in the same section, with the
     * problem's own operators (one-point crossover, reset mutation as above) and population.
     */
    private void algorithms(LandUseProblem problem) {
        List<String> wanted = options.algorithms() == null ? List.of() : options.algorithms();
        if (wanted.contains("none")) return;
        int pop = options.population(), gens = options.generations();
        OperatorSpec cx = OperatorSpec.of("one-point", "probability", 0.9);
        OperatorSpec mu = OperatorSpec.of("reset", "genes", 1.0);
        for (Engine e : Engines.all()) {
            double nsga2 = generationsPerSecond(e, problem, new AlgorithmSpec("nsga2", pop, cx, mu, null, null, null), gens);
            for (org.agrifront.engine.AlgorithmDescriptor d : e.algorithms().all()) {
                if (!d.accepts(org.agrifront.engine.GenomeKind.CATEGORICAL) || d.name().equals("nsga2")) continue;
                if (!wanted.isEmpty() && wanted.stream().noneMatch(w -> e.algorithms().has(w) && e.algorithms().get(w) == d)) continue;
                long t0 = System.nanoTime();
                double r = generationsPerSecond(e, problem, new AlgorithmSpec(d.name(), pop, cx, mu, null, null, null), gens);
                log.printf(Locale.ROOT, "  %s %s: %.1f gen/s (%.2f x nsga2, %.0f s)%n", e.name(), d.name(), r, r / nsga2,
                        (System.nanoTime() - t0) / 1e9);
                add(BenchRow.rate("algorithms", problem.name(), e.name() + " " + d.name(), "generations/s", r, "gen/s",
                        e.name() + " nsga2", nsga2));
            }
        }
    }

    private void deap(Problem<?> problem) {
        Path script = options.deapScript();
        Path data = options.data() != null ? options.data() : Path.of("..", "shared", "data", "lpjguess");
        if (!Files.isRegularFile(script) || !Files.isDirectory(data.resolve("ESquant"))) {
            log.println("  (DEAP comparison skipped: needs " + script + " and the real data at " + data + ")");
            return;
        }
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), data.toString(), "10").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0 || !out.contains("generations_per_s=")) {
                log.println("  (DEAP comparison failed: " + out.strip() + ")");
                return;
            }
            double deap = Double.parseDouble(out.replaceAll("(?s).*generations_per_s=([0-9.]+).*", "$1"));
            add(BenchRow.rate("generations", problem.name(), "deap nsga2 (python, same data)", "generations/s", deap, "gen/s", null, Double.NaN));
            List<BenchRow> ours = new ArrayList<>();
            for (BenchRow r : rows) {
                if (r.section().equals("generations") && r.problem().equals(problem.name()) && r.subject().endsWith("incremental")) ours.add(r);
            }
            for (BenchRow r : ours) {
                add(BenchRow.rate("vs-deap", problem.name(), r.subject(), "generations/s", r.value(), "gen/s", "deap nsga2", deap));
            }
        } catch (java.io.IOException | InterruptedException e) {
            log.println("  (DEAP comparison failed: " + e.getMessage() + ")");
        }
    }

    // ---------------------------------------------------------------- memory

    private void memory(LandUseProblem land) {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 200;
        double ours = bytesPer(n, () -> {
            CategoricalGenome g = CategoricalGenome.of(land, land.encoding().random(rng));
            return new org.agrifront.engine.Candidate<>(g, 3, 4);
        });
        BoxedLandUse b = new BoxedLandUse(land);
        double boxedList = bytesPer(n, () -> {
            List<Integer> g = new ArrayList<>(b.cells);
            for (int i = 0; i < b.cells; i++) g.add(1000 + rng.nextInt(b.options)); // values a user might store: not all cached
            return g;
        });
        double moeaObjects = bytesPer(20, () -> {
            org.moeaframework.core.Solution s = new org.moeaframework.core.Solution(b.cells, 3, 4);
            for (int i = 0; i < b.cells; i++) s.setVariable(i, new org.moeaframework.core.variable.BinaryIntegerVariable(0, b.options - 1));
            return s;
        });
        add(BenchRow.cost("memory", land.name(), "MOEA one BinaryIntegerVariable per gene", "bytes/solution", moeaObjects, "bytes", null, Double.NaN));
        add(BenchRow.cost("memory", land.name(), "List<Integer> genome", "bytes/solution", boxedList, "bytes", null, Double.NaN));
        add(BenchRow.cost("memory", land.name(), "Agrifront genome (byte[] + sums)", "bytes/solution", ours, "bytes",
                "MOEA one variable per gene", moeaObjects));
        add(BenchRow.cost("memory", land.name(), "Agrifront genome (byte[] + sums)", "bytes/solution", ours, "bytes",
                "List<Integer>", boxedList));
    }

    private static double bytesPer(int count, java.util.function.Supplier<Object> make) {
        Runtime rt = Runtime.getRuntime();
        Object[] keep = new Object[count];
        long before = used(rt);
        for (int i = 0; i < count; i++) keep[i] = make.get();
        long after = used(rt);
        if (keep[count - 1] == null) throw new IllegalStateException();
        return (after - before) / (double) count;
    }

    private static long used(Runtime rt) {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    // ---------------------------------------------------------------- profile

    private void profile(Problem<?> problem) {
        boolean land = problem instanceof LandUseProblem;
        OperatorSpec cx = land ? OperatorSpec.of("one-point", "probability", 0.9) : null;
        OperatorSpec mu = land ? OperatorSpec.of("reset", "genes", 1.0) : null;
        for (String e : List.of("moea", "jmetal")) {
            for (String a : List.of("nsga2", "nsga3")) {
                Profile p = new Profile();
                profileRun(Engines.get(e), problem, new AlgorithmSpec(a, options.population(), cx, mu, null, null, null), p);
                double total = p.total;
                add(new BenchRow("profile", problem.name(), e + " " + a + ": evaluation", "share of run time", 100 * p.evaluation / total, "%", null, Double.NaN, Double.NaN));
                add(new BenchRow("profile", problem.name(), e + " " + a + ": variation", "share of run time", 100 * p.variation / total, "%", null, Double.NaN, Double.NaN));
                add(new BenchRow("profile", problem.name(), e + " " + a + ": selection, sorting, library", "share of run time",
                        100 * (total - p.evaluation - p.variation) / total, "%", null, Double.NaN, Double.NaN));
            }
        }
    }

    private <G> void profileRun(Engine engine, Problem<G> problem, AlgorithmSpec spec, Profile sink) {
        engine.run(new RunSpec<>(problem, spec, 3, Math.max(10, options.generations() / 3)), RunListener.none());
        @SuppressWarnings("unchecked")
        RunListener<G> l = (RunListener<G>) sink;
        engine.run(new RunSpec<>(problem, spec, 4, options.generations()), l);
    }

    /** Receives the run's timing split. */
    private static final class Profile implements RunListener<Object>, ProfileSink {
        double evaluation, variation, total;

        @Override
        public boolean onGeneration(Generation<Object> generation) {
            return true;
        }

        @Override
        public void profile(long evaluationNanos, long variationNanos, long totalNanos, long evaluations) {
            evaluation = evaluationNanos;
            variation = variationNanos;
            total = totalNanos;
        }
    }

    // ---------------------------------------------------------------- output

    /** Writes bench.csv (one row per figure) and bench.json (machine and settings). */
    public void write(Path dir) {
        StringBuilder sb = new StringBuilder("section,problem,subject,metric,value,unit,baseline,baseline_value,ratio\n");
        for (BenchRow r : rows) {
            sb.append(r.section()).append(',').append(r.problem()).append(",\"").append(r.subject()).append("\",")
                    .append(r.metric()).append(',').append(Numbers.format(round(r.value()))).append(',').append(r.unit()).append(',')
                    .append(r.baseline() == null ? "" : "\"" + r.baseline() + "\"").append(',')
                    .append(r.baseline() == null ? "" : Numbers.format(round(r.baselineValue()))).append(',')
                    .append(Double.isNaN(r.ratio()) ? "" : Numbers.format(round(r.ratio()))).append('\n');
        }
        AtomicFiles.writeString(dir.resolve("bench.csv"), sb.toString());
        Map<String, Object> meta = new LinkedHashMap<>(machine());
        meta.put("population", options.population());
        meta.put("generations", options.generations());
        meta.put("repeats", options.repeats());
        meta.put("problems", options.problems().stream().map(Path::toString).toList());
        meta.put("engines", List.of(new MoeaEngine().version(), new JMetalEngine().version()));
        org.agrifront.experiment.RunFiles.writeRunJson(dir.resolve("bench.json"), meta);
    }

    private static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return v;
        double scale = Math.pow(10, Math.max(0, 3 - (int) Math.floor(Math.log10(Math.max(1e-9, Math.abs(v))))));
        return Math.round(v * scale) / scale;
    }

    /** What the figures were measured on. */
    public static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    m.put("cpu", line.substring(line.indexOf(':') + 1).trim());
                    break;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            m.put("cpu", "unknown");
        }
        return m;
    }
}
