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
        // 100 points on the line x + y = 1: all non-dominated; offered in a scrambled order
        for (int k = 0; k <= 100; k++) {
            int i = k * 37 % 101;
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

    /**
     * Random streams of candidates (some infeasible, some repeated): after every 7th candidate, each point of the
     * brute-force front of everything offered so far (least violation first, then Pareto) is in the archive or was
     * removed by truncation; members are mutually non-dominated, never more than the capacity, and each
     * objective's best value is kept. With a capacity of at least the stream's length nothing is lost at all.
     * No member is ever dominated by a point offered before (at the same violation): a point dominated only by a
     * truncated member must not re-enter.
     */
    @Test
    void aPointDominatedOnlyByATruncatedMemberDoesNotReEnter() {
        NondominatedArchive<Integer> a = new NondominatedArchive<>(3);
        // four points on the line x + y = 4: the extremes stay, and of (1, 3) and (2, 2) one is truncated
        double[][] line = {{0, 4}, {4, 0}, {1, 3}, {2, 2}};
        for (int i = 0; i < line.length; i++) a.add(line[i], new Individual<>(i, line[i], new double[0]));
        assertEquals(1, a.truncations());
        java.util.Set<Integer> kept = new java.util.HashSet<>();
        for (Individual<Integer> x : a.members()) kept.add(x.genome());
        int gone = kept.contains(2) ? 3 : 2;
        // just behind the truncated point: no member dominates it, the truncated one does
        double[] behind = {line[gone][0] + 0.1, line[gone][1] + 0.1};
        assertTrue(!a.accepts(behind), "a point dominated by truncated " + java.util.Arrays.toString(line[gone]) + " re-entered");
        assertTrue(!a.offer(behind, 0, () -> new Individual<>(9, behind, new double[0])));
        assertEquals(1, a.witnesses());
        // a point that dominates the witness and the middle member enters (no truncation) and makes the witness redundant
        double[] better = {0.9, 1.9};
        assertTrue(a.offer(better, 0, () -> new Individual<>(10, better, new double[0])));
        assertEquals(0, a.witnesses());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void theArchiveNeverLosesANondominatedPointExceptToTruncation(int seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int m = 2 + seed % 3, stream = 600;
        for (int capacity : new int[] {stream, 40, 7}) {
            NondominatedArchive<Integer> a = new NondominatedArchive<>(capacity);
            java.util.Set<Integer> truncated = new java.util.HashSet<>();
            a.onTruncation(ind -> truncated.add(ind.genome()));
            List<Individual<Integer>> all = new ArrayList<>();
            List<Individual<Integer>> expected = new ArrayList<>();
            Sense[] min = new Sense[m];
            java.util.Arrays.fill(min, Sense.MIN);
            for (int i = 0; i < stream; i++) {
                double[] f = new double[m];
                double sum = 0;
                for (int j = 0; j < m; j++) {
                    f[j] = Math.round(rng.nextDouble() * 50) / 50.0; // a grid, so equal vectors occur
                    sum += f[j];
                }
                for (int j = 0; j < m; j++) f[j] = f[j] / Math.max(sum, 1e-9) * (1 + 0.02 * rng.nextDouble()) * (1 + j);
                // infeasible for the first third, violations shrinking; then mostly feasible
                double v = i < stream / 3 ? Math.max(0, rng.nextDouble() - i / (double) stream) : (rng.nextInt(5) == 0 ? rng.nextDouble() : 0);
                Individual<Integer> ind = new Individual<>(i, f, new double[] {v});
                all.add(ind);
                if (a.accepts(f, v)) a.add(f, v, ind);
                // the exact front of everything offered so far, kept by plain filtering (no bound)
                if (expected.isEmpty() || v < expected.get(0).totalViolation()) {
                    expected.clear();
                    expected.add(ind);
                } else if (v == expected.get(0).totalViolation()
                        && expected.stream().noneMatch(x -> Dominance.compare(x.objectives(), f, min) < 0 || java.util.Arrays.equals(x.objectives(), f))) {
                    expected.removeIf(x -> Dominance.compare(f, x.objectives(), min) < 0);
                    expected.add(ind);
                }

                if (i % 7 != 6 && i != stream - 1) continue; // the checks below are quadratic: every 7th candidate
                List<Individual<Integer>> members = a.members();
                java.util.Set<Integer> have = new java.util.HashSet<>();
                for (Individual<Integer> x : members) have.add(x.genome());
                for (Individual<Integer> e : expected) {
                    boolean kept = have.contains(e.genome()) || members.stream().anyMatch(x -> java.util.Arrays.equals(x.objectives(), e.objectives()));
                    assertTrue(kept || truncated.contains(e.genome()), "point " + e.genome() + " lost without truncation (capacity " + capacity + ")");
                }
                assertTrue(members.size() <= capacity);
                for (Individual<Integer> x : members) {
                    assertTrue(expected.stream().noneMatch(e -> Dominance.compare(e.objectives(), x.objectives(), min) < 0),
                            "member " + x.genome() + " is dominated by a point offered earlier (capacity " + capacity + ")");
                    assertEquals(expected.get(0).totalViolation(), x.totalViolation(), "member " + x.genome() + " violates more than the least");
                    for (Individual<Integer> y : members) assertTrue(x == y || Dominance.compare(y.objectives(), x.objectives(), min) >= 0);
                }
                for (int j = 0; j < m; j++) {
                    final int jj = j;
                    assertEquals(expected.stream().mapToDouble(x -> x.objectives()[jj]).min().getAsDouble(),
                            members.stream().mapToDouble(x -> x.objectives()[jj]).min().getAsDouble(), "best of objective " + j);
                }
                if (capacity >= stream) {
                    assertTrue(truncated.isEmpty());
                    assertEquals(expected.size(), members.size());
                }
            }
            assertEquals(Dominance.nondominated(all, min).size(), expected.size(), "the test's own filter");
            if (capacity < stream) assertTrue(a.truncations() > 0, "the stream must exercise truncation");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"moea", "jmetal"})
    void theArchiveChangesNeitherRandomNumbersNorSurvivorsAndOnlyAddsToTheFront(String engine) throws Exception {
        Path dir = Files.createTempDirectory("archive");
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(300, 6, 30, 12));
        LandUseProblem p = new LandUseProblem("a", LandUseReader.read(dir, "26", "2090-2099", true), 1.0);
        AlgorithmSpec plain = new AlgorithmSpec("nsga2", 24, OperatorSpec.of("uniform", "probability", 0.9), OperatorSpec.of("reset", "genes", 1.0), null,
                LandUseProblem.SCALARIZED, null).withParameter("archive", 0);
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
