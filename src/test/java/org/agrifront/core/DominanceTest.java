package org.agrifront.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DominanceTest {
    static final Sense[] MAX_MIN = {Sense.MAX, Sense.MIN};

    static Individual<byte[]> ind(double f1, double f2, double... violations) {
        return new Individual<>(new byte[0], new double[] {f1, f2}, violations);
    }

    @Test
    void paretoDominanceRespectsSenses() {
        // maximise the first, minimise the second
        assertEquals(-1, Dominance.compare(new double[] {5, 1}, new double[] {4, 1}, MAX_MIN));
        assertEquals(1, Dominance.compare(new double[] {5, 2}, new double[] {5, 1}, MAX_MIN));
        assertEquals(0, Dominance.compare(new double[] {5, 2}, new double[] {4, 1}, MAX_MIN));
        assertEquals(0, Dominance.compare(new double[] {5, 2}, new double[] {5, 2}, MAX_MIN));
    }

    @Test
    void debConstraintDominationOrdersFeasibleThenByViolationThenByPareto() {
        Individual<byte[]> feasibleWorse = ind(1, 9, 0, 0);
        Individual<byte[]> feasibleBetter = ind(2, 8, 0, 0);
        Individual<byte[]> slightlyInfeasible = ind(100, 0, 0.1, 0);
        Individual<byte[]> veryInfeasible = ind(200, 0, 0.2, 0.5);
        // a feasible solution beats any infeasible one, whatever their objectives
        assertEquals(-1, Dominance.constrainedCompare(feasibleWorse, slightlyInfeasible, MAX_MIN));
        assertEquals(1, Dominance.constrainedCompare(slightlyInfeasible, feasibleWorse, MAX_MIN));
        // of two infeasible ones, the smaller total violation wins
        assertEquals(-1, Dominance.constrainedCompare(slightlyInfeasible, veryInfeasible, MAX_MIN));
        // of two feasible ones, Pareto dominance decides
        assertEquals(-1, Dominance.constrainedCompare(feasibleBetter, feasibleWorse, MAX_MIN));
    }

    @Test
    void finalFrontKeepsNondominatedFeasibleMembersOnceAndSorted() {
        List<Individual<byte[]>> pop = List.of(ind(3, 3, 0), ind(1, 1, 0), ind(3, 3, 0), ind(2, 2, 0), ind(2, 5, 0),
                ind(9, 0, 1.0));
        List<Individual<byte[]>> front = Dominance.nondominated(pop, MAX_MIN);
        // (2,5) is dominated by (2,2) and (3,3)? max first, min second: (3,3) vs (2,5): 3>2 and 3<5 -> dominated.
        assertEquals(3, front.size());
        assertEquals(1.0, front.get(0).objectives()[0]);
        assertEquals(2.0, front.get(1).objectives()[0]);
        assertEquals(3.0, front.get(2).objectives()[0]);
    }

    @Test
    void withoutFeasibleMembersTheLeastViolatingAreReported() {
        List<Individual<byte[]>> pop = List.of(ind(1, 1, 0.5), ind(5, 0, 0.2), ind(4, 0, 0.2), ind(9, 0, 0.9));
        List<Individual<byte[]>> front = Dominance.nondominated(pop, MAX_MIN);
        assertEquals(1, front.size());
        assertEquals(5.0, front.get(0).objectives()[0]);
    }
}
