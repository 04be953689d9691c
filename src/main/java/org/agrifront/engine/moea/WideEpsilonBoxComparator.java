package org.agrifront.engine.moea;

import org.moeaframework.core.Epsilons;
import org.moeaframework.core.Solution;
import org.moeaframework.core.comparator.AggregateConstraintComparator;
import org.moeaframework.core.comparator.EpsilonBoxDominanceComparator;

/**
 * MOEA Framework's epsilon-box dominance (total violation first, then epsilon-box dominance of the objectives, then
 * the distance to the box corner within one box) with box indices kept as doubles. The library's
 * {@code Objective.getEpsilonIndex} casts {@code floor(value / epsilon)} to {@code int}: with the default epsilon 0.01,
 * every objective above about 2e7 in magnitude saturates it, all solutions fall into one box and the archive keeps a
 * single solution (seen with OMOPSO on the manure problem, whose transport objective is about 3e8: a one-point front
 * whatever the budget). Doubles hold exact box indices up to 2^53.
 */
final class WideEpsilonBoxComparator extends EpsilonBoxDominanceComparator {
    private static final long serialVersionUID = 1L;
    private final AggregateConstraintComparator constraints = new AggregateConstraintComparator();

    WideEpsilonBoxComparator(double epsilon) {
        super(new Epsilons(epsilon));
    }

    @Override
    public int compare(Solution solution1, Solution solution2) {
        int flag = constraints.compare(solution1, solution2);
        if (flag != 0) {
            setSameBox(false);
            return flag;
        }
        setSameBox(false);
        boolean dominate1 = false, dominate2 = false;
        int m = solution1.getNumberOfObjectives();
        for (int i = 0; i < m; i++) {
            double e = epsilons.get(i);
            int c = Double.compare(Math.floor(solution1.getObjective(i).getCanonicalValue() / e),
                    Math.floor(solution2.getObjective(i).getCanonicalValue() / e));
            if (c < 0) {
                dominate1 = true;
                if (dominate2) return 0;
            } else if (c > 0) {
                dominate2 = true;
                if (dominate1) return 0;
            }
        }
        if (!dominate1 && !dominate2) {
            setSameBox(true);
            double d1 = 0, d2 = 0;
            for (int i = 0; i < m; i++) {
                double e = epsilons.get(i);
                double v1 = solution1.getObjective(i).getCanonicalValue(), v2 = solution2.getObjective(i).getCanonicalValue();
                d1 += Math.pow(v1 - Math.floor(v1 / e) * e, 2.0);
                d2 += Math.pow(v2 - Math.floor(v2 / e) * e, 2.0);
            }
            return Double.compare(d1, d2) < 0 ? -1 : 1;
        }
        return dominate1 ? -1 : 1;
    }
}
