package org.agrifront.engine;

import java.util.ArrayList;
import java.util.List;

import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;

/**
 * DTLZ1's linear front with a unimodal distance function (DTLZ2's g): {@code m} objectives, {@code m − 1} position
 * variables and {@code k} distance variables; the Pareto front is the simplex {@code Σ f_i = 0.5} (all distance
 * variables at 0.5). Objectives with an odd index are reported maximised as {@code 10 − f_i}, so the engines see
 * negative minimisation values, as with every maximised objective. The ideal solution for a reference direction
 * {@code w} (on the unit simplex) is {@code f = 0.5 w}.
 */
final class LinearFront implements Problem<double[]> {
    static final double OFFSET = 10;
    final int m;
    final int k;

    LinearFront(int m, int k) {
        this.m = m;
        this.k = k;
    }

    @Override
    public String name() {
        return "linear-front-" + m;
    }

    @Override
    public Encoding<double[]> encoding() {
        return RealEncoding.uniform(m - 1 + k, 0, 1);
    }

    @Override
    public List<Objective> objectives() {
        List<Objective> o = new ArrayList<>();
        for (int i = 0; i < m; i++) o.add(i % 2 == 1 ? Objective.max("f" + i, "") : Objective.min("f" + i, ""));
        return o;
    }

    @Override
    public List<Constraint> constraints() {
        return List.of();
    }

    @Override
    public void evaluate(double[] x, double[] objectives, double[] violations) {
        double g = 0;
        for (int i = m - 1; i < x.length; i++) g += (x[i] - 0.5) * (x[i] - 0.5);
        double[] f = raw(x, g);
        for (int i = 0; i < m; i++) objectives[i] = i % 2 == 1 ? OFFSET - f[i] : f[i];
    }

    private double[] raw(double[] x, double g) {
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            double v = 0.5 * (1 + g);
            for (int j = 0; j < m - 1 - i; j++) v *= x[j];
            if (i > 0) v *= 1 - x[m - 1 - i];
            f[i] = v;
        }
        return f;
    }

    /** The raw (minimised) objective values of a reported vector. */
    double[] rawObjectives(double[] reported) {
        double[] f = new double[m];
        for (int i = 0; i < m; i++) f[i] = i % 2 == 1 ? OFFSET - reported[i] : reported[i];
        return f;
    }
}
