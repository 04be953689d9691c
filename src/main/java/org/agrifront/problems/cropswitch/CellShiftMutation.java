package org.agrifront.problems.cropswitch;

import java.util.random.RandomGenerator;

import org.agrifront.core.variation.Mutation;

/**
 * {@code cell-shift}: in each chosen cell (every cell with a choice is chosen with probability {@code rate}),
 * picks one of its groups, rescales the group's weights to shares, and moves a uniformly random fraction of one
 * crop's share to another crop of the group. A move along an allowed replacement, as a farmer would make it: the
 * cell's area and its other groups stay as they are.
 */
final class CellShiftMutation implements Mutation<double[]> {
    static final String NAME = "cell-shift";
    private final int[] cellGroupStart;
    private final int[] groupGeneStart;
    private final double rate;

    CellShiftMutation(int[] cellGroupStart, int[] groupGeneStart, double rate) {
        this.cellGroupStart = cellGroupStart;
        this.groupGeneStart = groupGeneStart;
        this.rate = rate;
    }

    @Override
    public void mutate(double[] x, RandomGenerator rng) {
        int cells = cellGroupStart.length - 1;
        for (int f = 0; f < cells; f++) {
            if (rng.nextDouble() >= rate) continue;
            int g = cellGroupStart[f] + rng.nextInt(cellGroupStart[f + 1] - cellGroupStart[f]);
            shift(x, groupGeneStart[g], groupGeneStart[g + 1], rng);
        }
    }

    static void shift(double[] x, int start, int end, RandomGenerator rng) {
        double sum = 0;
        int positive = 0;
        for (int i = start; i < end; i++) {
            x[i] = Math.max(0.0, x[i]);
            sum += x[i];
            if (x[i] > 0) positive++;
        }
        if (!(sum > 0)) return; // decodes to the current allocation; nothing to move
        for (int i = start; i < end; i++) x[i] /= sum;
        int pick = rng.nextInt(positive), donor = start;
        for (int i = start; i < end; i++) {
            if (x[i] > 0 && pick-- == 0) {
                donor = i;
                break;
            }
        }
        int receiver = start + rng.nextInt(end - start - 1);
        if (receiver >= donor) receiver++;
        double amount = x[donor] * rng.nextDouble();
        x[donor] -= amount;
        x[receiver] = Math.min(1.0, x[receiver] + amount);
    }
}
