package org.agrifront.analysis;

import java.util.Arrays;

/**
 * All {@link Indicator}s of one front against one reference front: the thin object over the kernels that adds the
 * normalisation. Fronts come in natural values; they are turned into minimised, normalised form
 * ({@link Normalization}), reduced to their distinct non-dominated points, and measured. The hypervolume's
 * reference point is {@code referencePoint} (default 1.1) in every normalised objective, i.e. 10 % beyond the
 * reference front's nadir; it is exact up to {@code exactUpTo} objectives and a seeded Monte Carlo estimate above.
 */
public final class QualityIndicators {
    /** How indicators are computed; written next to the numbers. */
    public record Settings(double referencePoint, int exactUpTo, long monteCarloSamples, long seed) {
        public Settings {
            if (!(referencePoint > 1)) throw new IllegalArgumentException("referencePoint must be > 1, found " + referencePoint);
            if (exactUpTo < 2) throw new IllegalArgumentException("exactUpTo must be >= 2, found " + exactUpTo);
            if (monteCarloSamples < 1000) throw new IllegalArgumentException("monteCarloSamples must be >= 1000, found " + monteCarloSamples);
        }

        public static Settings defaults() {
            return new Settings(1.1, 4, 100_000, 1);
        }
    }

    /** Indicator values in {@link Indicator} order, plus the hypervolume's standard error (0 when exact). */
    public record Values(double[] values, double hypervolumeStandardError) {
        public double get(Indicator indicator) {
            return values[indicator.ordinal()];
        }
    }

    private final Normalization normalization;
    private final Settings settings;
    private final double[] reference;
    private final int referenceSize;
    private final double[] refPoint;
    private final int d;

    /** {@code naturalReference}: the reference front ({@code m × d}, natural values, m ≥ 1). */
    public QualityIndicators(Normalization normalization, double[] naturalReference, int m, Settings settings) {
        this.normalization = normalization;
        this.settings = settings;
        this.d = normalization.objectives();
        double[] normalized = normalization.apply(naturalReference, m);
        this.reference = Fronts.nondominated(normalized, m, d);
        this.referenceSize = reference.length / d;
        if (referenceSize == 0) throw new IllegalArgumentException("the reference front is empty");
        this.refPoint = new double[d];
        Arrays.fill(refPoint, settings.referencePoint());
    }

    public Normalization normalization() {
        return normalization;
    }

    public Settings settings() {
        return settings;
    }

    public boolean exactHypervolume() {
        return d <= settings.exactUpTo();
    }

    /** Number of distinct non-dominated points of the reference front. */
    public int referenceSize() {
        return referenceSize;
    }

    /** The reference front's own indicator values (its hypervolume is the best any front here can reach). */
    public Values referenceValues() {
        return measure(reference, referenceSize);
    }

    /** The indicators of a front given in natural values ({@code n × d}); an empty front gives HV 0 and NaN distances. */
    public Values evaluate(double[] naturalFront, int n) {
        return evaluate(naturalFront, n, settings.monteCarloSamples());
    }

    /**
     * As {@link #evaluate(double[], int)} with {@code samples} Monte Carlo samples when the hypervolume is estimated
     * (the report uses a tenth of the setting at intermediate trace points, whose standard errors it records).
     */
    public Values evaluate(double[] naturalFront, int n, long samples) {
        double[] normalized = normalization.apply(naturalFront, n);
        double[] front = Fronts.nondominated(normalized, n, d);
        return measure(front, front.length / d, samples);
    }

    private Values measure(double[] front, int n) {
        return measure(front, n, settings.monteCarloSamples());
    }

    private Values measure(double[] front, int n, long samples) {
        double[] v = new double[Indicator.values().length];
        double se = 0;
        if (exactHypervolume()) {
            v[Indicator.HYPERVOLUME.ordinal()] = Hypervolume.exact(front, n, d, refPoint);
        } else {
            Hypervolume.Estimate e = Hypervolume.monteCarlo(front, n, d, refPoint, samples, settings.seed());
            v[Indicator.HYPERVOLUME.ordinal()] = e.value();
            se = e.standardError();
        }
        v[Indicator.IGD_PLUS.ordinal()] = Distances.igdPlus(front, n, reference, referenceSize, d);
        v[Indicator.EPSILON_ADDITIVE.ordinal()] = Distances.additiveEpsilon(front, n, reference, referenceSize, d);
        v[Indicator.GD.ordinal()] = Distances.generationalDistance(front, n, reference, referenceSize, d);
        v[Indicator.SPREAD.ordinal()] = d == 2 ? Distances.spread2d(front, n, reference, referenceSize)
                : Distances.generalizedSpread(front, n, reference, referenceSize, d);
        v[Indicator.NONDOMINATED.ordinal()] = n;
        return new Values(v, se);
    }

    /** Which spread formula applies to {@code d} objectives (for the notes written next to the numbers). */
    public static String spreadDefinition(int d) {
        return d == 2 ? "Deb's spread (2002)" : "generalised spread (Zhou et al. 2006)";
    }
}
