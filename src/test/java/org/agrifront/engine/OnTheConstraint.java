package org.agrifront.engine;

import java.util.List;

import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;

/**
 * A real problem whose whole Pareto front lies on its constraint: minimise {@code f1 = x0 + g} and maximise
 * {@code f2 = 10 − (x1 + g)} with {@code g = (x2 − 0.25)²}, subject to {@code x0 + x1 ≥ 1}. Without the constraint
 * the single optimum is (0, 0, 0.25); with it the front is the segment {@code x0 + x1 = 1}, {@code x2 = 0.25}, i.e.
 * {@code f1 + (10 − f2) = 1} for {@code f1} in [0, 1]. x2 ranges over [-1, 1], so the scaling of bounds is exercised.
 */
final class OnTheConstraint implements Problem<double[]> {

    @Override
    public String name() {
        return "on-the-constraint";
    }

    @Override
    public Encoding<double[]> encoding() {
        return new RealEncoding(new double[] {0, 0, -1}, new double[] {1, 1, 1});
    }

    @Override
    public List<Objective> objectives() {
        return List.of(Objective.min("f1", ""), Objective.max("f2", ""));
    }

    @Override
    public List<Constraint> constraints() {
        return List.of(new Constraint("sum", "", "x0 + x1 >= 1"));
    }

    @Override
    public void evaluate(double[] x, double[] objectives, double[] violations) {
        double g = (x[2] - 0.25) * (x[2] - 0.25);
        objectives[0] = x[0] + g;
        objectives[1] = 10 - (x[1] + g);
        violations[0] = Math.max(0, 1 - x[0] - x[1]);
    }

    /** How far a reported objective vector lies above the constrained front (0 on it). */
    static double gap(double[] objectives) {
        return objectives[0] + (10 - objectives[1]) - 1;
    }
}
