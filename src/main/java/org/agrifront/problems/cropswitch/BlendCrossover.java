package org.agrifront.problems.cropswitch;

import java.util.random.RandomGenerator;

import org.agrifront.core.variation.Crossover;

/**
 * {@code blend}: with probability {@code probability}, replaces the two children by {@code λ x1 + (1 − λ) x2} and
 * {@code (1 − λ) x1 + λ x2} of their normalised shares, one {@code λ ~ U(0, 1)} for the whole genome. Areas,
 * production, incomes and all eight objectives are linear in the shares, so the children of two feasible parents
 * are feasible and lie between them in objective space; gene-wise crossovers (uniform, SBX) break the coupled
 * exchanges that keep production and incomes and give infeasible children.
 */
final class BlendCrossover implements Crossover<double[]> {
    static final String NAME = "blend";
    private final Genes genes;
    private final double probability;

    BlendCrossover(Genes genes, double probability) {
        this.genes = genes;
        this.probability = probability;
    }

    @Override
    public void cross(double[] a, double[] b, RandomGenerator rng) {
        if (rng.nextDouble() >= probability) return;
        genes.normalise(a);
        genes.normalise(b);
        double l = rng.nextDouble();
        for (int i = 0; i < a.length; i++) {
            double u = a[i], v = b[i];
            a[i] = l * u + (1 - l) * v;
            b[i] = (1 - l) * u + l * v;
        }
    }
}
