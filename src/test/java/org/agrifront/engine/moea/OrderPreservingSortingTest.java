package org.agrifront.engine.moea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moeaframework.core.Solution;
import org.moeaframework.core.attribute.CrowdingDistance;
import org.moeaframework.core.attribute.Rank;
import org.moeaframework.core.constraint.LessThanOrEqual;
import org.moeaframework.core.population.NondominatedSortingPopulation;

/**
 * OrderPreservingSorting replaces MOEA Framework 5.0's NondominatedSorting inside NondominatedSortingPopulation: on
 * random constrained populations with ties and duplicates both must give every solution the same rank and the same
 * crowding distance (bit for bit), and truncation must keep the same solutions in the same order.
 */
class OrderPreservingSortingTest {

    static List<Solution> population(Random random, int n, int objectives, boolean constrained, int grid) {
        List<Solution> pop = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // constraints as MoeaProblemAdapter sets them: one aggregate violation, satisfied at <= 0
            Solution s = new Solution(1, objectives, constrained ? 1 : 0);
            if (constrained) s.setConstraint(0, LessThanOrEqual.to(0.0));
            for (int m = 0; m < objectives; m++) s.setObjectiveValue(m, random.nextInt(grid) + (grid > 50 ? random.nextDouble() : 0));
            if (constrained) s.setConstraintValue(0, random.nextInt(3) == 0 ? random.nextInt(4) + 1 : 0);
            pop.add(s);
        }
        return pop;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void sameRanksCrowdingAndTruncationAsTheLibrary(int seed) {
        Random random = new Random(seed);
        int objectives = 2 + seed % 4;
        int n = 20 + random.nextInt(180);
        int keep = Math.max(2, n / 2 - random.nextInt(5));
        List<Solution> original = population(random, n, objectives, seed % 3 != 0, seed % 2 == 0 ? 6 : 1000);
        NondominatedSortingPopulation library = new NondominatedSortingPopulation();
        NondominatedSortingPopulation ours = OrderPreservingSorting.install(new NondominatedSortingPopulation(), true);
        Map<Solution, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            Solution a = original.get(i).copy(), b = original.get(i).copy();
            index.put(a, i);
            index.put(b, i);
            library.add(a);
            ours.add(b);
        }
        library.update();
        ours.update();
        for (int i = 0; i < n; i++) {
            assertEquals(Rank.getAttribute(library.get(i)), Rank.getAttribute(ours.get(i)), "rank of solution " + i);
            assertEquals(Double.doubleToLongBits(CrowdingDistance.getAttribute(library.get(i))),
                    Double.doubleToLongBits(CrowdingDistance.getAttribute(ours.get(i))), "crowding of solution " + i);
        }
        library.truncate(keep);
        ours.truncate(keep);
        List<Integer> want = new ArrayList<>(), got = new ArrayList<>();
        for (Solution s : library) want.add(index.get(s));
        for (Solution s : ours) got.add(index.get(s));
        assertEquals(want, got, "survivors of truncation, in order");
    }

    @Test
    void installReplacesTheLibrarysSorting() throws ReflectiveOperationException {
        NondominatedSortingPopulation p = OrderPreservingSorting.install(new NondominatedSortingPopulation(), false);
        Field f = NondominatedSortingPopulation.class.getDeclaredField("nondominatedSorting");
        f.setAccessible(true);
        assertSame(OrderPreservingSorting.class, f.get(p).getClass());
    }
}
