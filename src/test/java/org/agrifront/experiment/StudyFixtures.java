package org.agrifront.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small problem and experiment files in a temporary repository layout ({@code problems/}, {@code experiments/}). */
public final class StudyFixtures {
    private StudyFixtures() {
    }

    /** A 120-cell synthetic land-use problem: {@code problems/tiny-landuse.json}. */
    public static Path landUse(Path root) throws IOException {
        return write(root.resolve("problems/tiny-landuse.json"), """
                {"type": "landuse", "name": "tiny-landuse",
                 "synthetic": {"cells": 120, "biomes": 3, "units": 12, "seed": 5},
                 "scenario": {"rcp": "26", "period": "2090-2099"}}
                """);
    }

    /** The two-objective test problem: {@code problems/tradeoff.json}. */
    public static Path tradeoff(Path root) throws IOException {
        return write(root.resolve("problems/tradeoff.json"), """
                {"type": "test-tradeoff", "name": "tradeoff", "genes": 16}
                """);
    }

    /** Four algorithm configurations (both algorithms in both engines) on the tiny land-use problem. */
    public static Path landUseStudy(Path root, int seeds, int threads) throws IOException {
        landUse(root);
        return write(root.resolve("experiments/tiny.json"), """
                {"name": "tiny",
                 "problems": [{"file": "problems/tiny-landuse.json"}],
                 "algorithms": [
                   {"engine": "moea", "name": "nsga2", "population": 20, "initialization": "scalarized"},
                   {"engine": "jmetal", "name": "nsga2", "population": 20, "initialization": "scalarized"},
                   {"engine": "moea", "name": "nsga3", "population": 20, "initialization": "scalarized", "parameters": {"divisions": 4}},
                   {"engine": "jmetal", "name": "nsga3", "population": 20, "initialization": "scalarized", "parameters": {"divisions": 4}}],
                 "seeds": {"count": %d, "base": 1},
                 "budget": {"evaluations": 200},
                 "traceInterval": 3, "threads": %d, "solutions": false,
                 "analysis": {"bootstrapResamples": 500}}
                """.formatted(seeds, threads));
    }

    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /**
     * Every file under {@code dir} except wall-clock ones (run.json, timings.csv, comparison.csv, trace.csv,
     * report.html), as text.
     */
    public static String deterministicContent(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String n = f.getFileName().toString();
                if (n.equals("run.json") || n.equals("timings.csv") || n.equals("comparison.csv") || n.equals("trace.csv") || n.equals("report.html")
                        || n.equals("study.json")) continue;
                sb.append("== ").append(dir.relativize(f)).append('\n').append(Files.readString(f));
            }
        }
        return sb.toString();
    }
}
