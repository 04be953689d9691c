package org.agrifront.engine.moea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moeaframework.core.Solution;
import org.moeaframework.core.attribute.Fitness;
import org.moeaframework.core.fitness.HypervolumeFitnessEvaluator;
import org.moeaframework.core.population.Population;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;

/** IBEA's survival (remove the worst fitness, update, repeat) under {@link FeasibleFirstFitness}. */
class FeasibleFirstFitnessTest {
    private static final AbstractProblem TWO_OBJECTIVES = new AbstractProblem(1, 2) {
        @Override
        public void evaluate(Solution solution) {
        }

        @Override
        public Solution newSolution() {
            Solution s = new Solution(1, 2);
            s.setVariable(0, new RealVariable(0, 1));
            return s;
        }
    };

    private final Map<Solution, Double> violation = new IdentityHashMap<>();

    private Solution point(double f1, double f2, double v) {
        Solution s = TWO_OBJECTIVES.newSolution();
        s.setObjectiveValues(new double[] {f1, f2});
        violation.put(s, v);
        return s;
    }

    /** IBEA's environmental selection: evaluate, then remove the worst until {@code size} are left. */
    private List<String> survivors(boolean keepExtremes, int size) {
        Population p = new Population();
        p.add(point(0, 10, 0));      // the f1 end: adds a thin slice of hypervolume
        p.add(point(0.2, 4, 0));
        p.add(point(0.5, 2, 0));
        p.add(point(1, 1, 0));
        p.add(point(2, 0.5, 0));
        p.add(point(4, 0.2, 0));
        p.add(point(10, 0, 0));      // the f2 end
        p.add(point(-5, -5, 1));     // infeasible, better than everything in both objectives
        FeasibleFirstFitness f = new FeasibleFirstFitness(TWO_OBJECTIVES, new HypervolumeFitnessEvaluator(TWO_OBJECTIVES),
                violation::get, keepExtremes);
        f.evaluate(p);
        while (p.size() > size) {
            int worst = 0;
            for (int i = 1; i < p.size(); i++) {
                if (Fitness.getAttribute(p.get(i)) > Fitness.getAttribute(p.get(worst))) worst = i;
            }
            f.removeAndUpdate(p, worst);
        }
        List<String> out = new ArrayList<>();
        for (Solution s : p) out.add(s.getObjectiveValue(0) + "," + s.getObjectiveValue(1));
        return out;
    }

    @Test
    void keptExtremesSurviveDownToTwoMembersAndTheInfeasibleOneGoesFirst() {
        assertEquals(List.of("0.0,10.0", "10.0,0.0"), survivors(true, 2));
        assertEquals(7, survivors(true, 7).size());
        assertEquals(false, survivors(true, 7).contains("-5.0,-5.0"));
    }

    @Test
    void withoutKeepingTheHypervolumeIndicatorDropsAnEnd() {
        List<String> two = survivors(false, 2);
        assertEquals(false, two.contains("0.0,10.0") && two.contains("10.0,0.0"), two.toString());
    }
}
