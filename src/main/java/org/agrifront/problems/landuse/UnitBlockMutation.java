package org.agrifront.problems.landuse;

import java.util.Arrays;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.variation.Mutation;

/**
 * Unit-block mutation: sets every cell of {@code blocks} randomly chosen food-producing units × biome (or whole
 * biomes) to one randomly chosen land use. It makes the coarse moves of the paper's hierarchical levels available
 * at cell level, where a per-cell mutation would need hundreds of lucky draws for the same change.
 */
public final class UnitBlockMutation implements Mutation<CategoricalGenome> {
    private final int[][] cellsOfGroup;
    private final int options;
    private final int blocks;

    public UnitBlockMutation(LandUseData data, boolean byBiome, double blocks) {
        if (blocks < 1 || blocks != Math.rint(blocks)) {
            throw new IllegalArgumentException("operator 'unit-block': blocks must be a whole number >= 1, found " + blocks);
        }
        this.blocks = (int) blocks;
        this.options = data.options();
        this.cellsOfGroup = groups(data, byBiome);
    }

    /** Cells of each unit (or biome), groups in ascending code order so the mapping does not depend on hashing. */
    static int[][] groups(LandUseData data, boolean byBiome) {
        TreeMap<Integer, int[]> counts = new TreeMap<>();
        for (int c = 0; c < data.cells(); c++) {
            int code = byBiome ? data.biome(c) : data.unit(c);
            counts.computeIfAbsent(code, k -> new int[1])[0]++;
        }
        TreeMap<Integer, Integer> index = new TreeMap<>();
        int[][] out = new int[counts.size()][];
        int g = 0;
        for (var e : counts.entrySet()) {
            index.put(e.getKey(), g);
            out[g++] = new int[e.getValue()[0]];
        }
        int[] fill = new int[out.length];
        for (int c = 0; c < data.cells(); c++) {
            int gi = index.get(byBiome ? data.biome(c) : data.unit(c));
            out[gi][fill[gi]++] = c;
        }
        return out;
    }

    @Override
    public void mutate(CategoricalGenome genome, RandomGenerator rng) {
        for (int b = 0; b < blocks; b++) {
            int[] cells = cellsOfGroup[rng.nextInt(cellsOfGroup.length)];
            int option = rng.nextInt(options);
            for (int c : cells) genome.set(c, option);
        }
    }

    int groupCount() {
        return cellsOfGroup.length;
    }

    @Override
    public String toString() {
        return "unit-block(groups=" + cellsOfGroup.length + ", blocks=" + blocks + ", sizes=" + Arrays.stream(cellsOfGroup).mapToInt(a -> a.length).sum() + ")";
    }
}
