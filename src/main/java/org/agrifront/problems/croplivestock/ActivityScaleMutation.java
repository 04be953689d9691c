package org.agrifront.problems.croplivestock;

import java.util.random.RandomGenerator;

import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.PolynomialMutation;

/**
 * Polynomial mutation plus block moves that scale one activity together: in one region, or in all cells (each
 * with probability 1/2), the genes of a random activity are multiplied by a log-normal factor
 * {@code exp(sigma·z)} and clipped to [0, 1]. The objectives are sums of per-activity coefficients, so the
 * single-objective optima differ from today mostly by how much of each activity there is; a gene-by-gene mutation
 * needs hundreds of lucky steps for what one block move does. {@code blocks} is the expected number of block moves
 * per child (the integer part always, the fraction with that probability).
 */
final class ActivityScaleMutation implements Mutation<double[]> {
    private final CropLivestockProblem problem;
    private final PolynomialMutation pm;
    private final double blocks;
    private final double sigma;
    /** Variables of each (activity, region) block and of each activity overall. */
    private final int[][][] byRegion;
    private final int[][] byActivity;

    ActivityScaleMutation(CropLivestockProblem problem, PolynomialMutation pm, double blocks, double sigma) {
        if (blocks < 0) throw new IllegalArgumentException("operator 'activity-scale': blocks must be >= 0, found " + blocks);
        if (!(sigma > 0)) throw new IllegalArgumentException("operator 'activity-scale': sigma must be > 0, found " + sigma);
        this.problem = problem;
        this.pm = pm;
        this.blocks = blocks;
        this.sigma = sigma;
        int regions = problem.data().regions().size();
        int[][] counts = new int[Activity.COUNT][regions];
        for (int v = 0; v < problem.variables(); v++) counts[problem.activityOf(v).ordinal()][problem.data().region()[problem.cellOf(v)]]++;
        byRegion = new int[Activity.COUNT][regions][];
        byActivity = new int[Activity.COUNT][];
        for (int a = 0; a < Activity.COUNT; a++) {
            int total = 0;
            for (int r = 0; r < regions; r++) {
                byRegion[a][r] = new int[counts[a][r]];
                total += counts[a][r];
            }
            byActivity[a] = new int[total];
        }
        int[][] fill = new int[Activity.COUNT][regions];
        int[] fillAll = new int[Activity.COUNT];
        for (int v = 0; v < problem.variables(); v++) {
            int a = problem.activityOf(v).ordinal(), r = problem.data().region()[problem.cellOf(v)];
            byRegion[a][r][fill[a][r]++] = v;
            byActivity[a][fillAll[a]++] = v;
        }
    }

    @Override
    public void mutate(double[] g, RandomGenerator rng) {
        pm.mutate(g, rng);
        int moves = (int) blocks + (rng.nextDouble() < blocks - Math.floor(blocks) ? 1 : 0);
        for (int m = 0; m < moves; m++) {
            int a = rng.nextInt(Activity.COUNT);
            int[] vars = rng.nextBoolean() ? byActivity[a] : byRegion[a][rng.nextInt(byRegion[a].length)];
            if (vars.length == 0) continue;
            double factor = Math.exp(sigma * rng.nextGaussian());
            for (int v : vars) g[v] = Math.min(1, g[v] * factor);
        }
    }

    CropLivestockProblem problem() {
        return problem;
    }
}
