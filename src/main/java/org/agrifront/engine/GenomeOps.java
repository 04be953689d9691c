package org.agrifront.engine;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;

/**
 * How an engine handles a problem's genome {@code G} through its working form {@code W}: a categorical
 * {@code byte[]} travels as a {@link CategoricalGenome} (with incremental-evaluation state), a real
 * {@code double[]} as itself.
 */
public interface GenomeOps<G, W> {

    /** Takes ownership of {@code genome} as a working genome. */
    W wrap(G genome);

    /** An independent copy of the genes, in the problem's form. */
    G export(W working);

    W copy(W working);

    void evaluate(W working, double[] objectives, double[] violations);

    /** Evaluates several working genomes in order (one call of the problem's {@code evaluateAll} where it batches). */
    default void evaluateAll(java.util.List<W> working, double[][] objectives, double[][] violations) {
        for (int i = 0; i < working.size(); i++) evaluate(working.get(i), objectives[i], violations[i]);
    }

    boolean sameGenes(W a, W b);

    int hash(W working);

    int length(W working);

    /** Gene {@code i} boxed, for library utilities that insist on a variable list (never on the hot path). */
    Object gene(W working, int i);

    @SuppressWarnings("unchecked")
    static <G> GenomeOps<G, ?> forProblem(Problem<G> problem) {
        if (problem.encoding() instanceof CategoricalEncoding) {
            return (GenomeOps<G, ?>) new Categorical((Problem<byte[]>) problem);
        }
        if (problem.encoding() instanceof RealEncoding) {
            return (GenomeOps<G, ?>) new Real((Problem<double[]>) problem);
        }
        throw new IllegalArgumentException("unsupported encoding " + problem.encoding());
    }

    final class Categorical implements GenomeOps<byte[], CategoricalGenome> {
        private final Problem<byte[]> problem;

        Categorical(Problem<byte[]> problem) {
            this.problem = problem;
        }

        @Override
        public CategoricalGenome wrap(byte[] genome) {
            return CategoricalGenome.of(problem, genome);
        }

        @Override
        public byte[] export(CategoricalGenome working) {
            return working.genes().clone();
        }

        @Override
        public CategoricalGenome copy(CategoricalGenome working) {
            return working.copy();
        }

        @Override
        public void evaluate(CategoricalGenome working, double[] objectives, double[] violations) {
            working.evaluate(problem, objectives, violations);
        }

        @Override
        public boolean sameGenes(CategoricalGenome a, CategoricalGenome b) {
            return java.util.Arrays.equals(a.genes(), b.genes());
        }

        @Override
        public int hash(CategoricalGenome working) {
            return java.util.Arrays.hashCode(working.genes());
        }

        @Override
        public int length(CategoricalGenome working) {
            return working.length();
        }

        @Override
        public Object gene(CategoricalGenome working, int i) {
            return (byte) working.get(i);
        }
    }

    final class Real implements GenomeOps<double[], double[]> {
        private final Problem<double[]> problem;

        Real(Problem<double[]> problem) {
            this.problem = problem;
        }

        @Override
        public double[] wrap(double[] genome) {
            return genome;
        }

        @Override
        public double[] export(double[] working) {
            return working.clone();
        }

        @Override
        public double[] copy(double[] working) {
            return working.clone();
        }

        @Override
        public void evaluate(double[] working, double[] objectives, double[] violations) {
            problem.evaluate(working, objectives, violations);
        }

        @Override
        public void evaluateAll(java.util.List<double[]> working, double[][] objectives, double[][] violations) {
            problem.evaluateAll(working, objectives, violations);
        }

        @Override
        public boolean sameGenes(double[] a, double[] b) {
            return java.util.Arrays.equals(a, b);
        }

        @Override
        public int hash(double[] working) {
            return java.util.Arrays.hashCode(working);
        }

        @Override
        public int length(double[] working) {
            return working.length;
        }

        @Override
        public Object gene(double[] working, int i) {
            return working[i];
        }
    }
}
