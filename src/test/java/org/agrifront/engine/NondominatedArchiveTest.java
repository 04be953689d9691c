package org.agrifront.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.agrifront.core.Dominance;
import org.agrifront.core.Individual;
import org.agrifront.core.Sense;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.problems.landuse.LandUseGenerator;
import org.agrifront.problems.landuse.LandUseProblem;
import org.agrifront.problems.landuse.LandUseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NondominatedArchiveTest {

    @Test
    void belowCapacityTheArchiveIsExactlyTheNondominatedSetOfAllPointsOffered() {
        SplittableRandom rng = new SplittableRandom(3);
        NondominatedArchive<Integer> a = new NondominatedArchive<>(10_000);
        List<Individual<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // points near the plane x + y + z = 1, so many are non-dominated
            double x = rng.nextDouble(), y = rng.nextDouble() * (1 - x), z = 1 - x - y + rng.nextDouble() * 0.05;
            double[] f = {x, y, z};
            Individual<Integer> ind = new Individual<>(i, f, new double[0]);
            all.add(ind);
            if (a.accepts(f)) a.add(f, ind);
        }
        Sense[] min = {Sense.MIN, Sense.MIN, Sense.MIN};
        TreeSet<Integer> expected = new TreeSet<>();
        for (Individual<Integer> ind : Dominance.nondominated(all, min)) expected.add(ind.genome());
        TreeSet<Integer> actual = new TreeSet<>();
        for (Individual<Integer> ind : a.members()) actual.add(ind.genome());
        assertEquals(expected, actual);
        assertTrue(expected.size() > 100);
    }

    @Test
    void truncationKeepsCapacityAndEachObjectivesBest() {
        NondominatedArchive<Integer> a = new NondominatedArchive<>(20);
        // 100 points on the line x + y = 1: all non-dominated
        for (int i = 0; i <= 100; i++) {
            double[] f = {i / 100.0, 1 - i / 100.0};
            a.add(f, new Individual<>(i, f, new double[0]));
        }
        List<Individual<Integer>> kept = a.members();
        assertEquals(20, kept.size());
        TreeSet<Integer> ids = new TreeSet<>();
        for (Individual<Integer> ind : kept) ids.add(ind.genome());
        assertTrue(ids.contains(0) && ids.contains(100), "extremes kept: " + ids);
        // Evenly thinned: no gap between kept neighbours wider than 3x the even spacing (100/19 ≈ 5.3).
        int prev = -1;
        for (int id : ids) {
            if (prev >= 0) assertTrue(id - prev <= 16, "gap " + prev + " -> " + id + " in " + ids);
            prev = id;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"moea", "jmetal"})
    void theArchiveChangesNeitherRandomNumbersNorSurvivorsAndOnlyAddsToTheFront(String engine) throws Exception {
        Path dir = Files.createTempDirectory("archive");
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(300, 6, 30, 12));
        LandUseProblem p = new LandUseProblem("a", LandUseReader.read(dir, "26", "2090-2099", true), 1.0);
        AlgorithmSpec plain = new AlgorithmSpec("nsga2", 24, null, OperatorSpec.of("reset", "genes", 1.0), null,
                LandUseProblem.SCALARIZED, null);
        RunResult<byte[]> without = Engines.get(engine).run(new RunSpec<>(p, plain, 4, 60), RunListener.none());
        RunResult<byte[]> with = Engines.get(engine).run(new RunSpec<>(p, plain.withParameter("archive", 50), 4, 60), RunListener.none());
        assertEquals(without.population().size(), with.population().size());
        for (int i = 0; i < with.population().size(); i++) {
            assertArrayEquals(without.population().get(i).genome(), with.population().get(i).genome());
        }
        assertTrue(with.front().size() >= without.front().size());
        Sense[] senses = Dominance.senses(p);
        // No solution of the plain front dominates a member of the archived front.
        for (Individual<byte[]> a : without.front()) {
            for (Individual<byte[]> b : with.front()) assertTrue(Dominance.compare(a.objectives(), b.objectives(), senses) >= 0);
        }
    }
}
