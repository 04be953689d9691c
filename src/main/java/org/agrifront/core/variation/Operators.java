package org.agrifront.core.variation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.Encoding;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;

/**
 * Builds variation operators from their Agrifront names. Both engines take their operators from here, so a
 * comparison between engines compares the algorithms, not two implementations of uniform crossover.
 * <p>
 * Categorical: crossover {@code uniform}, {@code one-point}, {@code two-point}, {@code k-point} (parameter
 * {@code points}), {@code none}; mutation {@code reset} ({@code rate} per gene, or {@code genes} expected per
 * child, default 1), {@code none}, plus the problem's own (e.g. {@code unit-block}).
 * Real: crossover {@code sbx} ({@code probability}, {@code eta}), {@code uniform}, {@code none}; mutation
 * {@code pm} ({@code rate} or {@code genes}, {@code eta}), {@code adaptive} (polynomial mutation whose rate follows
 * the fitness trend, see {@link AdaptiveMutation}), {@code none}, plus the problem's own.
 */
public final class Operators {
    public static final List<String> CATEGORICAL_CROSSOVERS = List.of("uniform", "one-point", "two-point", "k-point", "none");
    public static final List<String> CATEGORICAL_MUTATIONS = List.of("reset", "none");
    public static final List<String> REAL_CROSSOVERS = List.of("sbx", "uniform", "none");
    public static final List<String> REAL_MUTATIONS = List.of("pm", "adaptive", "none");

    private Operators() {
    }

    public static OperatorSpec defaultCrossover(Encoding<?> encoding) {
        return encoding instanceof CategoricalEncoding ? OperatorSpec.of("uniform", "probability", 0.9)
                : new OperatorSpec("sbx", Map.of("probability", 0.9, "eta", 15.0));
    }

    public static OperatorSpec defaultMutation(Encoding<?> encoding) {
        return encoding instanceof CategoricalEncoding ? OperatorSpec.of("reset", "genes", 1.0)
                : new OperatorSpec("pm", Map.of("genes", 1.0, "eta", 20.0));
    }

    /** The crossover named by {@code spec}; the working genome type follows the problem's encoding. */
    @SuppressWarnings("unchecked")
    public static Crossover<?> crossover(Problem<?> problem, OperatorSpec spec) {
        Optional<Crossover<?>> own = problem.crossover(spec);
        if (own.isPresent()) return own.get();
        Encoding<?> enc = problem.encoding();
        double p = spec.get("probability", 0.9);
        if (enc instanceof CategoricalEncoding) {
            switch (spec.name()) {
                case "uniform": allow(spec, "probability"); return new UniformCrossover(p);
                case "one-point": allow(spec, "probability"); return new PointCrossover(1, p);
                case "two-point": allow(spec, "probability"); return new PointCrossover(2, p);
                case "k-point": allow(spec, "probability", "points");
                    return new PointCrossover((int) spec.get("points", 2), p);
                case "none": allow(spec); return (Crossover<CategoricalGenome>) (a, b, r) -> { };
                default: throw unknown("crossover", spec, CATEGORICAL_CROSSOVERS);
            }
        }
        RealEncoding real = (RealEncoding) enc;
        switch (spec.name()) {
            case "sbx": allow(spec, "probability", "eta");
                return new SimulatedBinaryCrossover(real, p, spec.get("eta", 15.0));
            case "uniform": allow(spec, "probability"); return new UniformRealCrossover(p);
            case "none": allow(spec); return (Crossover<double[]>) (a, b, r) -> { };
            default: throw unknown("crossover", spec, REAL_CROSSOVERS);
        }
    }

    /** The mutation named by {@code spec}. */
    @SuppressWarnings("unchecked")
    public static Mutation<?> mutation(Problem<?> problem, OperatorSpec spec) {
        Optional<Mutation<?>> own = problem.mutation(spec);
        if (own.isPresent()) return own.get();
        Encoding<?> enc = problem.encoding();
        if (enc instanceof CategoricalEncoding cat) {
            switch (spec.name()) {
                case "reset": allow(spec, "rate", "genes");
                    return new ResetMutation(perGeneRate(spec, cat.length()), cat.options());
                case "none": allow(spec); return (Mutation<CategoricalGenome>) (g, r) -> { };
                default: throw unknown("mutation", spec, CATEGORICAL_MUTATIONS);
            }
        }
        RealEncoding real = (RealEncoding) enc;
        switch (spec.name()) {
            case "pm": allow(spec, "rate", "genes", "eta");
                return new PolynomialMutation(real, perGeneRate(spec, real.length()), spec.get("eta", 20.0));
            case "adaptive": return AdaptiveMutation.of(real, spec);
            case "none": allow(spec); return (Mutation<double[]>) (g, r) -> { };
            default: throw unknown("mutation", spec, REAL_MUTATIONS);
        }
    }

    /** Per-gene rate from {@code rate}, or from {@code genes} (expected mutated genes per child, default 1). */
    public static double perGeneRate(OperatorSpec spec, int length) {
        if (spec.parameters().containsKey("rate")) {
            if (spec.parameters().containsKey("genes")) {
                throw new IllegalArgumentException("operator '" + spec.name() + "': give either 'rate' or 'genes', not both");
            }
            return checkProbability("rate", spec.get("rate", 0));
        }
        double genes = spec.get("genes", 1.0);
        if (genes < 0) throw new IllegalArgumentException("operator '" + spec.name() + "': 'genes' must be >= 0, found " + genes);
        return Math.min(1.0, genes / length);
    }

    /** Rejects parameters the operator does not know, naming the ones it does. */
    public static void allow(OperatorSpec spec, String... keys) {
        Set<String> known = Set.of(keys);
        for (String k : spec.parameters().keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("operator '" + spec.name() + "' has no parameter '" + k + "'"
                        + (keys.length == 0 ? "" : "; known: " + String.join(", ", keys)));
            }
        }
    }

    static double checkProbability(String what, double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException(what + " must be in [0, 1], found " + p);
        return p;
    }

    private static IllegalArgumentException unknown(String kind, OperatorSpec spec, List<String> known) {
        return new IllegalArgumentException("unknown " + kind + " '" + spec.name() + "'; known: " + String.join(", ", known));
    }

    /** Applies a crossover to two working genomes of unknown static type (engine helper). */
    @SuppressWarnings("unchecked")
    public static <W> void cross(Crossover<?> c, W a, W b, RandomGenerator rng) {
        ((Crossover<W>) c).cross(a, b, rng);
    }

    /** Applies a mutation to a working genome of unknown static type (engine helper). */
    @SuppressWarnings("unchecked")
    public static <W> void mutate(Mutation<?> m, W g, RandomGenerator rng) {
        ((Mutation<W>) m).mutate(g, rng);
    }
}
