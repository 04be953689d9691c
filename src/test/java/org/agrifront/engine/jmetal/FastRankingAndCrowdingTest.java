package org.agrifront.engine.jmetal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.agrifront.core.RandomStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uma.jmetal.operator.selection.impl.RankingAndCrowdingSelection;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.solution.doublesolution.impl.DefaultDoubleSolution;
import org.uma.jmetal.util.bounds.Bounds;
import org.uma.jmetal.util.comparator.dominanceComparator.impl.DominanceWithConstraintsComparator;
import org.uma.jmetal.util.densityestimator.impl.CrowdingDistanceDensityEstimator;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;

/**
 * FastRankingAndCrowding replaces jMetal 6.6's RankingAndCrowdingSelection: on random constrained populations with
 * many ties and duplicates (objectives on a coarse grid, where sort stability decides crowding) both must pick the
 * same survivors in the same order and leave the same rank and crowding attributes on every solution.
 */
class FastRankingAndCrowdingTest {
    static final String RANK = FastNonDominatedSortRanking.class.getName();
    static final String CROWDING = CrowdingDistanceDensityEstimator.class.getName();

    static List<DoubleSolution> population(Random random, int n, int objectives, int constraints, int grid) {
        List<DoubleSolution> pop = new ArrayList<>(n);
        List<Bounds<Double>> bounds = List.of(Bounds.create(0.0, 1.0));
        for (int i = 0; i < n; i++) {
            DoubleSolution s = new DefaultDoubleSolution(bounds, objectives, constraints);
            for (int m = 0; m < objectives; m++) s.objectives()[m] = random.nextInt(grid) + (grid > 50 ? random.nextDouble() : 0);
            // jMetal's convention: a constraint value < 0 is a violation; about a third of the solutions violate
            for (int c = 0; c < constraints; c++) s.constraints()[c] = random.nextInt(3) == 0 ? -random.nextInt(4) - 1 : 0;
            pop.add(s);
        }
        return pop;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void sameSurvivorsRanksAndCrowdingAsTheLibrary(int seed) {
        Random random = new Random(seed);
        int objectives = 2 + seed % 4;
        int n = 20 + random.nextInt(180);
        int size = Math.max(2, n / 2 - random.nextInt(5));
        int constraints = seed % 3 == 0 ? 0 : 1 + seed % 2;
        int grid = seed % 2 == 0 ? 6 : 1000;
        List<DoubleSolution> original;
        // jMetal draws the (unused) variables from its global generator, which the project binds to a run's stream
        try (RandomStreams.Binding b = RandomStreams.bind(RandomStreams.create(seed))) {
            original = population(random, n, objectives, constraints, grid);
        }
        List<DoubleSolution> forLibrary = new ArrayList<>(), forOurs = new ArrayList<>();
        Map<DoubleSolution, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            DoubleSolution a = (DoubleSolution) original.get(i).copy(), b = (DoubleSolution) original.get(i).copy();
            forLibrary.add(a);
            forOurs.add(b);
            index.put(a, i);
            index.put(b, i);
        }
        DominanceWithConstraintsComparator<DoubleSolution> dominance = new DominanceWithConstraintsComparator<>();

        List<DoubleSolution> expected = new RankingAndCrowdingSelection<>(size, dominance).execute(forLibrary);
        List<DoubleSolution> actual = new FastRankingAndCrowding<>(dominance).select(forOurs, size);

        assertEquals(expected.stream().map(index::get).toList(), actual.stream().map(index::get).toList(), "survivors in order");
        int ranked = 0;
        for (int i = 0; i < n; i++) {
            Object rank = forLibrary.get(i).attributes().get(RANK);
            assertEquals(rank, forOurs.get(i).attributes().get(RANK), "rank of solution " + i);
            if (rank != null) ranked++;
        }
        assertEquals(n, ranked, "every solution ranked");
        for (DoubleSolution s : expected) {
            int i = index.get(s);
            Double want = (Double) forLibrary.get(i).attributes().get(CROWDING);
            Double got = (Double) forOurs.get(i).attributes().get(CROWDING);
            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), "crowding of survivor " + i);
        }
    }
}
