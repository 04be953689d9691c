package org.agrifront.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.agrifront.analysis.QualityIndicators;
import org.agrifront.core.Problem;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.core.variation.Operators;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.ConstraintHandling;
import org.agrifront.engine.Engine;
import org.agrifront.engine.Engines;
import org.agrifront.engine.FrontSource;
import org.agrifront.io.Json;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;

/**
 * Reads and validates an experiment file into a {@link Study}. Every error is one {@link InputException} naming the
 * file and the JSON path ({@code $.algorithms[2].engine}) with what was expected and found. Problem files are
 * loaded (and checked) as well; relative paths resolve against the repository root, i.e. the folder holding
 * {@code experiments/}, or else the experiment file's own folder.
 */
public final class StudyReader {
    /** Algorithm parameters the engines read (anything else is a typo). */
    static final int DEFAULT_POPULATION = 100;
    /** Most runs in one study: each is a folder of files, and the task list is held in memory. */
    static final int MAX_RUNS = 1_000_000;

    private StudyReader() {
    }

    /** True when {@code root} looks like an experiment file rather than a problem file (which has a "type"). */
    public static boolean isStudy(com.fasterxml.jackson.databind.JsonNode root) {
        return root.isObject() && !root.has("type") && (root.has("algorithms") || root.has("problems") || root.has("seeds"));
    }

    public static Study read(Path file) {
        StudySpec spec = Json.read(file, StudySpec.class);
        Path base = baseDir(file);
        String name = spec.name() != null ? spec.name() : Problems.defaultName(file);
        checkName(file, "$.name", name);

        // seeds first: cheap to check, and a bad count should not wait for every problem to load
        StudySpec.Seeds seeds = Json.require(file, "$.seeds", spec.seeds());
        int count = Json.require(file, "$.seeds.count", seeds.count());
        if (count < 1) throw Json.invalid(file, "$.seeds.count", "expected an integer >= 1, found " + count);
        long first = seeds.base() == null ? 1 : seeds.base();
        if (first < 0) throw Json.invalid(file, "$.seeds.base", "expected a seed >= 0, found " + first);
        if (first > Long.MAX_VALUE - (count - 1)) {
            throw Json.invalid(file, "$.seeds.base", "seeds " + first + " to " + first + " + " + (count - 1)
                    + " pass the largest seed " + Long.MAX_VALUE + "; use a smaller base");
        }
        int np = Math.max(1, spec.problems() == null ? 0 : spec.problems().size());
        int na = Math.max(1, spec.algorithms() == null ? 0 : spec.algorithms().size());
        long runs = (long) count * np * na;
        if (runs > MAX_RUNS) {
            throw Json.invalid(file, "$.seeds.count", count + " seeds x " + na + " algorithms x " + np
                    + " problems make " + runs + " runs; a study holds at most " + MAX_RUNS);
        }
        List<Long> seedList = new ArrayList<>();
        for (int k = 0; k < count; k++) seedList.add(first + k);

        List<StudySpec.ProblemEntry> problemEntries = nonEmpty(file, "$.problems", spec.problems());
        List<Study.StudyProblem> problems = new ArrayList<>();
        Set<String> problemNames = new HashSet<>();
        for (int i = 0; i < problemEntries.size(); i++) {
            String path = "$.problems[" + i + "]";
            StudySpec.ProblemEntry e = Json.require(file, path, problemEntries.get(i));
            Path problemFile = resolve(base, Json.require(file, path + ".file", e.file()));
            if (!Files.isRegularFile(problemFile)) {
                throw Json.invalid(file, path + ".file", "problem file " + problemFile + " not found");
            }
            Path data = e.data() == null ? null : resolve(base, e.data());
            Problem<?> problem = Problems.load(ProblemSource.of(problemFile, data));
            Path reference = null;
            if (e.referenceFront() != null) {
                reference = resolve(base, e.referenceFront());
                if (!Files.isRegularFile(reference)) {
                    throw Json.invalid(file, path + ".referenceFront", "reference front " + reference
                            + " not found (write it with: agrifront bounds " + e.file() + ")");
                }
            }
            checkName(file, path + ".file", problem.name());
            if (!problemNames.add(problem.name())) {
                throw Json.invalid(file, path + ".file", "problem '" + problem.name() + "' is listed twice");
            }
            problems.add(new Study.StudyProblem(problem.name(), problemFile, data, reference, problem));
        }

        StudySpec.Budget budget = Json.require(file, "$.budget", spec.budget());
        if ((budget.generations() == null) == (budget.evaluations() == null)) {
            throw Json.invalid(file, "$.budget", "give exactly one of 'generations' and 'evaluations'");
        }
        if (budget.generations() != null && budget.generations() < 0) {
            throw Json.invalid(file, "$.budget.generations", "expected an integer >= 0, found " + budget.generations());
        }
        if (budget.evaluations() != null && budget.evaluations() < 1) {
            throw Json.invalid(file, "$.budget.evaluations", "expected an integer >= 1, found " + budget.evaluations());
        }

        List<StudySpec.AlgorithmEntry> algorithmEntries = nonEmpty(file, "$.algorithms", spec.algorithms());
        List<Study.StudyAlgorithm> algorithms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < algorithmEntries.size(); i++) {
            Study.StudyAlgorithm a = algorithm(file, "$.algorithms[" + i + "]", algorithmEntries.get(i), budget, problems);
            if (!ids.add(a.id())) {
                throw Json.invalid(file, "$.algorithms[" + i + "]", "a second '" + a.id()
                        + "'; give each configuration of the same engine and algorithm its own \"label\"");
            }
            algorithms.add(a);
        }

        int trace = spec.traceInterval() == null ? 10 : spec.traceInterval();
        if (trace < 1) throw Json.invalid(file, "$.traceInterval", "expected generations >= 1, found " + trace);
        int threads = spec.threads() == null ? Runtime.getRuntime().availableProcessors() : spec.threads();
        if (threads < 1) throw Json.invalid(file, "$.threads", "expected an integer >= 1, found " + threads);
        boolean solutions = spec.solutions() == null || spec.solutions();
        SlurmOptions.fromSpec(file, spec.slurm()); // checked here too, so 'validate' catches a bad block before an export
        return new Study(file, name, spec.description(), problems, algorithms, seedList, trace, threads, solutions,
                analysis(file, spec.analysis()));
    }

    /** The experiment file's {@code "slurm"} block, checked, with defaults for what it leaves out. */
    public static SlurmOptions slurm(Path file) {
        return SlurmOptions.fromSpec(file, Json.read(file, StudySpec.class).slurm());
    }

    private static Study.StudyAlgorithm algorithm(Path file, String path, StudySpec.AlgorithmEntry e,
                                                  StudySpec.Budget budget, List<Study.StudyProblem> problems) {
        Json.require(file, path, e);
        String engineName = Json.require(file, path + ".engine", e.engine());
        Engine engine = attempt(file, path + ".engine", () -> Engines.get(engineName));
        String name = attempt(file, path + ".name", () -> engine.algorithms().get(Json.require(file, path + ".name", e.name())).name());
        int population = e.population() == null ? DEFAULT_POPULATION : e.population();
        if (population < 2) throw Json.invalid(file, path + ".population", "expected an integer >= 2, found " + population);
        OperatorSpec crossover = e.crossover() == null ? null : attempt(file, path + ".crossover", () -> OperatorSpec.parse(e.crossover()));
        OperatorSpec mutation = e.mutation() == null ? null : attempt(file, path + ".mutation", () -> OperatorSpec.parse(e.mutation()));
        ConstraintHandling handling = e.constraintHandling() == null ? ConstraintHandling.DOMINANCE
                : attempt(file, path + ".constraintHandling", () -> ConstraintHandling.parse(e.constraintHandling()));
        Map<String, Double> parameters = e.parameters() == null ? Map.of() : e.parameters();
        for (Map.Entry<String, Double> p : parameters.entrySet()) {
            if (p.getValue() == null) throw Json.invalid(file, path + ".parameters." + p.getKey(), "expected a number, found null");
            attempt(file, path + ".parameters." + p.getKey(),
                    () -> engine.algorithms().check(AlgorithmSpec.of(name, 2).withParameters(Map.of(p.getKey(), p.getValue())), null));
        }
        AlgorithmSpec given = new AlgorithmSpec(name, population, crossover, mutation, handling,
                e.initialization() == null ? Problem.NEUTRAL : e.initialization(), parameters);
        attempt(file, path + ".parameters.archive", () -> FrontSource.of(given));
        AlgorithmSpec spec = attempt(file, path + ".front", () -> FrontSource.apply(given, e.front()));
        List<String> only = e.problems();
        if (only != null) {
            if (only.isEmpty()) throw Json.invalid(file, path + ".problems", "expected at least one problem name (leave it out for all)");
            List<String> names = problems.stream().map(Study.StudyProblem::name).toList();
            for (int k = 0; k < only.size(); k++) {
                if (!names.contains(only.get(k))) {
                    throw Json.invalid(file, path + ".problems[" + k + "]", "no problem named '" + only.get(k) + "'; the study's problems: "
                            + String.join(", ", names));
                }
            }
        }
        for (Study.StudyProblem p : problems) {
            if (only != null && !only.contains(p.name())) continue;
            Problem<?> problem = p.problem();
            attempt(file, path + ".name", () -> {
                try {
                    return engine.algorithms().check(AlgorithmSpec.of(name, 2), org.agrifront.engine.GenomeKind.of(problem));
                } catch (IllegalArgumentException x) {
                    throw new IllegalArgumentException(x.getMessage() + " (problem " + p.name()
                            + "; list the problems it applies to in \"problems\")");
                }
            });
            if (spec.initialization().equals(Problem.NEUTRAL)) {
                // neutral: the problem's neutral start, or its default where it has none (Start.resolve)
            } else if (!problem.initializations().contains(spec.initialization())) {
                throw Json.invalid(file, path + ".initialization", "unknown initialisation '" + spec.initialization()
                        + "' for problem " + p.name() + "; known: " + String.join(", ", problem.initializations()));
            }
            if (crossover != null) attempt(file, path + ".crossover", () -> Operators.crossover(problem, crossover));
            if (mutation != null) attempt(file, path + ".mutation", () -> Operators.mutation(problem, mutation));
            attempt(file, path + ".population", () -> {
                org.agrifront.engine.MemoryBudget.check(problem, spec);
                return null;
            });
            if (handling == ConstraintHandling.REPAIR && problem.repair().isEmpty()) {
                throw Json.invalid(file, path + ".constraintHandling", "problem " + p.name() + " has no repair");
            }
        }
        String seeding = e.seeding() == null ? SeedingMethod.RANDOM : e.seeding();
        if (!seeding.equals(SeedingMethod.RANDOM)) {
            SeedingMethod method = attempt(file, path + ".seeding", () -> SeedingMethod.forName(seeding));
            for (Study.StudyProblem p : problems) {
                if (only != null && !only.contains(p.name())) continue;
                if (!method.supports(p.problem())) {
                    throw Json.invalid(file, path + ".seeding", "seeding '" + seeding + "' does not apply to problem " + p.name());
                }
            }
        }
        int generations = budget.generations() != null ? budget.generations()
                : (int) Math.max(0, (budget.evaluations() + population - 1) / population - 1);
        String label = e.label() != null ? e.label() : name;
        checkName(file, path + ".label", label);
        return new Study.StudyAlgorithm(engine.name() + "-" + label, engine.name(), label, spec, generations, seeding, only);
    }

    private static Study.Analysis analysis(Path file, StudySpec.Analysis a) {
        if (a == null) return Study.Analysis.defaults();
        QualityIndicators.Settings d = QualityIndicators.Settings.defaults();
        QualityIndicators.Settings s = attempt(file, "$.analysis", () -> new QualityIndicators.Settings(
                a.referencePoint() == null ? d.referencePoint() : a.referencePoint(),
                a.exactHypervolumeUpTo() == null ? d.exactUpTo() : a.exactHypervolumeUpTo(),
                a.hypervolumeSamples() == null ? d.monteCarloSamples() : a.hypervolumeSamples(), d.seed()));
        int resamples = a.bootstrapResamples() == null ? Study.Analysis.defaults().bootstrapResamples() : a.bootstrapResamples();
        if (resamples < 100) throw Json.invalid(file, "$.analysis.bootstrapResamples", "expected an integer >= 100, found " + resamples);
        return new Study.Analysis(s, resamples);
    }

    /** Runs {@code check}, turning an IllegalArgumentException into an error at {@code path}. */
    private static <T> T attempt(Path file, String path, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw Json.invalid(file, path, e.getMessage());
        }
    }

    private static <T> List<T> nonEmpty(Path file, String path, List<T> list) {
        Json.require(file, path, list);
        if (list.isEmpty()) throw Json.invalid(file, path, "expected at least one entry");
        return list;
    }

    /** Names become folder names: letters, digits, '.', '_' and '-' only. */
    private static void checkName(Path file, String path, String name) {
        if (name.isEmpty() || !name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            throw Json.invalid(file, path, "'" + name + "' cannot name a folder; use letters, digits, '.', '_' and '-'");
        }
    }

    /** The repository root for files in {@code experiments/}, else the file's folder. */
    static Path baseDir(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("experiments")
                && parent.getParent() != null) return parent.getParent();
        return parent;
    }

    private static Path resolve(Path base, String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : base.resolve(p).normalize();
    }
}
