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
     * Parameters every algorithm of every engine accepts (the engine-neutral archive and constraint handling in
     * {@link RunContext}); each algorithm's own parameters are in its {@link AlgorithmDescriptor}.
     */
    public static final List<ParameterSpec> COMMON_PARAMETERS = List.of(
            ParameterSpec.integer("archive", 0, 0, 1_000_000,
                    "size of the non-dominated archive the front and trace come from (0 = the population's front;"
                            + " 1 is not allowed); past the size the most crowded member leaves (SPEA2 truncation)")
                    .derived("population size"),
            ParameterSpec.integer("extremeArchive", 0, 0, 1,
                    "1 = add each objective's best feasible solution to the final front"),
            ParameterSpec.real("penalty", 1e3, 0, 1e300,
                    "penalty per unit of total violation under --constraint-handling penalty"));

    /** NSGA-III's (and U-NSGA-III's) reference-direction parameters; defaults derived from the number of objectives. */
    public static final List<ParameterSpec> NSGA3_PARAMETERS = List.of(
            ParameterSpec.integer("divisions", 0, 1, 1000, "outer-layer divisions of the Das-Dennis directions")
                    .derived("by objectives (3: 12, 8: 3+2)"),
            ParameterSpec.integer("innerDivisions", 0, 0, 1000, "inner-layer divisions (0 = one layer)")
                    .derived("by objectives"));

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        alias(NSGA2, "nsga-ii", "nsgaii", "nsga-2");
        alias(NSGA3, "nsga-iii", "nsgaiii", "nsga-3");
        alias("unsga3", "u-nsga-iii", "unsgaiii", "unsga-iii");
        alias("moead", "moea/d", "moea-d");
        alias("spea2", "spea-2");
        alias("smsemoa", "sms-emoa");
        alias("emoea", "epsilon-moea", "epsilonmoea", "e-moea");
        alias("ensga2", "epsilon-nsga-ii", "epsilonnsgaii", "e-nsga-ii", "ensgaii");
        alias("ibea");
        alias("agemoea2", "age-moea-ii", "agemoeaii", "age-moea2");
        alias("rvea");
        alias("pesa2", "pesa-ii", "pesaii");
        alias("mocell");
        alias("random", "random-search", "randomsearch");
        alias("gde3");
        alias("smpso");
        alias("omopso");
        alias("cmaes", "cma-es", "mo-cma-es");
    }

    private Algorithms() {
    }

    private static void alias(String canonical, String... names) {
        ALIASES.put(canonical, canonical);
        for (String n : names) ALIASES.put(n, canonical);
    }

    /** The aliases of a canonical name, without the name itself. */
    public static List<String> aliasesOf(String canonical) {
        return ALIASES.entrySet().stream().filter(e -> e.getValue().equals(canonical) && !e.getKey().equals(canonical))
                .map(Map.Entry::getKey).toList();
    }

    public static boolean isKnown(String name) {
        return ALIASES.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The canonical name for {@code name}, or an exception listing the known names. */
    public static String canonical(String name) {
        String c = ALIASES.get(name.toLowerCase(Locale.ROOT));
        if (c == null) throw new IllegalArgumentException("unknown algorithm '" + name + "'; known: " + String.join(", ", known()));
        return c;
    }

    /** Every canonical name of Agrifront's vocabulary (an engine may lack some; see its registry). */
    public static List<String> known() {
        return ALIASES.values().stream().distinct().toList();
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
        long outer = ReferenceDirections.count(objectives, divisions[0]);
        long inner = divisions[1] > 0 ? ReferenceDirections.count(objectives, divisions[1]) : 0;
        return outer > Long.MAX_VALUE - inner ? Long.MAX_VALUE : outer + inner;
    }

    /**
     * Default population: 100 for NSGA-II; for NSGA-III the number of reference directions rounded up to a multiple
     * of 4, as Deb &amp; Jain (2014) size it (156 at 8 objectives with 3 + 2 divisions).
     */
    public static int defaultPopulation(String algorithm, int objectives, Map<String, Double> parameters) {
        if (!canonical(algorithm).equals(NSGA3) && !canonical(algorithm).equals("unsga3")) return 100;
        long h = Math.min(Integer.MAX_VALUE - 3, referenceDirections(objectives, divisions(objectives, parameters)));
        return (int) ((h + 3) / 4 * 4);
    }
}
