package org.agrifront.core.variation;

import java.util.random.RandomGenerator;

import org.agrifront.core.RealEncoding;

/**
 * Simulated binary crossover (Deb & Agrawal 1995) with bounds, as in NSGA-II's reference code: with probability
 * {@code probability}, each gene is recombined with probability 1/2 using distribution index {@code eta}.
 */
public final class SimulatedBinaryCrossover implements Crossover<double[]> {
    private static final double EPS = 1e-14;
    private final RealEncoding encoding;
    private final double probability;
    private final double eta;

    public SimulatedBinaryCrossover(RealEncoding encoding, double probability, double eta) {
        this.encoding = encoding;
        this.probability = Operators.checkProbability("probability", probability);
        this.eta = eta;
    }

    @Override
    public void cross(double[] a, double[] b, RandomGenerator rng) {
        if (rng.nextDouble() >= probability) return;
        for (int i = 0; i < a.length; i++) {
            if (rng.nextDouble() > 0.5) continue;
            double x1 = a[i], x2 = b[i];
            if (Math.abs(x1 - x2) <= EPS) continue;
            double lo = encoding.lower(i), hi = encoding.upper(i);
            double y1 = Math.min(x1, x2), y2 = Math.max(x1, x2);
            double u = rng.nextDouble();
            double c1 = child(y1, y2, lo, hi, u, true);
            double c2 = child(y1, y2, lo, hi, u, false);
            if (rng.nextDouble() <= 0.5) {
                a[i] = c2;
                b[i] = c1;
            } else {
                a[i] = c1;
                b[i] = c2;
            }
        }
    }

    private double child(double y1, double y2, double lo, double hi, double u, boolean lower) {
        double beta = lower ? 1.0 + 2.0 * (y1 - lo) / (y2 - y1) : 1.0 + 2.0 * (hi - y2) / (y2 - y1);
        double alpha = 2.0 - Math.pow(beta, -(eta + 1.0));
        double betaq = u <= 1.0 / alpha
                ? Math.pow(u * alpha, 1.0 / (eta + 1.0))
                : Math.pow(1.0 / (2.0 - u * alpha), 1.0 / (eta + 1.0));
        double c = lower ? 0.5 * ((y1 + y2) - betaq * (y2 - y1)) : 0.5 * ((y1 + y2) + betaq * (y2 - y1));
        return Math.min(hi, Math.max(lo, c));
    }
}
