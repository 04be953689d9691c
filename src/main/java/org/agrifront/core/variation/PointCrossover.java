package org.agrifront.core.variation;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;

/**
 * k-point crossover (k = 1 is one-point, 2 two-point): k distinct cut points in 1..n-1, the children exchange every
 * other segment. Applied with probability {@code probability}.
 */
public final class PointCrossover implements Crossover<CategoricalGenome> {
    private final int points;
    private final double probability;

    public PointCrossover(int points, double probability) {
        if (points < 1) throw new IllegalArgumentException("points must be >= 1, found " + points);
        this.points = points;
        this.probability = Operators.checkProbability("probability", probability);
    }

    @Override
    public void cross(CategoricalGenome a, CategoricalGenome b, RandomGenerator rng) {
        if (rng.nextDouble() >= probability) return;
        int n = a.length();
        if (n < 2) return;
        int k = Math.min(points, n - 1);
        int[] cuts = new int[k];
        // draw k distinct cut points in [1, n-1] (k is tiny: rejection is fine)
        for (int c = 0; c < k; c++) {
            int cut;
            boolean dup;
            do {
                cut = 1 + rng.nextInt(n - 1);
                dup = false;
                for (int j = 0; j < c; j++) dup |= cuts[j] == cut;
            } while (dup);
            cuts[c] = cut;
        }
        Arrays.sort(cuts);
        // segments [cuts[0], cuts[1]), [cuts[2], cuts[3]), ... (the last one open to n) are exchanged
        int exchanged = 0;
        for (int c = 0; c < k; c += 2) exchanged += (c + 1 < k ? cuts[c + 1] : n) - cuts[c];
        if (2 * exchanged <= n) {
            for (int c = 0; c < k; c += 2) a.exchangeRange(b, cuts[c], c + 1 < k ? cuts[c + 1] : n);
        } else {
            // same children, less work: swap everything, then exchange back the (shorter) complement
            a.swapContents(b);
            int start = 0;
            for (int c = 0; c <= k; c += 2) {
                int end = c < k ? cuts[c] : n;
                a.exchangeRange(b, start, end);
                if (c + 1 < k) start = cuts[c + 1];
                else break;
            }
        }
    }
}
