package org.agrifront.engine;

import java.util.Locale;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.Problem;

/**
 * Fails fast, with one clear line, when a run cannot fit in this Java's heap ({@link Runtime#maxMemory}), instead
 * of an OutOfMemoryError after minutes. The estimate is a lower bound: parents, offspring and their merged copy
 * (three populations) of genomes plus objective and violation vectors, and NSGA-III's reference directions.
 */
public final class MemoryBudget {
    /** Bytes per solution besides its genes and vectors (objects, arrays, references), a conservative guess. */
    private static final long OVERHEAD = 160;

    private MemoryBudget() {
    }

    /** Throws an IllegalArgumentException when {@code algorithm} on {@code problem} needs more than the heap allows. */
    public static void check(Problem<?> problem, AlgorithmSpec algorithm) {
        check(problem, algorithm, Runtime.getRuntime().maxMemory());
    }

    static void check(Problem<?> problem, AlgorithmSpec algorithm, long maxMemory) {
        long genes = problem.encoding().length();
        long geneBytes = problem.encoding() instanceof CategoricalEncoding ? 1 : 8;
        int m = problem.numberOfObjectives();
        double perSolution = genes * geneBytes + 8.0 * (2 * m + problem.numberOfConstraints()) + OVERHEAD;
        double need = 3.0 * algorithm.populationSize() * perSolution;
        String canonical = Algorithms.isKnown(algorithm.name()) ? Algorithms.canonical(algorithm.name()) : algorithm.name();
        if (canonical.equals(Algorithms.NSGA3) || canonical.equals("unsga3")) {
            double directions = Algorithms.referenceDirections(m, Algorithms.divisions(m, algorithm.parameters()));
            need += directions * (8.0 * m + 32);
            if (directions > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "NSGA-III with these divisions has %.3g reference"
                        + " directions for %d objectives; use fewer divisions", directions, m));
            }
        }
        if (need > 0.8 * maxMemory) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "population %d of %s (%d genes) needs at least %s,"
                            + " more than the %s this Java may use; use a smaller population (or raise -Xmx)",
                    algorithm.populationSize(), problem.name(), genes, bytes(need), bytes(maxMemory)));
        }
    }

    static String bytes(double b) {
        return b >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", b / 1e9) : String.format(Locale.ROOT, "%.0f MB", b / 1e6);
    }
}
