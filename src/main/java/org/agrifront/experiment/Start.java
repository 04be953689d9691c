package org.agrifront.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.core.Problem;

/**
 * How a run starts, labelled for honest comparisons. A <em>neutral</em> start uses no exact knowledge; an
 * <em>informed</em> one does: an initialisation the problem declares informed ({@link Problem#isInformed}, e.g. one
 * built from LP multipliers), or seeds injected into the initial population (hierarchical seeding, a study's
 * {@code "seeding"}, {@code --initial-solutions}). The label goes to run.json ({@code "start"}) and the report.
 */
public final class Start {
    public static final String NEUTRAL = "neutral";
    public static final String INFORMED = "informed";

    private Start() {
    }

    /** The initialisation used when none is named: the problem's neutral start if it has one, else its default. */
    public static String defaultInitialization(Problem<?> problem) {
        return problem.initializations().contains(Problem.NEUTRAL) ? Problem.NEUTRAL : problem.defaultInitialization();
    }

    /**
     * {@code requested} for {@code problem}: null, or {@code neutral} on a problem that has no neutral start, give
     * {@link #defaultInitialization}; any other name is kept (and checked by the run).
     */
    public static String resolve(Problem<?> problem, String requested) {
        if (requested == null || (requested.equals(Problem.NEUTRAL) && !problem.initializations().contains(Problem.NEUTRAL))) {
            return defaultInitialization(problem);
        }
        return requested;
    }

    /** run.json's {@code "start"}: the initialisation, its kind and, for informed starts, what informed them. */
    public static Map<String, Object> describe(Problem<?> problem, String initialization, int seeds, String seeding) {
        List<String> informedBy = new ArrayList<>();
        if (problem.isInformed(initialization)) informedBy.add("initialization " + initialization);
        if (seeding != null && !seeding.equals(SeedingMethod.RANDOM)) informedBy.add("seeding " + seeding);
        if (seeds > 0) informedBy.add(seeds + " seeded initial solutions");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initialization", initialization);
        m.put("kind", informedBy.isEmpty() ? NEUTRAL : INFORMED);
        if (!informedBy.isEmpty()) m.put("informedBy", informedBy);
        return m;
    }
}
