package org.agrifront.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.agrifront.core.Dominance;
import org.agrifront.core.Individual;
import org.agrifront.core.Problem;
import org.agrifront.core.Repair;
import org.agrifront.core.Sense;
import org.agrifront.core.variation.Crossover;
import org.agrifront.core.variation.GenerationAware;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.core.variation.Operators;

/**
 * What both adapters share for one run: operators, initialisation, evaluation into natural and library form,
 * constraint handling, progress reporting and the final front. The adapters only translate between this and
 * their library's solution, variation and algorithm types.
 */
public final class RunContext<G, W> {
    public final RunSpec<G> spec;
    public final Problem<G> problem;
    public final GenomeOps<G, W> ops;
    public final RandomGenerator rng;
    public final int objectives;
    public final int constraints;
    private final Sense[] senses;
    private final Crossover<?> crossover;
    private final Mutation<?> mutation;
    private final Repair<G> repair;
    private final ConstraintHandling handling;
    private final double penalty;
    private final RunListener<G> listener;
    private final long start = System.nanoTime();
    private long evaluations;
    private final boolean profiling;
    private long evaluationNanos;
    private long variationNanos;
    private final java.util.Map<String, Object> diagnostics = new java.util.TreeMap<>();
    /** Best feasible solution seen per objective (parameter {@code extremeArchive=1}), else null. */
    private final Individual<G>[] extremes;
    /** Non-dominated solutions seen, feasible first (parameter {@code archive=N}, see {@link FrontSource}), else null. */
    private final NondominatedArchive<G> archive;
    private final FrontSource frontSource;
    private final double[] scratch;
    /** Thread time spent making the initial population and in the archive, for run.json's timing and bench --study. */
    private long startNanos, archiveNanos;

    @SuppressWarnings("unchecked")
    public RunContext(RunSpec<G> spec, RandomGenerator rng, RunListener<G> listener) {
        this.spec = spec;
        this.problem = spec.problem();
        this.ops = (GenomeOps<G, W>) GenomeOps.forProblem(problem);
        this.rng = rng;
        this.objectives = problem.numberOfObjectives();
        this.constraints = problem.numberOfConstraints();
        this.senses = Dominance.senses(problem);
        AlgorithmSpec a = spec.algorithm();
        OperatorSpec cx = a.crossover() != null ? a.crossover()
                : problem.defaultCrossover().orElse(Operators.defaultCrossover(problem.encoding()));
        OperatorSpec mu = a.mutation() != null ? a.mutation()
                : problem.defaultMutation().orElse(Operators.defaultMutation(problem.encoding()));
        this.crossover = Operators.crossover(problem, cx);
        this.mutation = Operators.mutation(problem, mu);
        this.handling = a.constraintHandling();
        this.penalty = a.parameter("penalty", 1e3);
        Optional<Repair<G>> r = problem.repair();
        if (handling == ConstraintHandling.REPAIR && r.isEmpty()) {
            throw new IllegalArgumentException("constraint handling 'repair' needs a repair, and problem "
                    + problem.name() + " has none");
        }
        this.repair = handling == ConstraintHandling.REPAIR ? r.get() : null;
        if (!problem.initializations().contains(a.initialization())) {
            throw new IllegalArgumentException("unknown initialisation '" + a.initialization() + "' for problem "
                    + problem.name() + "; known: " + String.join(", ", problem.initializations()));
        }
        this.listener = listener == null ? RunListener.none() : listener;
        this.profiling = listener instanceof ProfileSink;
        double archive = a.parameter("extremeArchive", 0);
        if (archive != 0 && archive != 1) throw new IllegalArgumentException("parameter extremeArchive must be 0 or 1, found " + archive);
        @SuppressWarnings("unchecked")
        Individual<G>[] e = archive == 1 ? new Individual[objectives] : null;
        this.extremes = e;
        this.frontSource = FrontSource.of(a);
        this.archive = frontSource.archived() ? new NondominatedArchive<>(frontSource.archive()) : null;
        this.scratch = new double[objectives];
    }

    /** Number of constraints the library sees (none under penalty handling). */
    public int libraryConstraints() {
        return handling == ConstraintHandling.PENALTY ? 0 : constraints;
    }

    /** Member {@code index} of the initial population: an injected seed if there is one, else the initialisation. */
    public Candidate<W> initial(int index, int size) {
        long t0 = System.nanoTime();
        try {
            return makeInitial(index, size);
        } finally {
            startNanos += System.nanoTime() - t0;
        }
    }

    private Candidate<W> makeInitial(int index, int size) {
        List<G> seeds = spec.initialPopulation();
        G genome = index < seeds.size()
                ? copyOf(seeds.get(index))
                : problem.initialGenome(spec.algorithm().initialization(), index, size, rng);
        if (repair != null) repair.repair(genome);
        return new Candidate<>(ops.wrap(genome), objectives, constraints);
    }

    @SuppressWarnings("unchecked")
    private G copyOf(G genome) {
        if (genome instanceof byte[] b) return (G) b.clone();
        if (genome instanceof double[] d) return (G) d.clone();
        throw new IllegalArgumentException("unsupported genome type " + genome.getClass());
    }

    /** An unevaluated copy of {@code parent}'s genome (the incremental state travels with it). */
    public Candidate<W> child(Candidate<W> parent) {
        long t0 = profiling ? System.nanoTime() : 0;
        Candidate<W> c = parent.withGenome(ops.copy(parent.genome));
        c.evaluated = false;
        if (profiling) variationNanos += System.nanoTime() - t0;
        return c;
    }

    /** Crossover of two children (already copies), then mutation and, under repair handling, repair of both. */
    public void vary(Candidate<W> a, Candidate<W> b) {
        cross(a, b);
        mutate(a);
        mutate(b);
    }

    /** Crossover only, for libraries that call mutation themselves (jMetal). */
    public void cross(Candidate<W> a, Candidate<W> b) {
        long t0 = profiling ? System.nanoTime() : 0;
        Operators.cross(crossover, a.genome, b.genome, rng);
        if (profiling) variationNanos += System.nanoTime() - t0;
        a.evaluated = false;
        b.evaluated = false;
    }

    /** True when the library must see constraints (every handling but penalty). */
    public boolean constrained() {
        return handling != ConstraintHandling.PENALTY && constraints > 0;
    }

    /** Mutation (and repair) of one child. */
    public void mutate(Candidate<W> c) {
        long t0 = profiling ? System.nanoTime() : 0;
        Operators.mutate(mutation, c.genome, rng);
        c.evaluated = false;
        if (repair != null) repairWorking(c);
        if (profiling) variationNanos += System.nanoTime() - t0;
    }

    @SuppressWarnings("unchecked")
    private void repairWorking(Candidate<W> c) {
        if (c.genome instanceof double[] x) {
            repair.repair((G) x);
        } else if (c.genome instanceof org.agrifront.core.CategoricalGenome g) {
            repair.repair((G) g.genes());
            g.invalidate();
        }
    }

    /**
     * Evaluates {@code c} in natural units and writes the library's view: minimisation-form objectives into
     * {@code libraryObjectives}, violations (≥ 0) into {@code libraryViolations} unless penalty handling folds
     * them into the objectives.
     */
    public void evaluate(Candidate<W> c, double[] libraryObjectives, double[] libraryViolations) {
        long t0 = profiling ? System.nanoTime() : 0;
        ops.evaluate(c.genome, c.objectives, c.violations);
        if (profiling) evaluationNanos += System.nanoTime() - t0;
        evaluated(c, libraryObjectives, libraryViolations);
    }

    /** True when the problem wants whole populations at once ({@link Problem#batchSize()} above 1). */
    public boolean batched() {
        return problem.batchSize() > 1;
    }

    /**
     * The population-level evaluation hook: evaluates {@code cs} in order, in chunks of the problem's
     * {@link Problem#batchSize()}, then does for each what {@link #evaluate} does (count, archive, library view, in
     * the same order), so a run is the same whether its problem batches or not. Row {@code i} of the library arrays
     * belongs to {@code cs.get(i)}.
     */
    public void evaluateAll(List<Candidate<W>> cs, double[][] libraryObjectives, double[][] libraryViolations) {
        int batch = Math.max(1, problem.batchSize());
        for (int from = 0; from < cs.size(); from += batch) {
            int to = Math.min(cs.size(), from + batch);
            List<W> genomes = new ArrayList<>(to - from);
            double[][] o = new double[to - from][], v = new double[to - from][];
            for (int i = from; i < to; i++) {
                Candidate<W> c = cs.get(i);
                genomes.add(c.genome);
                o[i - from] = c.objectives;
                v[i - from] = c.violations;
            }
            long t0 = profiling ? System.nanoTime() : 0;
            ops.evaluateAll(genomes, o, v);
            if (profiling) evaluationNanos += System.nanoTime() - t0;
            for (int i = from; i < to; i++) {
                evaluated(cs.get(i), libraryObjectives[i], libraryViolations == null ? null : libraryViolations[i]);
            }
        }
    }

    private void evaluated(Candidate<W> c, double[] libraryObjectives, double[] libraryViolations) {
        evaluations++;
        double total = 0;
        for (double v : c.violations) total += v;
        c.totalViolation = total;
        c.evaluated = true;
        for (int i = 0; i < objectives; i++) {
            double m = senses[i].toMinimization(c.objectives[i]);
            libraryObjectives[i] = handling == ConstraintHandling.PENALTY ? m + penalty * total : m;
        }
        if (libraryViolations != null && handling != ConstraintHandling.PENALTY) {
            System.arraycopy(c.violations, 0, libraryViolations, 0, constraints);
        }
        if (extremes != null && total == 0) archive(c);
        if (archive != null) {
            for (int i = 0; i < objectives; i++) scratch[i] = senses[i].toMinimization(c.objectives[i]);
            long a0 = System.nanoTime();
            archive.offer(scratch, total, () -> individual(c));
            archiveNanos += System.nanoTime() - a0;
        }
    }

    /**
     * Keeps the best feasible solution of each objective. At many objectives NSGA-III's niching can drop an
     * objective's best solution (it need not sit near an axis direction, so it competes in a crowded niche): seeded
     * single-objective optima of the crop-switching problem were lost this way. The archive adds them back to the
     * final front; the population is untouched.
     */
    private void archive(Candidate<W> c) {
        Individual<G> copy = null;
        for (int i = 0; i < objectives; i++) {
            double v = senses[i].toMinimization(c.objectives[i]);
            if (extremes[i] == null || v < senses[i].toMinimization(extremes[i].objectives()[i])) {
                if (copy == null) copy = individual(c);
                extremes[i] = copy;
            }
        }
    }

    public long evaluations() {
        return evaluations;
    }

    public long elapsedNanos() {
        return System.nanoTime() - start;
    }

    public Individual<G> individual(Candidate<W> c) {
        return new Individual<>(ops.export(c.genome), c.objectives.clone(), c.violations.clone());
    }

    public List<Individual<G>> individuals(List<Candidate<W>> population) {
        List<Individual<G>> out = new ArrayList<>(population.size());
        for (Candidate<W> c : population) out.add(individual(c));
        return out;
    }

    /**
     * Reports generation {@code index} to adaptive operators and the listener. Returns false when the listener
     * asks to stop.
     */
    public boolean report(int index, java.util.function.Supplier<List<Candidate<W>>> population) {
        if (crossover instanceof GenerationAware || mutation instanceof GenerationAware) {
            List<Candidate<W>> pop = population.get();
            double[][] f = new double[pop.size()][objectives];
            double[] v = new double[pop.size()];
            for (int i = 0; i < pop.size(); i++) {
                for (int j = 0; j < objectives; j++) f[i][j] = senses[j].toMinimization(pop.get(i).objectives[j]);
                v[i] = pop.get(i).totalViolation;
            }
            if (crossover instanceof GenerationAware g) g.onGeneration(index, f, v);
            if (mutation instanceof GenerationAware g) g.onGeneration(index, f, v);
        }
        return listener.onGeneration(new Generation<>(index, evaluations, elapsedNanos(),
                () -> individuals(population.get()), () -> front(population.get())));
    }

    /** Where the front comes from: the archive (default) or the population. */
    public FrontSource frontSource() {
        return frontSource;
    }

    /** The current front as the final result defines it: the archive's members, or the population's front. */
    private List<Individual<G>> front(List<Candidate<W>> population) {
        return Dominance.nondominated(archive != null ? archive.members() : individuals(population), senses);
    }

    /**
     * The final result, with the same front definition in every engine: the archive's members (default), or the
     * non-dominated set of the last population; with {@code extremeArchive=1} plus each objective's best.
     */
    public RunResult<G> result(List<Candidate<W>> population, int generations, boolean stoppedEarly) {
        if (profiling) ((ProfileSink) listener).profile(evaluationNanos, variationNanos, elapsedNanos(), evaluations);
        List<Individual<G>> pop = individuals(population);
        List<Individual<G>> pool = archive != null ? new ArrayList<>(archive.members()) : pop;
        diagnostics.put(TIMING + "startSeconds", startNanos / 1e9);
        if (archive != null) diagnostics.put(TIMING + "archiveSeconds", archiveNanos / 1e9);
        if (archive != null) {
            diagnostics.put("archiveSize", archive.size());
            diagnostics.put("archiveTruncations", archive.truncations());
            diagnostics.put("archiveRescales", archive.rescales());
            diagnostics.put("archiveWitnesses", archive.witnesses());
        }
        if (extremes != null) {
            if (pool == pop) pool = new ArrayList<>(pop);
            int kept = 0;
            for (int i = 0; i < objectives; i++) {
                if (extremes[i] != null && !pool.contains(extremes[i])) {
                    pool.add(extremes[i]);
                    kept++;
                }
            }
            diagnostics.put("extremeArchiveAdded", kept);
        }
        return new RunResult<>(Dominance.nondominated(pool, senses), pop, generations, evaluations, elapsedNanos(),
                stoppedEarly, diagnostics);
    }

    /** Prefix of diagnostics that are wall-clock measurements: run.json lists them under "timing", not with the results. */
    public static final String TIMING = "timing.";

    /** Records what the engine reports about its set-up (e.g. reference directions); ends up in run.json. */
    public void note(String key, Object value) {
        diagnostics.put(key, value);
    }

    /** NSGA-III divisions {outer, inner} from the parameters or the defaults for the number of objectives. */
    public int[] divisions() {
        return Algorithms.divisions(objectives, spec.algorithm().parameters());
    }
}
