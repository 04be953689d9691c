package org.agrifront.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.agrifront.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study whose runs are seeded hierarchically: levels per run, the same results with 1 and 2 threads. */
class SeededStudyTest {
    @TempDir
    Path root;

    Path spec(String seeding, String problemFile) throws Exception {
        StudyFixtures.write(root.resolve("problems/syn.json"), """
                {"type": "landuse", "name": "syn",
                 "synthetic": {"cells": 400, "biomes": 6, "units": 40, "seed": 31},
                 "scenario": {"rcp": "26", "period": "2090-2099"},
                 "seeding": {"unitGenerations": 15, "unitPopulation": 20}}
                """);
        StudyFixtures.tradeoff(root);
        return StudyFixtures.write(root.resolve("experiments/seeded.json"), """
                {"name": "seeded",
                 "problems": [{"file": "%s"}],
                 "algorithms": [
                   {"engine": "moea", "name": "nsga2", "population": 20, "label": "nsga2-hierarchical", "seeding": "%s"},
                   {"engine": "jmetal", "name": "nsga2", "population": 20, "label": "nsga2-hierarchical", "seeding": "%s"}],
                 "seeds": {"count": 2, "base": 1},
                 "budget": {"generations": 10},
                 "traceInterval": 5, "threads": 2,
                 "analysis": {"bootstrapResamples": 500}}
                """.formatted(problemFile, seeding, seeding));
    }

    @Test
    void seededRunsKeepTheirLevelsAndDoNotDependOnTheThreadCount() throws Exception {
        Study study = StudyReader.read(spec("hierarchical", "problems/syn.json"));
        Path one = root.resolve("results/one"), two = root.resolve("results/two");
        StudyRunner.run(study, one, 1, null, null);
        StudyRunner.run(study, two, 2, null, null);
        Map<String, String> a = fronts(one), b = fronts(two);
        assertEquals(a, b);
        RunTask t = study.tasks().get(0);
        Path dir = one.resolve(t.relativeDir());
        for (String f : new String[] {"biome/front.csv", "unit/front.csv", "front.csv", TraceRecorder.FILE}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        String runJson = Files.readString(dir.resolve("run.json"));
        assertTrue(runJson.contains("\"seeding\"") && runJson.contains("\"initialSeeds\""), runJson);
        assertTrue(!runJson.contains("\"initialSeeds\" : 0"), "the runs start from seeds");
    }

    @Test
    void seedingIsCheckedWhenTheSpecIsRead() throws Exception {
        InputException e = assertThrows(InputException.class, () -> StudyReader.read(spec("hierarchical", "problems/tradeoff.json")));
        assertTrue(e.getMessage().contains("$.algorithms[0].seeding") && e.getMessage().contains("does not apply"), e.getMessage());
        e = assertThrows(InputException.class, () -> StudyReader.read(spec("biomes", "problems/syn.json")));
        assertTrue(e.getMessage().contains("unknown seeding 'biomes'") && e.getMessage().contains("hierarchical"), e.getMessage());
    }

    private static Map<String, String> fronts(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().equals("front.csv"))::iterator) {
                out.put(dir.relativize(f).toString(), Files.readString(f));
            }
        }
        return out;
    }
}
