package org.agrifront.problems.cropswitch;

import java.util.random.RandomGenerator;

import org.agrifront.core.variation.Crossover;

/**
 * {@code cell-uniform}: with probability {@code probability}, exchanges the genes of each cell with a choice between
 * the two children with probability 1/2. Whole cells move together, so a child inherits each cell's allocation
 * intact, including whether that cell keeps its income.
 */
final class CellUniformCrossover implements Crossover<double[]> {
    static final String NAME = "cell-uniform";
    private final int[] cellGeneStart;
    private final double probability;

    CellUniformCrossover(int[] cellGeneStart, double probability) {
        this.cellGeneStart = cellGeneStart;
        this.probability = probability;
    }

    @Override
    public void cross(double[] a, double[] b, RandomGenerator rng) {
        if (rng.nextDouble() >= probability) return;
        for (int f = 0; f + 1 < cellGeneStart.length; f++) {
            if (!rng.nextBoolean()) continue;
            for (int i = cellGeneStart[f]; i < cellGeneStart[f + 1]; i++) {
                double t = a[i];
                a[i] = b[i];
                b[i] = t;
            }
        }
    }
}
