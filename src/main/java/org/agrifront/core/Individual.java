package org.agrifront.core;

/**
 * One evaluated solution in natural units: the genome, objective values in their own sense, constraint
 * violations (0 = satisfied).
 */
public record Individual<G>(G genome, double[] objectives, double[] violations) {

    public boolean feasible() {
        for (double v : violations) if (v > 0) return false;
        return true;
    }

    public double totalViolation() {
        double s = 0;
        for (double v : violations) s += v;
        return s;
    }
}
