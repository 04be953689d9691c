package org.agrifront.engine.jmetal;

import java.util.List;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;

/**
 * Tiny constrained problems whose optimum lies on the constraint (the categorical two-objective one is
 * {@link org.agrifront.engine.TwoCounts}).
 */
final class ConstrainedToyProblems {
    private ConstrainedToyProblems() {
    }

    /**
     * x in [0, 1]²; minimise f1 = x0 and f2 = 1 − x0 + x1², subject to x0 ≥ 0.3. The unconstrained front is
     * x1 = 0, x0 in [0, 1] (f1 + f2 = 1); the constraint cuts off x0 &lt; 0.3, so the best feasible f1 is 0.3, on the
     * constraint, and every infeasible point of the unconstrained front is better in f1.
     */
    static class CutLine implements Problem<double[]> {
        static final double CUT = 0.3;

        @Override
        public String name() {
            return "cut-line";
        }

        @Override
        public Encoding<double[]> encoding() {
            return RealEncoding.uniform(2, 0, 1);
        }

        @Override
        public List<Objective> objectives() {
            return List.of(Objective.min("f1", ""), Objective.min("f2", ""));
        }

        @Override
        public List<Constraint> constraints() {
            return List.of(new Constraint("x0_min", "", "x0 >= 0.3"));
        }

        @Override
        public void evaluate(double[] x, double[] objectives, double[] violations) {
            objectives[0] = x[0];
            objectives[1] = 1 - x[0] + x[1] * x[1];
            violations[0] = Math.max(0, CUT - x[0]);
        }
    }

    /** n genes with options {0, 1, 2}; maximise the count of each option, at most {@code cap} 2s. Every feasible genome is Pareto-optimal. */
    static final class CappedCounts3 implements Problem<byte[]> {
        final int n;
        final int cap;

        CappedCounts3(int n, int cap) {
            this.n = n;
            this.cap = cap;
        }

        @Override
        public String name() {
            return "capped-counts-3";
        }

        @Override
        public Encoding<byte[]> encoding() {
            return new CategoricalEncoding(n, List.of("zero", "one", "two"));
        }

        @Override
        public List<Objective> objectives() {
            return List.of(Objective.max("zeros", ""), Objective.max("ones", ""), Objective.max("twos", ""));
        }

        @Override
        public List<Constraint> constraints() {
            return List.of(new Constraint("twos_cap", "", "at most cap twos"));
        }

        @Override
        public void evaluate(byte[] g, double[] objectives, double[] violations) {
            double[] counts = new double[3];
            for (byte b : g) counts[b]++;
            System.arraycopy(counts, 0, objectives, 0, 3);
            violations[0] = Math.max(0, counts[2] - cap) / n;
        }
    }
}
