package org.agrifront.core.variation;

import java.util.random.RandomGenerator;

import org.agrifront.core.RealEncoding;

/** Polynomial mutation (Deb & Goyal 1996) with bounds: each gene mutates with probability {@code rate}. */
public final class PolynomialMutation implements Mutation<double[]> {
    private final RealEncoding encoding;
    private final double rate;
    private final double eta;

    public PolynomialMutation(RealEncoding encoding, double rate, double eta) {
        this.encoding = encoding;
        this.rate = Operators.checkProbability("rate", rate);
        this.eta = eta;
    }

    @Override
    public void mutate(double[] x, RandomGenerator rng) {
        for (int i = 0; i < x.length; i++) {
            if (rng.nextDouble() >= rate) continue;
            double lo = encoding.lower(i), hi = encoding.upper(i);
            if (hi <= lo) continue;
            double y = x[i];
            double d1 = (y - lo) / (hi - lo), d2 = (hi - y) / (hi - lo);
            double u = rng.nextDouble();
            double mpow = 1.0 / (eta + 1.0);
            double dq;
            if (u < 0.5) {
                double v = 2.0 * u + (1.0 - 2.0 * u) * Math.pow(1.0 - d1, eta + 1.0);
                dq = Math.pow(v, mpow) - 1.0;
            } else {
                double v = 2.0 * (1.0 - u) + 2.0 * (u - 0.5) * Math.pow(1.0 - d2, eta + 1.0);
                dq = 1.0 - Math.pow(v, mpow);
            }
            x[i] = Math.min(hi, Math.max(lo, y + dq * (hi - lo)));
        }
    }
}
