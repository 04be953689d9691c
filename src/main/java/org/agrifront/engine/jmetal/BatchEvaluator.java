package org.agrifront.engine.jmetal;

import java.util.List;

import org.uma.jmetal.problem.Problem;
import org.uma.jmetal.util.evaluator.SolutionListEvaluator;

/**
 * jMetal's population-level evaluation hook: a problem that batches (an external model with {@code "batch"}) gets
 * the whole list in one call through {@link JMetalProblemAdapter#evaluateAll}; any other problem is evaluated one
 * solution at a time, in list order, as jMetal's {@code SequentialSolutionListEvaluator} does.
 */
final class BatchEvaluator<S> implements SolutionListEvaluator<S> {
    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<S> evaluate(List<S> solutions, Problem<S> problem) {
        if (problem instanceof JMetalProblemAdapter a && a.batched()) {
            a.evaluateAll((List) solutions);
        } else {
            for (S s : solutions) problem.evaluate(s);
        }
        return solutions;
    }

    @Override
    public void shutdown() {
        // nothing to release: evaluation runs on the calling thread
    }
}
