package org.agrifront.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run's front ({@code front.csv} and the convergence trace) comes from. By default every run keeps a
 * {@link NondominatedArchive} of the population's size and reports it, so a front can only lose a point to the
 * archive's truncation, never to the algorithm's survival step; {@code archive=N} sets the size. {@code archive=0}
 * ({@code --front population}, a study entry's {@code "front": "population"}) reports the non-dominated set of the
 * population instead, as the libraries do.
 *
 * @param archive the archive's size, 0 for the population's front
 */
public record FrontSource(int archive) {
    public static final String ARCHIVE = "archive";
    public static final String POPULATION = "population";

    /** The front source of {@code a}: parameter {@code archive}, else an archive of the population's size. */
    public static FrontSource of(AlgorithmSpec a) {
        double cap = a.parameter("archive", Math.min(a.populationSize(), 1_000_000)); // a huge population meets the memory check, not this one
        if (cap != Math.rint(cap) || cap < 0 || cap == 1 || cap > 1_000_000) {
            throw new IllegalArgumentException("parameter archive must be 0 (the population's front) or a whole number in [2, 1000000], found " + cap);
        }
        return new FrontSource((int) cap);
    }

    /** {@code a} with the front taken from {@code source} ("archive" or "population"). */
    public static AlgorithmSpec apply(AlgorithmSpec a, String source) {
        if (source == null || source.equals(ARCHIVE)) return a;
        if (!source.equals(POPULATION)) {
            throw new IllegalArgumentException("front: expected archive or population, found '" + source + "'");
        }
        Double given = a.parameters().get("archive");
        if (given != null && given != 0) {
            throw new IllegalArgumentException("front 'population' keeps no archive, but parameter archive=" + given.intValue() + " asks for one; drop one of them");
        }
        return a.withParameter("archive", 0);
    }

    public boolean archived() {
        return archive > 0;
    }

    public String label() {
        return archived() ? ARCHIVE : POPULATION;
    }

    /** For run.json: {"source": "archive", "archive": 100} or {"source": "population"}. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", label());
        if (archived()) m.put("archive", archive);
        return m;
    }
}
