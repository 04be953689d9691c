package org.agrifront.problems.croplivestock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.agrifront.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * The neutral start and the level moves on the four-cell instance. Today's allocation breaks seven constraint
 * groups there; the neutral start's phase one restores all but total output (and, in some members, the protected-area average), which stays below today's (the
 * algorithm's own phase-one moves and Deb's rule carry on from there), so the tests check that no row ever gets
 * worse rather than full feasibility.
 */
class LevelMovesTest {
    final CropLivestockProblem problem = new CropLivestockProblem("tiny", TinyQtp.fourCells());

    double total(double[] violations) {
        double s = 0;
        for (double v : violations) s += v;
        return s;
    }

    @Test
    void theNeutralStartIsTheDefaultAndRestoresAllButOutputAndProtected() {
        assertEquals(Problem.NEUTRAL, problem.defaultInitialization());
        assertTrue(problem.initializations().contains(Problem.NEUTRAL));
        double[] o = new double[6], today = new double[problem.numberOfConstraints()], v = today.clone();
        problem.evaluate(problem.encode(problem.data().current()), o, today);
        assertTrue(total(today) > 0.3, "today breaks the safe, just, basin, protected and output rows");
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            problem.evaluate(problem.initialGenome(Problem.NEUTRAL, i, 20, rng), o, v);
            for (Bound b : Bound.all()) {
                if (b != Bound.OUTPUT && b != Bound.PROTECTED) assertEquals(0, v[b.ordinal()], 0.0, "member " + i + ", " + b.label);
            }
            assertTrue(total(v) < total(today), "member " + i + ": " + total(v) + " vs today " + total(today));
        }
    }

    /** Under a water-only weighting every move lowers water use and no constraint group gets worse. */
    @Test
    void aMoveForWaterAloneNeverRaisesWaterNorWorsensARow() {
        double[] g = problem.neutralGenome(0, new SplittableRandom(1));
        double[] o = new double[6], v = new double[problem.numberOfConstraints()];
        problem.evaluate(g, o, v);
        double[] before = v.clone();
        LevelMoves m = new LevelMoves(problem);
        m.weigh(new double[] {1, 0, 0, 0, 0, 0});
        SplittableRandom rng = new SplittableRandom(2);
        double water = o[QtpEvaluator.WATER], start = water;
        for (int s = 0; s < 500; s++) {
            m.load(g);
            m.randomMove(false, true, rng);
            m.store(g);
            problem.evaluate(g, o, v);
            for (int c = 0; c < v.length; c++) assertTrue(v[c] <= before[c] + 1e-9, "move " + s + ", constraint " + c);
            assertTrue(o[QtpEvaluator.WATER] <= water * (1 + 1e-12), "move " + s);
            water = o[QtpEvaluator.WATER];
            before = v.clone();
        }
        assertTrue(water < start, "500 moves found no water saving: " + water + " vs " + start);
    }

    @Test
    void levelMovesNeverWorsenAParentsRowsAndAreReproducible() {
        // two instances: the operator remembers each objective's best, so one run's sequence is what repeats
        LevelMoveMutation mutation = new LevelMoveMutation(problem, 30, 0.25), twin = new LevelMoveMutation(problem, 30, 0.25);
        double[] parent = problem.neutralGenome(0, new SplittableRandom(1));
        double[] o = new double[6], pv = new double[problem.numberOfConstraints()], v = pv.clone();
        problem.evaluate(parent, o, pv);
        SplittableRandom a = new SplittableRandom(9), b = new SplittableRandom(9);
        for (int c = 0; c < 50; c++) {
            double[] x = parent.clone(), y = parent.clone();
            mutation.mutate(x, a);
            twin.mutate(y, b);
            assertArrayEquals(x, y);
            problem.evaluate(x, o, v);
            for (int k = 0; k < v.length; k++) assertTrue(v[k] <= pv[k] + 1e-9, "child " + c + ", constraint " + k);
        }
    }
}
