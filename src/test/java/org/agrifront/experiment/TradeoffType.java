package org.agrifront.experiment;

import java.util.List;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.io.Json;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.ProblemType;
import org.agrifront.problems.Problems;

/**
 * A two-objective test problem type ({@code "type": "test-tradeoff"}, registered for tests only): n binary genes,
 * maximise value Σ v_i x_i, minimise weight Σ w_i x_i with v_i = i + 1 and w_i = (i + 1)², so the front is a
 * curved trade-off, and no constraint.
 */
public final class TradeoffType implements ProblemType {
    public record Spec(String type, String name, Integer genes) {
    }

    @Override
    public String type() {
        return "test-tradeoff";
    }

    @Override
    public String description() {
        return "two-objective test problem";
    }

    @Override
    public Problem<?> load(ProblemSource source) {
        Spec s = Json.read(source.file(), Spec.class);
        return new Tradeoff(s.name() == null ? Problems.defaultName(source.file()) : s.name(), s.genes() == null ? 20 : s.genes());
    }

    static final class Tradeoff implements Problem<byte[]> {
        private final String name;
        private final int n;

        Tradeoff(String name, int n) {
            this.name = name;
            this.n = n;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Encoding<byte[]> encoding() {
            return new CategoricalEncoding(n, List.of("out", "in"));
        }

        @Override
        public List<Objective> objectives() {
            return List.of(Objective.max("value", "units"), Objective.min("weight", "kg"));
        }

        @Override
        public List<Constraint> constraints() {
            return List.of();
        }

        @Override
        public void evaluate(byte[] g, double[] objectives, double[] violations) {
            double v = 0, w = 0;
            for (int i = 0; i < n; i++) {
                if (g[i] == 1) {
                    v += i + 1;
                    w += (i + 1) * (i + 1);
                }
            }
            objectives[0] = v;
            objectives[1] = w;
        }
    }
}
