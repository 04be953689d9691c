package org.agrifront.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Agrifront's algorithm vocabulary with the aliases users type. An unknown name is answered with the known ones.
 */
public final class Algorithms {
    public static final String NSGA2 = "nsga2";
    public static final String NSGA3 = "nsga3";

    /**
     * Algorithm parameters the engines read: NSGA-III {@code divisions}, {@code innerDivisions}; {@code penalty}
     * (penalty constraint handling); {@code extremeArchive} (1 = add each objective's best feasible solution to the
     * front, see {@link RunContext}). Anything else is a typo.
     */
    public static final List<String> PARAMETERS = List.of("divisions", "innerDivisions", "penalty", "extremeArchive", "archive");

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        alias(NSGA2, "nsga2", "nsga-ii", "nsgaii", "nsga-2");
        alias(NSGA3, "nsga3", "nsga-iii", "nsgaiii", "nsga-3");
    }

    private Algorithms() {
    }

    private static void alias(String canonical, String... names) {
        for (String n : names) ALIASES.put(n, canonical);
    }

    /** The canonical name for {@code name}, or an exception listing the known names. */
    public static String canonical(String name) {
        String c = ALIASES.get(name.toLowerCase(Locale.ROOT));
        if (c == null) throw new IllegalArgumentException("unknown algorithm '" + name + "'; known: " + known());
        return c;
    }

    public static List<String> known() {
        return List.of(NSGA2, NSGA3);
    }

    /** NSGA-III reference-point divisions for {@code objectives} (Deb & Jain 2014 settings), as {outer, inner}. */
    public static int[] defaultDivisions(int objectives) {
        switch (objectives) {
            case 1: return new int[] {100, 0};
            case 2: return new int[] {99, 0};
            case 3: return new int[] {12, 0};
            case 4: return new int[] {8, 0};
            case 5: return new int[] {6, 0};
            case 6: return new int[] {4, 1};
            case 7: case 8: return new int[] {3, 2};
            default: return new int[] {3, 2};
        }
    }

    /**
     * NSGA-III divisions {outer, inner} from algorithm parameters {@code divisions} / {@code innerDivisions}, else
     * the defaults for the number of objectives. Giving only {@code divisions} means a single layer.
     */
    public static int[] divisions(int objectives, Map<String, Double> parameters) {
        int[] d = defaultDivisions(objectives);
        Double outer = parameters.get("divisions"), inner = parameters.get("innerDivisions");
        int o = outer == null ? d[0] : outer.intValue();
        int i = inner != null ? inner.intValue() : outer != null ? 0 : d[1];
        if (o < 1 || i < 0) throw new IllegalArgumentException("NSGA-III divisions must be >= 1 and innerDivisions >= 0, found " + o + ", " + i);
        return new int[] {o, i};
    }

    /** Number of NSGA-III reference directions: outer layer plus inner layer (Das–Dennis counts). */
    public static long referenceDirections(int objectives, int[] divisions) {
        return ReferenceDirections.count(objectives, divisions[0])
                + (divisions[1] > 0 ? ReferenceDirections.count(objectives, divisions[1]) : 0);
    }

    /**
     * Default population: 100 for NSGA-II; for NSGA-III the number of reference directions rounded up to a multiple
     * of 4, as Deb &amp; Jain (2014) size it (156 at 8 objectives with 3 + 2 divisions).
     */
    public static int defaultPopulation(String algorithm, int objectives, Map<String, Double> parameters) {
        if (!canonical(algorithm).equals(NSGA3)) return 100;
        long h = referenceDirections(objectives, divisions(objectives, parameters));
        return (int) Math.min(Integer.MAX_VALUE - 3, (h + 3) / 4 * 4);
    }
}
