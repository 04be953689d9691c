package org.agrifront.seeding;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.Constraint;
import org.agrifront.core.Dominance;
import org.agrifront.core.Encoding;
import org.agrifront.core.Individual;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.core.Sense;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engine;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.agrifront.experiment.RunFiles;
import org.agrifront.experiment.SeedingMethod;
import org.agrifront.experiment.SingleRun;
import org.agrifront.problems.allocation.AllocationData;
import org.agrifront.problems.allocation.AllocationProblem;

/**
 * Hierarchical seeding over an allocation problem's {@code groups} (coarsest first), as the land-use problem's
 * biome → unit → cell chain: at group level {@code l} a genome holds one option per group, and every cell of the
 * group takes it (a cell where that option is not allowed keeps its baseline option, or its first allowed one).
 * <ol>
 * <li>the coarsest level is enumerated exhaustively when its allocations are few (at most {@link #ENUMERATION_LIMIT}
 * cell evaluations in all), else run like the finer levels;</li>
 * <li>each finer level runs the cell level's algorithm for {@code generations}, seeded with the coarser level's
 * front (each group takes the option of the coarser group holding its first cell);</li>
 * <li>the finest group level's front, spread over the population, copied to the cells and repaired (the problem's
 * greedy repair), seeds the cell level, which is the run itself.</li>
 * </ol>
 * Every level evaluates the full problem on the expanded allocation, under its own constraints; no exact knowledge is
 * used, but the cell level starts from seeds, so its start is labelled informed (as every seeded start is). Each
 * level's front and solutions go to {@code DIR/level-GROUP/}. Determined by problem, settings and seed.
 */
public final class AllocationSeeding {
    /** Most cell evaluations (allocations × cells) the exhaustive coarsest level may take. */
    static final long ENUMERATION_LIMIT = 20_000_000L;

    private AllocationSeeding() {
    }

    /** Generations and population of each group level that runs an algorithm. */
    public record Settings(int generations, int population) {
        public static final Settings DEFAULTS = new Settings(100, 100);
    }

    /** Runs the group levels and returns the cell level's seeds with the levels' summary for run.json. */
    public static SeedingMethod.Seeds prepare(Engine engine, AllocationProblem problem, AlgorithmSpec cellSpec, long seed,
                                              Settings settings, Path dir, PrintStream log) {
        AllocationData data = problem.data();
        int levels = data.groupNames().size();
        if (levels == 0) {
            throw new IllegalArgumentException("seeding 'hierarchical' needs \"groups\" in the problem file; " + problem.name() + " has none");
        }
        long t0 = System.nanoTime();
        byte[] filler = filler(problem);
        List<Map<String, Object>> summaries = new ArrayList<>();
        List<Individual<byte[]>> front = null;
        GroupLevel previous = null;
        for (int l = 0; l < levels; l++) {
            GroupLevel level = new GroupLevel(problem, l, filler);
            String name = data.groupNames().get(l);
            Path levelDir = dir.resolve("level-" + name);
            long start = System.nanoTime();
            Map<String, Object> summary;
            if (l == 0 && level.combinations() * data.cells() <= ENUMERATION_LIMIT) {
                front = enumerate(level);
                RunFiles.writeFront(levelDir.resolve(RunFiles.FRONT), level, front);
                RunFiles.writeSolutions(levelDir.resolve(RunFiles.SOLUTIONS), level, front);
                RunFiles.writeVariables(levelDir.resolve(RunFiles.VARIABLES), level);
                summary = level(name, level.groups, (System.nanoTime() - start) / 1e9, problem, front);
                summary.put("method", "exhaustive");
                summary.put("combinations", level.combinations());
                RunFiles.writeRunJson(levelDir.resolve("level.json"), summary);
            } else {
                List<byte[]> seeds = new ArrayList<>();
                if (front != null) for (Individual<byte[]> ind : spread(front, settings.population(), problem)) seeds.add(level.from(previous, ind.genome()));
                AlgorithmSpec spec = new AlgorithmSpec(cellSpec.name(), settings.population(), null, null,
                        cellSpec.constraintHandling() == org.agrifront.engine.ConstraintHandling.REPAIR
                                ? org.agrifront.engine.ConstraintHandling.DOMINANCE : cellSpec.constraintHandling(),
                        "random", Map.of());
                RunSpec<byte[]> run = new RunSpec<>(level, spec, seed + l, settings.generations(), seeds);
                RunResult<byte[]> result = SingleRun.execute(engine, run, levelDir, true, Map.of("level", name), null);
                front = result.front();
                summary = level(name, level.groups, (System.nanoTime() - start) / 1e9, problem, front);
                summary.put("method", spec.name() + ", " + settings.generations() + " generations");
                summary.put("seeds", seeds.size());
            }
            summaries.add(summary);
            log.printf(Locale.ROOT, "level %s: %d groups, %s in %.2f s, %d solutions%s%n", name, level.groups,
                    summary.get("method"), (System.nanoTime() - start) / 1e9, front.size(), gains(problem, front));
            previous = level;
        }
        long prep = System.nanoTime();
        List<byte[]> cellSeeds = new ArrayList<>();
        org.agrifront.core.Repair<byte[]> repair = problem.repair().orElseThrow();
        for (Individual<byte[]> ind : spread(front, cellSpec.populationSize(), problem)) {
            byte[] g = previous.cells(ind.genome());
            repair.repair(g);
            cellSeeds.add(g);
        }
        Map<String, Object> seeding = new LinkedHashMap<>();
        seeding.put("method", "hierarchical (" + String.join(" -> ", data.groupNames()) + " -> cell)");
        seeding.put("levels", summaries);
        seeding.put("cellSeeds", cellSeeds.size());
        seeding.put("seedRepairSeconds", (System.nanoTime() - prep) / 1e9);
        seeding.put("seedingSeconds", (System.nanoTime() - t0) / 1e9);
        return new SeedingMethod.Seeds(cellSeeds, seeding);
    }

    /** Per cell, the option it keeps where its group's option is not allowed: the baseline, else its first allowed. */
    static byte[] filler(AllocationProblem problem) {
        byte[][] allowed = problem.data().allowedOptions();
        byte[] f = problem.baselineAllocation().orElse(null);
        if (f == null) {
            f = new byte[allowed.length];
            for (int c = 0; c < f.length; c++) f[c] = allowed[c][0];
        }
        return f;
    }

    /** Every allocation of the level, kept when feasible and non-dominated (or, when none is feasible, least violated). */
    static List<Individual<byte[]>> enumerate(GroupLevel level) {
        int g = level.groups, k = level.options;
        Sense[] senses = Dominance.senses(level);
        byte[] genes = new byte[g];
        List<Individual<byte[]>> feasible = new ArrayList<>();
        Individual<byte[]> leastViolated = null;
        double leastViolation = Double.POSITIVE_INFINITY;
        int m = level.numberOfObjectives();
        for (long i = 0; i < level.combinations(); i++) {
            double[] obj = new double[m], viol = new double[level.numberOfConstraints()];
            level.evaluate(genes, obj, viol);
            double v = Arrays.stream(viol).sum();
            Individual<byte[]> ind = new Individual<>(genes.clone(), obj, viol);
            if (v == 0) {
                boolean dominated = false;
                for (int j = feasible.size() - 1; j >= 0 && !dominated; j--) {
                    int d = compare(feasible.get(j).objectives(), obj, senses);
                    if (d <= 0) dominated = true; // an earlier member dominates or equals it
                    else if (d == 2) feasible.remove(j);
                }
                if (!dominated) feasible.add(ind);
            } else if (v < leastViolation) {
                leastViolation = v;
                leastViolated = ind;
            }
            for (int d = 0; d < g && ++genes[d] == k; d++) genes[d] = 0; // next allocation (mixed radix)
        }
        if (!feasible.isEmpty()) return feasible;
        return List.of(leastViolated);
    }

    /** -1: a dominates b, 0: equal, 1: neither, 2: b dominates a (in the objectives' senses). */
    private static int compare(double[] a, double[] b, Sense[] senses) {
        boolean aBetter = false, bBetter = false;
        for (int i = 0; i < a.length; i++) {
            double x = senses[i].toMinimization(a[i]), y = senses[i].toMinimization(b[i]);
            if (x < y) aBetter = true;
            else if (y < x) bBetter = true;
        }
        if (aBetter && !bBetter) return -1;
        if (bBetter && !aBetter) return 2;
        return aBetter ? 1 : 0;
    }

    /**
     * At most {@code max} members of a front: feasible first, the best of each objective first, then evenly spaced in
     * the order of the first objective. Deterministic; the whole front when it fits.
     */
    static List<Individual<byte[]>> spread(List<Individual<byte[]>> front, int max, Problem<byte[]> problem) {
        List<Individual<byte[]>> pool = front.stream().filter(Individual::feasible).toList();
        if (pool.isEmpty()) pool = front;
        if (pool.size() <= max) return pool;
        List<Objective> objs = problem.objectives();
        List<Individual<byte[]>> sorted = new ArrayList<>(pool);
        sorted.sort(Comparator.comparingDouble((Individual<byte[]> i) -> objs.get(0).sense().toMinimization(i.objectives()[0])));
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int j = 0; j < objs.size(); j++) {
            int best = 0;
            for (int i = 1; i < sorted.size(); i++) {
                Sense s = objs.get(j).sense();
                if (s.toMinimization(sorted.get(i).objectives()[j]) < s.toMinimization(sorted.get(best).objectives()[j])) best = i;
            }
            chosen.add(best);
        }
        int n = sorted.size();
        for (int k = 0; chosen.size() < max && k < max; k++) chosen.add((int) Math.round((double) k * (n - 1) / (max - 1)));
        for (int i = 0; chosen.size() < max && i < n; i++) chosen.add(i);
        List<Individual<byte[]>> out = new ArrayList<>();
        for (int i : chosen) out.add(sorted.get(i));
        return out;
    }

    private static Map<String, Object> level(String name, int genes, double seconds, AllocationProblem problem,
                                             List<Individual<byte[]>> front) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", name);
        m.put("genes", genes);
        m.put("seconds", seconds);
        m.put("frontSize", front.size());
        m.put("feasibleInFront", front.stream().filter(Individual::feasible).count());
        double[] top = bestGains(problem, front);
        if (top != null) {
            Map<String, Double> best = new LinkedHashMap<>();
            for (int j = 0; j < top.length; j++) best.put(problem.objectives().get(j).name(), top[j]);
            m.put("bestGainPercent", best);
        }
        return m;
    }

    /** Best gain over the baseline of each objective among feasible members (NaN when none); null without a baseline. */
    static double[] bestGains(AllocationProblem problem, List<Individual<byte[]>> front) {
        Map<String, Double> refs = problem.objectiveReferences();
        List<Objective> objs = problem.objectives();
        if (refs.isEmpty()) return null;
        double[] top = new double[objs.size()];
        Arrays.fill(top, Double.NaN);
        for (Individual<byte[]> ind : front) {
            if (!ind.feasible()) continue;
            for (int j = 0; j < top.length; j++) {
                double ref = refs.get(objs.get(j).name());
                double g = 100 * (ind.objectives()[j] - ref) / Math.abs(ref) * (objs.get(j).sense() == Sense.MAX ? 1 : -1);
                if (Double.isNaN(top[j]) || g > top[j]) top[j] = g;
            }
        }
        return top;
    }

    private static String gains(AllocationProblem problem, List<Individual<byte[]>> front) {
        double[] g = bestGains(problem, front);
        if (g == null) return "";
        if (Double.isNaN(g[0])) return ", none feasible";
        StringBuilder sb = new StringBuilder(", best gains");
        for (int j = 0; j < g.length; j++) sb.append(String.format(Locale.ROOT, " %s %+.2f%%", problem.objectives().get(j).name(), g[j]));
        return sb.toString();
    }

    /** One group level as a problem: a genome is one option per group; evaluation is the full problem's on the cells. */
    static final class GroupLevel implements Problem<byte[]> {
        final AllocationProblem problem;
        final int level;
        final int groups;
        final int options;
        final int[] groupOfCell;
        final byte[] filler;
        final boolean[][] allowed; // per cell, per option
        private final CategoricalEncoding encoding;
        private final List<String> labels;

        GroupLevel(AllocationProblem problem, int level, byte[] filler) {
            AllocationData data = problem.data();
            this.problem = problem;
            this.level = level;
            this.groupOfCell = data.groups()[level];
            this.labels = data.groupLabels().get(level);
            this.groups = labels.size();
            this.options = data.optionCount();
            this.filler = filler;
            this.allowed = new boolean[data.cells()][options];
            for (int c = 0; c < data.cells(); c++) for (int o = 0; o < options; o++) allowed[c][o] = data.allowed(c, o);
            this.encoding = new CategoricalEncoding(groups, data.options());
        }

        long combinations() {
            double n = Math.pow(options, groups);
            return n > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) n;
        }

        /** The cells' allocation: each cell its group's option where allowed, else its filler option. */
        byte[] cells(byte[] genome) {
            byte[] cells = new byte[groupOfCell.length];
            for (int c = 0; c < cells.length; c++) {
                byte o = genome[groupOfCell[c]];
                cells[c] = allowed[c][o] ? o : filler[c];
            }
            return cells;
        }

        /** This level's genome from a coarser level's: each group takes the option of the coarser group of its first cell. */
        byte[] from(GroupLevel coarser, byte[] coarse) {
            byte[] genes = new byte[groups];
            boolean[] seen = new boolean[groups];
            for (int c = 0; c < groupOfCell.length; c++) {
                int g = groupOfCell[c];
                if (seen[g]) continue;
                seen[g] = true;
                genes[g] = coarse[coarser.groupOfCell[c]];
            }
            return genes;
        }

        @Override
        public String name() {
            return problem.name() + "-" + problem.data().groupNames().get(level);
        }

        @Override
        public Encoding<byte[]> encoding() {
            return encoding;
        }

        @Override
        public List<Objective> objectives() {
            return problem.objectives();
        }

        @Override
        public List<Constraint> constraints() {
            return problem.constraints();
        }

        @Override
        public void evaluate(byte[] genome, double[] objectives, double[] violations) {
            problem.evaluate(cells(genome), objectives, violations);
        }

        @Override
        public Map<String, Double> objectiveReferences() {
            return problem.objectiveReferences();
        }

        @Override
        public String variableName(int i) {
            String label = labels.get(i);
            return problem.data().groupNames().get(level) + "_" + (label.matches("[A-Za-z0-9_.-]+") ? label : Integer.toString(i + 1));
        }
    }
}
