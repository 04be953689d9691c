package org.agrifront.seeding;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agrifront.core.Individual;
import org.agrifront.core.Objective;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.engine.AlgorithmSpec;
import org.agrifront.engine.Engine;
import org.agrifront.engine.RunListener;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.agrifront.experiment.RunFiles;
import org.agrifront.experiment.SingleRun;
import org.agrifront.problems.landuse.HierarchySettings;
import org.agrifront.problems.landuse.LandUseProblem;

/**
 * The paper's hierarchical optimisation (Bayer et al. 2023): (1) biome level, every combination of one land use
 * per biome, exhaustively ({@link BiomeEnumeration}); (2) unit level, one gene per food-producing unit × biome,
 * seeded with the biome front and run with relaxed constraints; (3) cell level, the full problem seeded with the
 * unit front (each unit's land use copied to its cells) at the problem's own constraint factor.
 * <p>
 * Files: {@code DIR/biome/} and {@code DIR/unit/} hold each level's front, solutions and {@code level.json} /
 * {@code run.json}; the cell level is the run itself ({@code DIR/front.csv}, ...), so every tool that reads a run
 * reads it, and its {@code run.json} lists the levels with their timings ({@code seeding}). The unit and cell
 * levels use the run's seed; the whole chain is determined by problem, settings and seed.
 */
public final class HierarchicalSeeding {
    private HierarchicalSeeding() {
    }

    /**
     * Checks the unit level's algorithm and operators before anything runs (the biome level takes a while): the
     * algorithm must be one of {@code engines}' (any of them when several are given, as {@code validate} does not
     * know the engine). Throws an IllegalArgumentException starting with the setting's name.
     */
    public static void checkUnitLevel(HierarchySettings settings, List<Engine> engines) {
        String name = settings.unitAlgorithm();
        if (engines.stream().noneMatch(e -> e.algorithms().has(name))) {
            List<String> known = engines.stream().flatMap(e -> e.algorithms().names().stream()).distinct().sorted().toList();
            throw new IllegalArgumentException("unitAlgorithm: unknown algorithm '" + name + "'; known: " + String.join(", ", known));
        }
        try {
            if (settings.unitCrossover() != null) OperatorSpec.parse(settings.unitCrossover());
            if (settings.unitMutation() != null) OperatorSpec.parse(settings.unitMutation());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unitCrossover/unitMutation: " + e.getMessage(), e);
        }
    }

    /** The cell-level result and one summary per level (name, genes, factor, seconds, front size, best gains). */
    public record Outcome(RunResult<byte[]> cell, List<Map<String, Object>> levels) {
    }

    /** The earlier levels' outcome: the cell-level seeds and one summary per level (biome, unit). */
    public record Prepared(List<byte[]> cellSeeds, List<Map<String, Object>> levels, double seedRepairSeconds, long startNanos) {
    }

    /**
     * The paper's chain as the CLI runs it: {@link #prepare} the biome and unit levels, then the cell level seeded
     * with their result, written to {@code dir} with the levels in run.json ({@code seeding}).
     */
    public static Outcome run(Engine engine, LandUseProblem problem, AlgorithmSpec cellSpec, long seed, int generations,
                              HierarchySettings settings, int threads, Path dir, boolean writeSolutions,
                              Map<String, Object> extra, RunListener<byte[]> cellListener, PrintStream log) {
        Prepared prepared = prepare(engine, problem, cellSpec, seed, settings, threads, dir, log);
        RunSpec<byte[]> cellRun = new RunSpec<>(problem, cellSpec, seed, generations, prepared.cellSeeds());
        RunResult<byte[]> cell = engine.run(cellRun, cellListener);
        Map<String, Object> meta = new LinkedHashMap<>(extra);
        Map<String, Object> seeding = summary(prepared, problem, cell);
        meta.put("seeding", seeding);
        SingleRun.write(engine, cellRun, cell, dir, writeSolutions, meta);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> levels = (List<Map<String, Object>>) seeding.get("levels");
        return new Outcome(cell, levels);
    }

    /** The run.json {@code seeding} entry: method, levels (with the cell level when {@code cell} is given), times. */
    static Map<String, Object> summary(Prepared prepared, LandUseProblem problem, RunResult<byte[]> cell) {
        List<Map<String, Object>> levels = new ArrayList<>(prepared.levels());
        if (cell != null) {
            Map<String, Object> cellLevel = level("cell", problem.data().cells(), problem.constraintFactor(),
                    cell.elapsedNanos() / 1e9, problem, cell.front());
            cellLevel.put("seeds", prepared.cellSeeds().size());
            cellLevel.put("seedRepairSeconds", prepared.seedRepairSeconds());
            levels.add(cellLevel);
        }
        Map<String, Object> seeding = new LinkedHashMap<>();
        seeding.put("method", "hierarchical (biome -> unit -> cell)");
        seeding.put("levels", levels);
        seeding.put("cellSeeds", prepared.cellSeeds().size());
        seeding.put("seedRepairSeconds", prepared.seedRepairSeconds());
        if (cell != null) seeding.put("totalSeconds", (System.nanoTime() - prepared.startNanos()) / 1e9);
        return seeding;
    }

    /**
     * Levels 1 and 2 for a cell-level run of {@code cellSpec} with {@code seed}: the biome enumeration and the unit
     * run (written to {@code dir/biome} and {@code dir/unit}), and the unit front copied to the cells, repaired to
     * the problem's constraints and given back its slack, as the cell level's seeds.
     */
    public static Prepared prepare(Engine engine, LandUseProblem problem, AlgorithmSpec cellSpec, long seed,
                                   HierarchySettings settings, int threads, Path dir, PrintStream log) {
        checkUnitLevel(settings, List.of(engine));
        List<Map<String, Object>> levels = new ArrayList<>();
        LandUseLevels hierarchy = new LandUseLevels(problem.data());

        // 1. Biome level: exhaustive.
        long t0 = System.nanoTime();
        BiomeEnumeration.Result biomes = BiomeEnumeration.enumerate(hierarchy.biomeData(), settings.biomeFactor(), threads);
        if (biomes.front().isEmpty()) {
            throw new IllegalArgumentException("no biome-level allocation of " + problem.name() + " is feasible at factor "
                    + settings.biomeFactor() + " (" + biomes.combinations() + " tried); lower the problem file's seeding.biomeFactor"
                    + " or pass --biome-factor (e.g. 0.98)");
        }
        LandUseProblem biomeProblem = new LandUseProblem(problem.name() + "-biome", hierarchy.biomeData(), settings.biomeFactor());
        List<Individual<byte[]>> biomeFront = new ArrayList<>();
        for (BiomeEnumeration.Allocation a : biomes.front()) biomeFront.add(evaluate(biomeProblem, a.landUseOfBiome()));
        biomeFront.sort(Comparator.comparingDouble((Individual<byte[]> i) -> -i.objectives()[0]));
        Path biomeDir = dir.resolve("biome");
        RunFiles.writeFront(biomeDir.resolve(RunFiles.FRONT), biomeProblem, biomeFront);
        RunFiles.writeSolutions(biomeDir.resolve(RunFiles.SOLUTIONS), biomeProblem, biomeFront);
        RunFiles.writeVariables(biomeDir.resolve(RunFiles.VARIABLES), biomeProblem);
        double biomeSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> biomeLevel = level("biome", hierarchy.biomeCount(), settings.biomeFactor(), biomeSeconds,
                problem, biomeFront);
        biomeLevel.put("combinations", biomes.combinations());
        biomeLevel.put("feasibleCombinations", biomes.feasible());
        biomeLevel.put("enumerationSeconds", biomes.nanos() / 1e9);
        biomeLevel.put("combinationsPerSecond", biomes.combinationsPerSecond());
        biomeLevel.put("threads", biomes.threads());
        RunFiles.writeRunJson(biomeDir.resolve("level.json"), biomeLevel);
        levels.add(biomeLevel);
        log.printf(Locale.ROOT, "biome level: %d biomes, %,d allocations in %.2f s (%.3g/s, %d threads), %,d feasible, %d non-dominated%s%n",
                hierarchy.biomeCount(), biomes.combinations(), biomes.nanos() / 1e9, biomes.combinationsPerSecond(),
                biomes.threads(), biomes.feasible(), biomeFront.size(), gains(problem, biomeFront));

        // 2. Unit level: seeded with the biome front, constraints relaxed.
        LandUseProblem unitProblem = new LandUseProblem(problem.name() + "-unit", hierarchy.unitData(), settings.unitFactor());
        AlgorithmSpec unitSpec = new AlgorithmSpec(settings.unitAlgorithm(), settings.unitPopulation(),
                settings.unitCrossover() == null ? null : OperatorSpec.parse(settings.unitCrossover()),
                settings.unitMutation() == null ? null : OperatorSpec.parse(settings.unitMutation()),
                cellSpec.constraintHandling(), cellSpec.initialization(), cellSpec.parameters());
        List<byte[]> unitSeeds = new ArrayList<>();
        for (Individual<byte[]> ind : spread(biomeFront, unitSpec.populationSize())) unitSeeds.add(hierarchy.unitsFromBiomes(ind.genome()));
        RunSpec<byte[]> unitRun = new RunSpec<>(unitProblem, unitSpec, seed, settings.unitGenerations(), unitSeeds);
        Path unitDir = dir.resolve("unit");
        RunResult<byte[]> units = SingleRun.execute(engine, unitRun, unitDir, true, Map.of("level", "unit"), null);
        Map<String, Object> unitLevel = level("unit", hierarchy.unitCount(), settings.unitFactor(),
                units.elapsedNanos() / 1e9, problem, units.front());
        unitLevel.put("algorithm", SingleRun.algorithmMap(unitSpec, unitProblem));
        unitLevel.put("generations", units.generations());
        unitLevel.put("seeds", unitSeeds.size());
        levels.add(unitLevel);
        log.printf(Locale.ROOT, "unit level: %d units, %s, %d generations in %.2f s, %d solutions%s%n",
                hierarchy.unitCount(), unitSpec.name(), units.generations(), units.elapsedNanos() / 1e9,
                units.front().size(), gains(problem, units.front()));

        // 3. Cell level: seeded with the unit front, the problem's own constraints.
        // The unit front met relaxed constraints: repair each copied allocation to the cell level's own factor.
        long prep = System.nanoTime();
        List<byte[]> cellSeeds = new ArrayList<>();
        org.agrifront.core.Repair<byte[]> repair = problem.repair().orElseThrow();
        List<Individual<byte[]>> unitParents = spread(units.front(), cellSpec.populationSize());
        for (Individual<byte[]> ind : unitParents) {
            byte[] g = hierarchy.cellsFromUnits(ind.genome());
            repair.repair(g);
            // Repair costs the objectives the seed is strong in; give the remaining slack back to its strongest one.
            problem.improveFor(g, strongest(ind, unitParents));
            cellSeeds.add(g);
        }
        double prepSeconds = (System.nanoTime() - prep) / 1e9;
        return new Prepared(cellSeeds, levels, prepSeconds, t0);
    }

    /** The objective in which {@code ind} lies highest within {@code front}'s range (ties: the first). */
    static int strongest(Individual<byte[]> ind, List<Individual<byte[]>> front) {
        int m = ind.objectives().length, best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (Individual<byte[]> o : front) {
                lo = Math.min(lo, o.objectives()[j]);
                hi = Math.max(hi, o.objectives()[j]);
            }
            double pos = hi > lo ? (ind.objectives()[j] - lo) / (hi - lo) : 0;
            if (pos > top) {
                top = pos;
                best = j;
            }
        }
        return best;
    }

    static Individual<byte[]> evaluate(LandUseProblem problem, byte[] genome) {
        double[] obj = new double[problem.numberOfObjectives()];
        double[] viol = new double[problem.constraints().size()];
        problem.evaluate(genome, obj, viol);
        return new Individual<>(genome, obj, viol);
    }

    /**
     * At most {@code max} members of a front as seeds: the best of each objective first, then evenly spaced members
     * in order of the first objective. Deterministic; the whole front when it fits.
     */
    static List<Individual<byte[]>> spread(List<Individual<byte[]>> front, int max) {
        if (front.size() <= max) return front;
        List<Individual<byte[]>> sorted = new ArrayList<>(front);
        sorted.sort(Comparator.comparingDouble((Individual<byte[]> i) -> -i.objectives()[0]));
        Set<Integer> chosen = new LinkedHashSet<>();
        int m = sorted.get(0).objectives().length;
        for (int j = 0; j < m; j++) {
            int best = 0;
            for (int i = 1; i < sorted.size(); i++) if (sorted.get(i).objectives()[j] > sorted.get(best).objectives()[j]) best = i;
            chosen.add(best);
        }
        int n = sorted.size();
        for (int k = 0; chosen.size() < max && k < max; k++) chosen.add((int) Math.round((double) k * (n - 1) / (max - 1)));
        for (int i = 0; chosen.size() < max && i < n; i++) chosen.add(i);
        List<Individual<byte[]>> out = new ArrayList<>();
        for (int i : chosen) out.add(sorted.get(i));
        return out;
    }

    private static Map<String, Object> level(String name, int genes, double factor, double seconds, LandUseProblem problem,
                                             List<Individual<byte[]>> front) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", name);
        m.put("genes", genes);
        m.put("constraintFactor", factor);
        m.put("seconds", seconds);
        m.put("frontSize", front.size());
        m.put("feasibleInFront", front.stream().filter(Individual::feasible).count());
        Map<String, Double> best = new LinkedHashMap<>();
        double[] top = bestGains(problem, front);
        for (int j = 0; j < top.length; j++) best.put(problem.objectives().get(j).name(), top[j]);
        m.put("bestGainPercent", best);
        return m;
    }

    /** Best gain over reference of each objective among feasible members (NaN when none). */
    static double[] bestGains(LandUseProblem problem, List<Individual<byte[]>> front) {
        List<Objective> objs = problem.objectives();
        double[] top = new double[objs.size()];
        java.util.Arrays.fill(top, Double.NaN);
        for (Individual<byte[]> ind : front) {
            if (!ind.feasible()) continue;
            double[] g = problem.gainsPercent(ind.objectives());
            for (int j = 0; j < top.length; j++) if (Double.isNaN(top[j]) || g[j] > top[j]) top[j] = g[j];
        }
        return top;
    }

    private static String gains(LandUseProblem problem, List<Individual<byte[]>> front) {
        double[] g = bestGains(problem, front);
        if (Double.isNaN(g[0])) return ", none feasible";
        StringBuilder sb = new StringBuilder(", best gains");
        for (int j = 0; j < g.length; j++) sb.append(String.format(Locale.ROOT, " %s %+.2f%%", problem.objectives().get(j).name(), g[j]));
        return sb.toString();
    }
}
