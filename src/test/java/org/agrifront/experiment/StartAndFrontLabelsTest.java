package org.agrifront.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json says where the front came from and how the run started; not-applicable pairs have no runs. */
class StartAndFrontLabelsTest {
    @TempDir
    Path root;

    private Path study(String algorithms) throws Exception {
        StudyFixtures.landUse(root);
        StudyFixtures.tradeoff(root);
        return StudyFixtures.write(root.resolve("experiments/labels.json"), """
                {"name": "labels",
                 "problems": [{"file": "problems/tiny-landuse.json"}, {"file": "problems/tradeoff.json"}],
                 "algorithms": [%s],
                 "seeds": {"count": 1, "base": 1},
                 "budget": {"generations": 4},
                 "traceInterval": 2, "threads": 1, "solutions": false}
                """.formatted(algorithms));
    }

    @Test
    void runJsonRecordsFrontSourceStartKindAndTheDescriptor() throws Exception {
        Study s = StudyReader.read(study("""
                {"engine": "moea", "name": "nsga2", "population": 10},
                {"engine": "jmetal", "name": "nsga2", "label": "pop", "population": 10, "front": "population",
                 "initialization": "random", "problems": ["tiny-landuse"]}"""));
        // the second entry runs on one problem only
        assertEquals(3, s.tasks().size());
        Path out = root.resolve("results/labels");
        StudyRunner.run(s, out, 1, null, null);

        JsonNode archived = Json.MAPPER.readTree(Files.readString(out.resolve("tiny-landuse/moea-nsga2/seed-1/run.json")));
        assertEquals("archive", archived.path("front").path("source").asText());
        assertEquals(10, archived.path("front").path("archive").asInt());
        assertEquals("neutral", archived.path("start").path("kind").asText());
        assertEquals("nsga2", archived.path("algorithm").path("canonicalName").asText());
        assertTrue(archived.path("algorithm").path("libraryClass").asText().startsWith("org.moeaframework"));
        assertFalse(archived.path("algorithm").path("libraryConstraintHandling").asText().isEmpty());
        assertEquals(10, archived.path("algorithm").path("resolvedParameters").path("archive").asInt());
        assertTrue(archived.path("engineDiagnostics").path("archiveSize").asInt() >= 1);

        JsonNode population = Json.MAPPER.readTree(Files.readString(out.resolve("tiny-landuse/jmetal-pop/seed-1/run.json")));
        assertEquals("population", population.path("front").path("source").asText());
        assertEquals("random", population.path("start").path("initialization").asText());
        assertFalse(Files.exists(out.resolve("tradeoff/jmetal-pop")), "not applicable: no runs");
    }

    @Test
    void seededRunsAreLabelledInformed() throws Exception {
        var problem = s1problem();
        var spec = org.agrifront.engine.AlgorithmSpec.of("nsga2", 10);
        var seeds = List.of(problem.encoding().random(new java.util.SplittableRandom(1)));
        var runSpec = new org.agrifront.engine.RunSpec<>(problem, spec, 1, 2, seeds);
        var result = org.agrifront.engine.Engines.get("moea").run(runSpec, null);
        var m = SingleRun.metadata(org.agrifront.engine.Engines.get("moea"), runSpec, result, false, null);
        @SuppressWarnings("unchecked")
        var start = (java.util.Map<String, Object>) m.get("start");
        assertEquals("informed", start.get("kind"));
        assertEquals(List.of("1 seeded initial solutions"), start.get("informedBy"));
    }

    private org.agrifront.core.Problem<byte[]> s1problem() throws Exception {
        @SuppressWarnings("unchecked")
        var p = (org.agrifront.core.Problem<byte[]>) org.agrifront.problems.Problems.load(
                org.agrifront.problems.ProblemSource.of(StudyFixtures.tradeoff(root), null));
        return p;
    }

    @Test
    void badFrontAndProblemsEntriesAreOneLineErrors() throws Exception {
        InputException e = assertThrows(InputException.class, () -> StudyReader.read(study("""
                {"engine": "moea", "name": "nsga2", "front": "best"}""")));
        assertTrue(e.getMessage().contains("$.algorithms[0].front") && e.getMessage().contains("archive or population"), e.getMessage());
        e = assertThrows(InputException.class, () -> StudyReader.read(study("""
                {"engine": "moea", "name": "nsga2", "problems": ["nope"]}""")));
        assertTrue(e.getMessage().contains("$.algorithms[0].problems[0]") && e.getMessage().contains("tradeoff"), e.getMessage());
        e = assertThrows(InputException.class, () -> StudyReader.read(study("""
                {"engine": "moea", "name": "nsga2", "front": "population", "parameters": {"archive": 50}}""")));
        assertTrue(e.getMessage().contains("drop one"), e.getMessage());
    }
}
