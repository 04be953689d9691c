package org.agrifront.problems.croplivestock;

import java.util.random.RandomGenerator;

import org.agrifront.core.variation.Mutation;

/**
 * {@code level-moves}: a greedy local search on one random scalarisation per child, by {@link LevelMoves} that keep
 * every constraint row the parent meets (and worsen none it breaks). Per child: a weighting of the six objectives
 * (half of the time one objective alone: the extreme-seeking half), then {@code steps} random candidate moves
 * (lower one level, raise one, or trade two with total output kept, in one cell or anywhere), each applied if it
 * gains under the weighting, at the largest step the rows allow, or with probability {@code random} at a uniform
 * fraction of it. A parent that breaks rows gets phase-one moves instead, which reduce its relative excess.
 */
final class LevelMoveMutation implements Mutation<double[]> {
    static final String NAME = "level-moves";
    private final LevelMoves moves;
    private final int steps;
    private final double random;

    LevelMoveMutation(CropLivestockProblem problem, int steps, double random) {
        if (steps < 1) throw new IllegalArgumentException("operator '" + NAME + "': steps must be >= 1, found " + steps);
        if (!(random >= 0 && random <= 1)) throw new IllegalArgumentException("operator '" + NAME + "': random must be in [0, 1], found " + random);
        this.moves = new LevelMoves(problem);
        this.steps = steps;
        this.random = random;
    }

    @Override
    public void mutate(double[] genome, RandomGenerator rng) {
        moves.load(genome);
        boolean phaseOne = moves.broken();
        if (!phaseOne) moves.drawWeights(rng);
        for (int s = 0; s < steps; s++) moves.randomMove(phaseOne, random == 0 || rng.nextDouble() >= random, rng);
        moves.store(genome);
    }
}
