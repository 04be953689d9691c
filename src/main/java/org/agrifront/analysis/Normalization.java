package org.agrifront.analysis;

import java.util.Arrays;

import org.agrifront.core.Sense;

/**
 * Turns natural objective values (each in its own sense and unit) into the minimised, normalised form indicators
 * compare: {@code (s·f − ideal) / (nadir − ideal)} with {@code s = −1} for maximised objectives, and ideal / nadir
 * the smallest / largest minimisation-form value of each objective over the reference front. The reference front
 * thus spans [0, 1] in every objective; an objective on which it does not vary is shifted by its ideal only.
 */
public record Normalization(Sense[] senses, double[] ideal, double[] nadir) {

    public Normalization {
        if (senses.length != ideal.length || ideal.length != nadir.length) {
            throw new IllegalArgumentException("senses, ideal and nadir must have the same length");
        }
        senses = senses.clone();
        ideal = ideal.clone();
        nadir = nadir.clone();
    }

    /** The normalisation defined by a reference front given in natural values ({@code n × d}, n ≥ 1). */
    public static Normalization of(double[] naturalReference, int n, Sense[] senses) {
        int d = senses.length;
        if (n < 1) throw new IllegalArgumentException("the reference front is empty");
        double[] min = toMinimization(naturalReference, n, senses);
        return new Normalization(senses, Fronts.min(min, n, d), Fronts.max(min, n, d));
    }

    public int objectives() {
        return senses.length;
    }

    /** Natural rows ({@code n × d}) in minimisation form: maximised objectives negated. A new array. */
    public static double[] toMinimization(double[] natural, int n, Sense[] senses) {
        int d = senses.length;
        Fronts.check(natural, n, d);
        double[] out = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) out[i * d + j] = senses[j].toMinimization(natural[i * d + j]);
        }
        return out;
    }

    /** Natural rows normalised (a new array). */
    public double[] apply(double[] natural, int n) {
        double[] out = toMinimization(natural, n, senses);
        int d = senses.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) out[i * d + j] = (out[i * d + j] - ideal[j]) / range(j);
        }
        return out;
    }

    /** Nadir minus ideal of objective {@code j}, or 1 when the reference front does not vary in it. */
    public double range(int j) {
        double r = nadir[j] - ideal[j];
        return r > 0 ? r : 1.0;
    }

    /** The ideal point in natural values (each objective's best over the reference front). */
    public double[] naturalIdeal() {
        double[] out = new double[ideal.length];
        for (int j = 0; j < out.length; j++) out[j] = senses[j].fromMinimization(ideal[j]);
        return out;
    }

    /** The nadir point in natural values (each objective's worst over the reference front). */
    public double[] naturalNadir() {
        double[] out = new double[nadir.length];
        for (int j = 0; j < out.length; j++) out[j] = senses[j].fromMinimization(nadir[j]);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && Arrays.equals(senses, n.senses) && Arrays.equals(ideal, n.ideal)
                && Arrays.equals(nadir, n.nadir);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ideal) + Arrays.hashCode(nadir);
    }
}
