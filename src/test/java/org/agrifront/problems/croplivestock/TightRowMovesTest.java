package org.agrifront.problems.croplivestock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.agrifront.exact.CropLivestockLp;
import org.junit.jupiter.api.Test;

/**
 * The moves along tight rows ({@link LevelMoves#chain}) and the per-objective extremes of {@code level-moves} on a
 * four-cell instance whose rows bind at the optima. The climbs start from a vertex where many rows are tight (the
 * LP's optimum of another objective), the hard case for coordinate moves. The LP is used here only to give that start and to measure how far the climbs get; the operator never
 * sees it.
 */
class TightRowMovesTest {
    final CropLivestockProblem problem = new CropLivestockProblem("tiny", fourCellsFeasibleToday());

    /**
     * TinyQtp's four cells with room enough that today's allocation is feasible: no protected cell, no exorheic
     * basin, and the GHG rows (cell safe boundaries 210, 110, 30, 30 t against today's 175, 90, 22, 20; region 330 t
     * against 307) the ones that bind, so gains need trades between cells and activities.
     */
    static QtpData fourCellsFeasibleToday() {
        int a = Activity.COUNT;
        double[] current = new double[4 * a];
        TinyQtp.set(current, 0, Activity.BARLEY, 100);
        TinyQtp.set(current, 0, Activity.CATTLE, 50);
        TinyQtp.set(current, 1, Activity.WHEAT, 50);
        TinyQtp.set(current, 1, Activity.SHEEP, 200);
        TinyQtp.set(current, 2, Activity.CATTLE, 10);
        TinyQtp.set(current, 2, Activity.PIGS, 20);
        TinyQtp.set(current, 2, Activity.CHICKENS, 100);
        TinyQtp.set(current, 3, Activity.SHEEP, 100);
        double big = 1e12;
        double[][] safe = {{big, big, big, big}, {210, 110, 30, 30}, {big, big, big, big}, {big, big, big, big}};
        double[][] human = {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
        return TinyQtp.build(2, 2, new int[] {0, 0, 0, 0}, new int[] {0, 0, 1, 1},
                new boolean[] {false, false, false, false}, new boolean[] {false, false, true, false},
                new double[] {100, 50, 0, 0}, new double[] {120, 110, 30, 60}, new double[] {0.1, 0.2, 0.5, 0.0},
                current, safe, human, new double[] {big, 330, big, big}, new double[] {big, big}, new boolean[] {false, false});
    }

    static double total(double[] violations) {
        double s = 0;
        for (double v : violations) s += v;
        return s;
    }

    /** The LP optimum of objective {@code k} as a genome. */
    double[] vertex(int k) {
        try (CropLivestockLp lp = new CropLivestockLp(problem)) {
            double[] w = new double[6];
            w[k] = 1;
            return CropLivestockLp.genome(lp.minimise(w, 10_000).values());
        }
    }

    /** Every move under one objective alone keeps the allocation feasible and never worsens that objective. */
    @Test
    void everyMoveKeepsFeasibilityAndGainsUnderItsWeighting() {
        double[] start = vertex(QtpEvaluator.OUTPUT), g = start.clone();
        double[] o = new double[6], v = new double[problem.numberOfConstraints()];
        problem.evaluate(g, o, v);
        assertEquals(0, total(v), 0.0, "the LP's output optimum is feasible");
        LevelMoves m = new LevelMoves(problem);
        SplittableRandom rng = new SplittableRandom(2);
        double[] rel = new double[6];
        for (int d = 0; d < 6; d++) {
            m.load(d == QtpEvaluator.OUTPUT ? vertex(QtpEvaluator.WATER) : start);
            m.weighOne(d);
            m.objectives(rel);
            double first = rel[d], last = first;
            int moved = 0;
            for (int s = 0; s < 400; s++) {
                if (m.climbMove(3, 4, true, rng)) moved++;
                m.store(g);
                problem.evaluate(g, o, v);
                assertEquals(0, total(v), 0.0, "objective " + d + ", move " + s);
                m.objectives(rel);
                assertTrue(rel[d] <= last + 1e-12, "objective " + d + ", move " + s + ": " + rel[d] + " after " + last);
                last = rel[d];
            }
            assertTrue(moved > 0 && last < first, "objective " + d + ": no move gained (" + moved + " moves)");
        }
    }

    /**
     * Climbs of each objective alone (the operator's extremes) reach at least 95% of the improvement the LP finds
     * over the start on the four-cell instance, and the remembered best is what a child reaches.
     */
    @Test
    void extremeClimbsReachTheLpOptimaOfTheFourCellInstance() {
        LevelMoveMutation mutation = new LevelMoveMutation(problem, 100, 0.25, 1.0, 3, 4, 20);
        SplittableRandom rng = new SplittableRandom(5);
        double[] start = vertex(QtpEvaluator.OUTPUT);
        LevelMoves m = new LevelMoves(problem);
        m.load(start);
        double[] from = new double[6];
        m.objectives(from);
        for (int c = 0; c < 600; c++) mutation.mutate(start.clone(), rng);
        double[] today = problem.evaluator().currentObjectives();
        try (CropLivestockLp lp = new CropLivestockLp(problem)) {
            for (int d = 0; d < 6; d++) {
                double[] w = new double[6];
                w[d] = 1;
                double[] y = lp.minimise(w, 10_000).values();
                double best = lp.objective(d, y) / Math.abs(today[d]) * (d == QtpEvaluator.OUTPUT ? -1 : 1);
                if (from[d] - best < 1e-9 * Math.abs(best)) continue; // the start is already this optimum
                double share = (from[d] - mutation.best(d)) / (from[d] - best);
                assertTrue(share >= 0.95, "objective " + d + ": " + share + " of the LP's improvement");
                assertTrue(mutation.best(d) >= best - 1e-5 * Math.abs(best), "objective " + d + " beats the LP beyond its tolerance: " + mutation.best(d) + " < " + best);
            }
        }
    }
}
