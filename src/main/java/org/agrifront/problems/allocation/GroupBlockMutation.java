package org.agrifront.problems.allocation;

import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.variation.Mutation;

/**
 * Group-block mutation ({@code group-block:blocks=B,level=L}): sets every cell of {@code B} randomly chosen groups
 * of group column {@code L} (0 = the coarsest of {@code "groups"}) to one randomly chosen option, in the cells
 * where it is allowed. The coarse moves of a hierarchy, available at cell level.
 */
final class GroupBlockMutation implements Mutation<CategoricalGenome> {
    private final int[][] cellsOfGroup;
    private final boolean[] allowed;
    private final int options;
    private final int blocks;

    GroupBlockMutation(int[] groupOfCell, int groups, boolean[] allowed, int options, int blocks) {
        this.allowed = allowed;
        this.options = options;
        this.blocks = blocks;
        int[] count = new int[groups];
        for (int g : groupOfCell) count[g]++;
        cellsOfGroup = new int[groups][];
        for (int g = 0; g < groups; g++) cellsOfGroup[g] = new int[count[g]];
        int[] fill = new int[groups];
        for (int c = 0; c < groupOfCell.length; c++) cellsOfGroup[groupOfCell[c]][fill[groupOfCell[c]]++] = c;
    }

    @Override
    public void mutate(CategoricalGenome genome, RandomGenerator rng) {
        for (int b = 0; b < blocks; b++) {
            int[] cells = cellsOfGroup[rng.nextInt(cellsOfGroup.length)];
            int option = rng.nextInt(options);
            for (int c : cells) if (allowed[c * options + option]) genome.set(c, option);
        }
    }

    @Override
    public String toString() {
        return "group-block(groups=" + cellsOfGroup.length + ", blocks=" + blocks + ")";
    }
}
