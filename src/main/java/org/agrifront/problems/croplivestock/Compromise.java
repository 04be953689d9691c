package org.agrifront.problems.croplivestock;

import org.agrifront.core.Knee;
import org.agrifront.core.Sense;

/**
 * The balanced compromise of a front: the member closest (Euclidean) to the ideal point after each objective is
 * turned into minimisation and scaled to [0, 1] by its range over the eligible members ({@link Knee}). The paper reports its
 * Pareto scheme with all indicators weighted alike; on an evolutionary front the member nearest the ideal point is
 * the corresponding "no objective preferred" choice. Ties go to the lowest index.
 */
public final class Compromise {
    private Compromise() {
    }

    /**
     * Index of the compromise among {@code objectives} (rows in natural units and senses), considering only rows
     * with {@code eligible[r]} (e.g. feasible ones); all rows when none is eligible. -1 for an empty front.
     */
    public static int knee(double[][] objectives, Sense[] senses, boolean[] eligible) {
        boolean any = false;
        for (boolean e : eligible) any |= e;
        return any ? Knee.index(objectives, senses, eligible) : Knee.index(objectives, senses);
    }
}
