package org.agrifront.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.problems.Problems;
import org.agrifront.problems.allocation.AllocationProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The allocation MILP against brute force over every allocation of a tiny instance. */
class AllocationModelTest {
    @TempDir
    Path dir;

    /** Nine cells, three options, 3^9 = 19,683 allocations; water at least 30, food between 20 and 45. */
    Path tiny() throws IOException {
        Files.writeString(dir.resolve("p.json"), """
                {"type": "allocation", "cells": "cells.csv", "options": ["forest", "crop", "pasture"],
                 "values": {"carbon": "carbon.csv", "food": "food.csv", "water": "water.csv"},
                 "objectives": [{"name": "carbon", "sense": "max"}, {"name": "food", "sense": "max"}],
                 "constraints": [{"value": "water", "min": 30}, {"value": "food", "min": 20, "max": 45}]}
                """);
        StringBuilder cells = new StringBuilder("id\n"), carbon = new StringBuilder("id,forest,crop,pasture\n"),
                food = new StringBuilder(carbon), water = new StringBuilder(carbon);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        for (int c = 1; c <= 9; c++) {
            cells.append("c").append(c).append('\n');
            carbon.append("c").append(c).append(',').append(8 + rng.nextInt(6)).append(',').append(1 + rng.nextInt(3)).append(',').append(4 + rng.nextInt(3)).append('\n');
            food.append("c").append(c).append(",0,").append(4 + rng.nextInt(6)).append(',').append(1 + rng.nextInt(3)).append('\n');
            water.append("c").append(c).append(',').append(2 + rng.nextInt(2)).append(',').append(3 + rng.nextInt(3)).append(',').append(4 + rng.nextInt(3)).append('\n');
        }
        Files.writeString(dir.resolve("cells.csv"), cells.toString());
        Files.writeString(dir.resolve("carbon.csv"), carbon.toString());
        Files.writeString(dir.resolve("food.csv"), food.toString());
        Files.writeString(dir.resolve("water.csv"), water.toString());
        return dir.resolve("p.json");
    }

    @Test
    void optimaAndFrontEqualBruteForce() throws IOException {
        AllocationProblem p = (AllocationProblem) Problems.load(tiny());
        // brute force: every feasible allocation's objectives
        List<double[]> feasible = new ArrayList<>();
        byte[] g = new byte[9];
        double[] obj = new double[2], viol = new double[2];
        double[] best = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int code = 0; code < 19683; code++) {
            for (int c = 0, r = code; c < 9; c++, r /= 3) g[c] = (byte) (r % 3);
            p.evaluate(g, obj, viol);
            if (viol[0] > 0 || viol[1] > 0) continue;
            feasible.add(obj.clone());
            best[0] = Math.max(best[0], obj[0]);
            best[1] = Math.max(best[1], obj[1]);
        }
        assertFalse(feasible.isEmpty());
        BoundsResult r = new AllocationModel().solve(p, new BoundsOptions(20, true, 30_000));
        for (int k = 0; k < 2; k++) {
            ExactPoint opt = r.optima().get(k);
            assertTrue(opt.feasible(), opt.label());
            assertEquals(best[k], opt.objectives()[k], 1e-9, opt.label());
            // and not dominated by a feasible allocation with the same value of objective k
            for (double[] f : feasible) {
                assertFalse(f[k] >= opt.objectives()[k] && f[1 - k] > opt.objectives()[1 - k] + 1e-9, opt.label() + " is dominated");
            }
        }
        // every reference-front point is feasible and Pareto-optimal among all allocations
        assertTrue(r.referenceFront().size() >= 3, "front points: " + r.referenceFront().size());
        for (ExactPoint e : r.referenceFront()) {
            assertTrue(e.feasible());
            for (double[] f : feasible) {
                boolean dominates = f[0] >= e.objectives()[0] && f[1] >= e.objectives()[1]
                        && (f[0] > e.objectives()[0] + 1e-9 || f[1] > e.objectives()[1] + 1e-9);
                assertFalse(dominates, e.label() + " dominated by " + f[0] + "/" + f[1]);
            }
        }
        // the relaxation bounds the integral optima from above
        BoundsResult lp = new AllocationModel().solve(p, new BoundsOptions(5, false, 30_000));
        for (int k = 0; k < 2; k++) assertTrue(lp.optima().get(k).objectives()[k] >= best[k] - 1e-9);
    }
}
