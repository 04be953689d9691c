package org.agrifront.engine;

import java.util.List;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;

/**
 * A categorical problem solvable by hand: n genes with options {0, 1, 2}; maximise the number of 2s and the number
 * of 0s, subject to at most {@code cap} 2s. Any 1 wastes a gene, so the feasible Pareto front is exactly
 * {(k, n − k) : k = 0..cap}.
 */
public final class TwoCounts implements Problem<byte[]> {
    public final int n;
    public final int cap;

    public TwoCounts(int n, int cap) {
        this.n = n;
        this.cap = cap;
    }

    @Override
    public String name() {
        return "two-counts";
    }

    @Override
    public Encoding<byte[]> encoding() {
        return new CategoricalEncoding(n, List.of("zero", "one", "two"));
    }

    @Override
    public List<Objective> objectives() {
        return List.of(Objective.max("twos", ""), Objective.max("zeros", ""));
    }

    @Override
    public List<Constraint> constraints() {
        return List.of(new Constraint("twos_cap", "", "at most cap twos"));
    }

    @Override
    public void evaluate(byte[] g, double[] objectives, double[] violations) {
        int twos = 0, zeros = 0;
        for (byte b : g) {
            if (b == 2) twos++;
            else if (b == 0) zeros++;
        }
        objectives[0] = twos;
        objectives[1] = zeros;
        violations[0] = Math.max(0, twos - cap) / (double) n;
    }
}
