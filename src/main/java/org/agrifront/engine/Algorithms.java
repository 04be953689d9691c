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
}
