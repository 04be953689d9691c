package org.agrifront.bench;

import java.util.List;

import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;

/**
 * A problem seen without its incremental evaluation: every child is re-summed over all genes. The bench runs the
 * same engine and operators on it to isolate what incremental evaluation buys.
 */
final class FullEvaluationOnly<G> implements Problem<G> {
    private final Problem<G> inner;

    FullEvaluationOnly(Problem<G> inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Encoding<G> encoding() {
        return inner.encoding();
    }

    @Override
    public List<Objective> objectives() {
        return inner.objectives();
    }

    @Override
    public List<Constraint> constraints() {
        return inner.constraints();
    }

    @Override
    public void evaluate(G genome, double[] objectives, double[] violations) {
        inner.evaluate(genome, objectives, violations);
    }
}
