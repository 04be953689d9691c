package org.agrifront.core;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** Real-valued genes within per-gene bounds. */
public record RealEncoding(double[] lower, double[] upper) implements Encoding<double[]> {
    public RealEncoding {
        if (lower.length != upper.length || lower.length == 0) {
            throw new IllegalArgumentException("lower and upper bounds must have the same, positive length");
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] <= upper[i])) throw new IllegalArgumentException("lower > upper at gene " + i);
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    public static RealEncoding uniform(int length, double lo, double hi) {
        double[] l = new double[length];
        double[] u = new double[length];
        Arrays.fill(l, lo);
        Arrays.fill(u, hi);
        return new RealEncoding(l, u);
    }

    @Override
    public int length() {
        return lower.length;
    }

    public double lower(int i) {
        return lower[i];
    }

    public double upper(int i) {
        return upper[i];
    }

    @Override
    public double[] random(RandomGenerator rng) {
        double[] x = new double[lower.length];
        for (int i = 0; i < x.length; i++) x[i] = lower[i] + rng.nextDouble() * (upper[i] - lower[i]);
        return x;
    }

    @Override
    public String describe() {
        return "real(" + lower.length + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RealEncoding r && Arrays.equals(lower, r.lower) && Arrays.equals(upper, r.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }
}
