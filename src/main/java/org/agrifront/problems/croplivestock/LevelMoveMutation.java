package org.agrifront.problems.croplivestock;

import java.util.random.RandomGenerator;

import org.agrifront.core.variation.Mutation;

/**
 * {@code level-moves}: a greedy local search on one random scalarisation per child, by {@link LevelMoves} that keep
 * every constraint row the parent meets (and worsen none it breaks).
 * <p>
 * Per child, from a feasible parent: a weighting of the six objectives (half of the time one objective alone), then
 * {@code steps} directed moves (lower one level, raise one, or trade two; each level the best of {@code pick}
 * random candidates under the weighting; a move stopped by a tight row extended by up to {@code depth} more levels
 * that cancel that row, see {@link LevelMoves#chain}), each at the largest step the rows allow, or with probability
 * {@code random} at a uniform fraction of it.
 * <p>
 * <b>Extremes.</b> The operator remembers, per objective, the best feasible allocation it has seen (parents and
 * children, by the objective's own linear value). With probability {@code extremes} a child is not bred from its
 * parent but continues the climb of one objective's best allocation under that objective alone: single-objective
 * climbs that go on across generations, which NSGA-III's niching alone does not keep (it keeps a spread, not the
 * ends). Only what the operator itself produced is remembered; nothing exact is read.
 * <p>
 * A parent that breaks rows gets phase-one moves instead, which reduce its relative excess. State (the extremes)
 * lives in this instance, which one run uses from one thread, so runs stay reproducible per seed.
 */
final class LevelMoveMutation implements Mutation<double[]> {
    static final String NAME = "level-moves";
    private static final int OBJ = QtpEvaluator.OBJECTIVES;
    private final LevelMoves moves;
    private final int steps, depth, pick, kick;
    private final double random, extremes;
    /** Per objective: the best feasible levels seen and their value (minimisation form), or null. */
    private final double[][] best = new double[OBJ][];
    private final double[] bestValue = new double[OBJ], value = new double[OBJ];

    LevelMoveMutation(CropLivestockProblem problem, int steps, double random) {
        this(problem, steps, random, 0.25, 3, 4, 20);
    }

    LevelMoveMutation(CropLivestockProblem problem, int steps, double random, double extremes, int depth, int pick, int kick) {
        if (steps < 1) throw new IllegalArgumentException("operator '" + NAME + "': steps must be >= 1, found " + steps);
        if (!(random >= 0 && random <= 1)) throw new IllegalArgumentException("operator '" + NAME + "': random must be in [0, 1], found " + random);
        if (!(extremes >= 0 && extremes <= 1)) throw new IllegalArgumentException("operator '" + NAME + "': extremes must be in [0, 1], found " + extremes);
        if (depth < 0 || depth > 4) throw new IllegalArgumentException("operator '" + NAME + "': depth must be in 0..4, found " + depth);
        if (kick < 0) throw new IllegalArgumentException("operator '" + NAME + "': kick must be >= 0, found " + kick);
        if (pick < 1) throw new IllegalArgumentException("operator '" + NAME + "': pick must be >= 1, found " + pick);
        this.moves = new LevelMoves(problem);
        this.steps = steps;
        this.random = random;
        this.extremes = extremes;
        this.depth = depth;
        this.pick = pick;
        this.kick = kick;
    }

    @Override
    public void mutate(double[] genome, RandomGenerator rng) {
        int extreme = extremes > 0 && rng.nextDouble() < extremes ? rng.nextInt(OBJ) : -1;
        if (extreme >= 0 && best[extreme] != null) {
            moves.loadLevels(best[extreme]); // feasible: only feasible levels are remembered
        } else {
            moves.load(genome);
            if (moves.broken()) {
                for (int s = 0; s < steps; s++) moves.randomMove(true, random == 0 || rng.nextDouble() >= random, rng);
                moves.store(genome);
                return;
            }
        }
        if (extreme >= 0 && best[extreme] != null && kick > 0 && rng.nextBoolean()) {
            // iterated local search: half of the extreme climbs first step aside (moves that gain under another
            // weighting), so that a climb stuck at a corner of its moves can leave it; the best stays remembered
            moves.drawWeights(rng);
            for (int s = 0; s < kick; s++) moves.climbMove(depth, pick, false, rng);
        }
        if (extreme >= 0) moves.weighOne(extreme);
        else moves.drawWeights(rng);
        for (int s = 0; s < steps; s++) moves.climbMove(depth, pick, random == 0 || rng.nextDouble() >= random, rng);
        remember();
        moves.store(genome);
    }

    /** The best levels of objective d remembered so far, or null. */
    double[] bestLevels(int d) {
        return best[d];
    }

    /** The best value of objective d remembered so far (relative to today, minimisation form), NaN if none. */
    double best(int d) {
        return best[d] == null ? Double.NaN : bestValue[d];
    }

    /** Keeps the current (feasible) levels as an objective's best where they beat it. */
    private void remember() {
        moves.objectives(value);
        for (int d = 0; d < OBJ; d++) {
            if (best[d] == null || value[d] < bestValue[d]) {
                if (best[d] == null) best[d] = new double[moves.variables()];
                moves.copyLevels(best[d]);
                bestValue[d] = value[d];
            }
        }
    }
}
