package org.agrifront.problems.allocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.agrifront.io.AtomicFiles;

/**
 * A small worked allocation problem that {@code agrifront init allocation DIR} writes as a template: a 20 × 15 grid
 * of 0.25° cells in two regions, three options (forest, cropland, pasture), carbon, food and water per cell and
 * option, today's land use as the baseline, and steep cells where cropland is not allowed. The landscape is
 * synthetic (smooth random fields from a fixed seed), so the template is the same on every machine.
 */
public final class AllocationTemplate {
    public static final int COLUMNS = 20;
    public static final int ROWS = 15;
    public static final List<String> OPTIONS = List.of("forest", "cropland", "pasture");

    private AllocationTemplate() {
    }

    /** Writes problem.json, cells.csv, carbon.csv, food.csv, water.csv and README.md into {@code dir}. */
    public static List<Path> write(Path dir) {
        int n = COLUMNS * ROWS, k = OPTIONS.size();
        SplittableRandom rng = new SplittableRandom(20240615L);
        double[][] fields = new double[3][n]; // soil fertility, wetness, slope in [0, 1]
        for (double[] f : fields) smoothField(f, rng);
        List<String> ids = new ArrayList<>();
        double[] lon = new double[n], lat = new double[n];
        String[] region = new String[n], current = new String[n];
        long[] carbon = new long[n * k], food = new long[n * k], water = new long[n * k];
        double baseWater = 0;
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                int i = r * COLUMNS + c;
                ids.add(String.format("c%03d", i + 1));
                lon[i] = 10.125 + 0.25 * c;
                lat[i] = 48.875 - 0.25 * r;
                region[i] = c < COLUMNS / 2 ? "west" : "east";
                double soil = fields[0][i], wet = fields[1][i], slope = fields[2][i];
                double noise = 0.9 + 0.2 * rng.nextDouble();
                // values per cell in t C, Gcal and 1000 m3; one decimal
                carbon[i * k] = tenths((9000 + 6000 * wet) * noise);
                carbon[i * k + 1] = tenths((2500 + 1500 * soil) * noise);
                carbon[i * k + 2] = tenths((4500 + 2500 * wet) * noise);
                food[i * k] = 0;
                food[i * k + 1] = tenths((200 + 450 * soil) * (1.1 - 0.5 * slope) * noise);
                food[i * k + 2] = tenths((50 + 80 * wet) * noise);
                water[i * k] = tenths((700 + 900 * wet) * noise);
                water[i * k + 1] = tenths((1300 + 1000 * wet) * noise);
                water[i * k + 2] = tenths((1500 + 1100 * wet) * noise);
                boolean steep = slope > 0.8;
                if (steep) { // no cropland on steep slopes
                    carbon[i * k + 1] = food[i * k + 1] = water[i * k + 1] = AllocationWriter.NOT_ALLOWED;
                }
                int today = steep ? (wet > 0.5 ? 0 : 2) : soil > 0.55 ? 1 : slope > 0.6 ? 0 : rng.nextDouble() < 0.5 ? 2 : 1;
                current[i] = OPTIONS.get(today);
                baseWater += water[i * k + today] / 10.0;
            }
        }
        Map<String, String[]> columns = new LinkedHashMap<>();
        columns.put("region", region);
        columns.put("current", current);
        AllocationWriter.writeCells(dir.resolve("cells.csv"), ids, lon, lat, columns);
        AllocationWriter.writeValues(dir.resolve("carbon.csv"), ids, OPTIONS, carbon, 1);
        AllocationWriter.writeValues(dir.resolve("food.csv"), ids, OPTIONS, food, 1);
        AllocationWriter.writeValues(dir.resolve("water.csv"), ids, OPTIONS, water, 1);
        long waterMin = Math.round(baseWater * 0.98 / 1000) * 1000;
        AtomicFiles.writeString(dir.resolve("problem.json"), problemJson(waterMin));
        AtomicFiles.writeString(dir.resolve("README.md"), readme(waterMin));
        return List.of(dir.resolve("problem.json"), dir.resolve("cells.csv"), dir.resolve("carbon.csv"),
                dir.resolve("food.csv"), dir.resolve("water.csv"), dir.resolve("README.md"));
    }

    private static long tenths(double v) {
        return Math.round(v * 10);
    }

    /** A smooth field in [0, 1]: a few random plane waves, rescaled. */
    private static void smoothField(double[] f, SplittableRandom rng) {
        double[][] waves = new double[4][4];
        for (double[] w : waves) {
            w[0] = rng.nextDouble(-0.5, 0.5);
            w[1] = rng.nextDouble(-0.5, 0.5);
            w[2] = rng.nextDouble(0, 2 * Math.PI);
            w[3] = rng.nextDouble(0.5, 1);
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < f.length; i++) {
            int r = i / COLUMNS, c = i % COLUMNS;
            double v = 0;
            for (double[] w : waves) v += w[3] * Math.sin(w[0] * c + w[1] * r + w[2]);
            v += 0.3 * rng.nextDouble();
            f[i] = v;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        for (int i = 0; i < f.length; i++) f[i] = (f[i] - lo) / (hi - lo);
    }

    static String problemJson(long waterMin) {
        return """
                {
                  "_comment": "An allocation problem: choose one option per cell. Fields starting with '_' are comments. See README.md and docs/own-problems.md.",
                  "type": "allocation",
                  "name": "my-landscape",
                  "description": "Template: 300 cells, forest / cropland / pasture; maximise carbon and food, keep water and food.",
                  "_cells": "cells.csv: an 'id' column; optional 'lon','lat' (degrees, cell centres: they enable 'agrifront map'); the baseline column; the group columns.",
                  "cells": "cells.csv",
                  "_options": "Option names: the column names of every values file (besides 'id').",
                  "options": ["forest", "cropland", "pasture"],
                  "_values": "One file per quantity: 'id' plus one column per option. An empty field means the option is not allowed in that cell.",
                  "values": {"carbon": "carbon.csv", "food": "food.csv", "water": "water.csv"},
                  "_objectives": "Totals over the cells to maximise or minimise; 'name' is a values table (or give 'value' and any name).",
                  "objectives": [
                    {"name": "carbon", "sense": "max", "unit": "t C"},
                    {"name": "food", "sense": "max", "unit": "Gcal"}
                  ],
                  "_constraints": "Totals to keep: 'min' and/or 'max', each a number or {\\"baseline\\": \\"current\\"} (that allocation's total), optionally with a \\"factor\\".",
                  "constraints": [
                    {"value": "water", "min": %d},
                    {"value": "food", "min": {"baseline": "current"}}
                  ],
                  "_baseline": "The cells.csv column naming each cell's option today: the neutral start perturbs it and gains are reported against it.",
                  "baseline": "current",
                  "_groups": "cells.csv columns grouping cells, coarsest first (for hierarchical seeding and the group-block mutation).",
                  "groups": ["region"]
                }
                """.formatted(waterMin);
    }

    static String readme(long waterMin) {
        return """
                # my-landscape: an allocation problem template

                Written by `agrifront init allocation DIR`. Edit the tables and `problem.json`, then:

                    agrifront validate problem.json
                    agrifront run problem.json --generations 500 --out runs/nsga2-seed1
                    agrifront bounds problem.json --out bounds
                    agrifront map runs/nsga2-seed1 --solution knee
                    agrifront report runs/nsga2-seed1 --bounds bounds

                ## Files

                - `problem.json`: what to optimise. Fields starting with `_` are comments and ignored.
                - `cells.csv`: one row per cell. `id` (any text, unique); `lon`, `lat` in degrees (cell centres on a
                  regular grid; optional, they enable maps); `region` (a group column, listed in `"groups"`);
                  `current` (today's option of every cell, the `"baseline"`).
                - `carbon.csv`, `food.csv`, `water.csv`: `id` plus one column per option: the cell's carbon (t C), food
                  (Gcal) and water yield (1000 m3) under that option. An empty field means the option is not allowed in
                  that cell (here: no cropland on steep cells).

                ## The problem

                Maximise total carbon and total food, keeping total water at least %d and total food at least
                today's (`{"baseline": "current"}`). The runs start from a neutral population (today's land use
                perturbed, random allowed allocations, both repaired greedily towards the constraints); `bounds`
                computes the exact optimum of each objective and an exact front (MILP) to judge the runs against.

                The landscape is synthetic: smooth random fields for soil, wetness and slope on a 20 x 15 grid of
                0.25 degree cells.
                """.formatted(waterMin);
    }
}
