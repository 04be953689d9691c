package org.agrifront.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.manure.GreatCircle;
import org.agrifront.problems.manure.ManureProblem;
import org.agrifront.problems.manure.ManureType;
import org.agrifront.problems.manure.TinyManure;
import org.junit.jupiter.api.Test;

class ManureModelTest {

    @Test
    void theLpOptimaMatchABruteForceSweepOfTheTinyInstance() {
        ManureProblem p = TinyManure.problem();
        BoundsResult r = new ManureModel().solve(p, new BoundsOptions(10, false, 10_000));
        double[] obj = new double[2], viol = new double[2];
        double bestT = Double.POSITIVE_INFINITY, bestG = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 7000; k++) { // share to C in steps of 1/7000: hits 4/7 exactly
            double c = k / 7000.0;
            p.evaluate(new double[] {1 - c, c}, obj, viol);
            if (viol[0] + viol[1] > 0) continue;
            bestT = Math.min(bestT, obj[0]);
            bestG = Math.min(bestG, obj[1]);
        }
        ExactPoint minT = r.optima().get(0), minG = r.optima().get(1);
        assertEquals("OPTIMAL", minT.status());
        assertEquals(bestT, minT.objectives()[0], 1e-6 * bestT);
        assertEquals(bestG, minG.objectives()[1], 1e-6 * bestG);
        // by hand: C takes its 4 t of the 7 t N, B the rest
        double km = Math.PI / 180 * GreatCircle.EARTH_RADIUS_KM;
        assertEquals((7 + 1.9 * 7 / 11) * (3.0 / 7 * 10 * km + 4.0 / 7 * 5 * km), minT.objectives()[0], 1e-8 * bestT);
        assertEquals(10, r.referenceFront().size());
        for (ExactPoint e : r.referenceFront()) assertTrue(e.feasible());
    }

    @Test
    void noEvaluatedFeasiblePlanOfTheChinaProblemBeatsTheLpOptima() {
        ManureProblem p = ManureType.loadManure(ProblemSource.of(Path.of("problems/manure-china-2020.json"), null));
        BoundsResult r = new ManureModel().solve(p, new BoundsOptions(100, false, 60_000));
        List<ExactPoint> optima = r.optima();
        double minT = optima.get(0).objectives()[0], minG = optima.get(1).objectives()[1];
        assertTrue(optima.get(0).feasible() && optima.get(1).feasible());
        assertTrue(r.referenceFront().size() >= 100);
        SplittableRandom rng = new SplittableRandom(11);
        double[] obj = new double[2], viol = new double[2];
        int feasible = 0; // LP solutions are exact to the solver's tolerance: compare at 1e-8 relative
        for (int trial = 0; trial < 20_000; trial++) {
            double[] g = p.encoding().random(rng);
            for (int l = 0; l < g.length; l++) if (rng.nextInt(2) == 0) g[l] = 0;
            if (trial % 2 == 0) p.repair().orElseThrow().repair(g);
            p.evaluate(g, obj, viol);
            if (viol[0] + viol[1] > 0) continue;
            feasible++;
            assertTrue(obj[0] >= minT * (1 - 1e-8), "transport " + obj[0] + " below the LP optimum " + minT);
            assertTrue(obj[1] >= minG * (1 - 1e-8), "gwp " + obj[1] + " below the LP optimum " + minG);
        }
        assertTrue(feasible > 5000, "feasible samples: " + feasible);
        // every reference-front point is feasible and the front runs from one optimum to the other
        for (ExactPoint e : r.referenceFront()) assertTrue(e.feasible(), e.label());
        assertEquals(minT, r.referenceFront().get(0).objectives()[0], 1e-6 * minT);
        assertEquals(minG, r.referenceFront().get(r.referenceFront().size() - 1).objectives()[1], 1e-6 * minG);
    }
}
