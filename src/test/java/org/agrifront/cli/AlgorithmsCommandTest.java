package org.agrifront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Engine;
import org.agrifront.engine.Engines;
import org.agrifront.problems.landuse.LandUseGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code agrifront algorithms} lists every registry; unknown algorithms and parameters are answered with the known ones. */
class AlgorithmsCommandTest {
    @TempDir
    Path dir;

    static String[] cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        picocli.CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void jsonListsEveryDescriptorOfEveryEngineAndWhatEachEngineLacks() throws Exception {
        String[] r = cli("algorithms", "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode root = new ObjectMapper().readTree(r[1]);
        int engines = 0;
        for (JsonNode e : root.get("engines")) {
            Engine engine = Engines.get(e.get("engine").asText());
            assertEquals(engine.algorithms().names().size(), e.get("algorithms").size());
            for (JsonNode a : e.get("algorithms")) {
                AlgorithmDescriptor d = engine.algorithms().get(a.get("name").asText());
                assertEquals(d.aliases().size(), a.get("aliases").size());
                assertEquals(d.parameters().size(), a.get("parameters").size());
                assertTrue(a.get("constraintHandling").asText().length() > 10, d.name());
            }
            engines++;
        }
        assertEquals(Engines.all().size(), engines);
        for (String name : Algorithms.known()) {
            JsonNode lacking = root.get("missing").get(name);
            for (Engine e : Engines.all()) {
                boolean listed = false;
                for (JsonNode l : lacking) listed |= l.asText().equals(e.name());
                assertEquals(!e.algorithms().has(name), listed, name + " in " + e.name());
            }
        }
    }

    @Test
    void textForOneEngineShowsRealOnlyAlgorithmsAndParameterRanges() {
        String[] r = cli("algorithms", "--engine", "moea");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("gde3  [real]"), r[1]);
        assertTrue(r[1].contains("nsga2 (nsga-ii, nsgaii, nsga-2)  [categorical, real]"), r[1]);
        assertTrue(r[1].contains("neighborhoodSize (integer, default 20, range 2..1000000)"), r[1]);
        assertTrue(r[1].contains("mocell: missing in moea"), r[1]);
        assertTrue(!r[1].contains("== jmetal"), "only the engine asked for");
    }

    @Test
    void anUnknownEngineIsOneLineWithTheKnownOnes() {
        String[] r = cli("algorithms", "--engine", "pygmo");
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("error: unknown engine 'pygmo'; known: moea, jmetal"), r[2]);
    }

    Path problem() throws Exception {
        Path data = dir.resolve("data");
        LandUseGenerator.generate(data, new LandUseGenerator.Params(50, 4, 8, 1));
        Path p = dir.resolve("problem.json");
        Files.writeString(p, "{\"type\": \"landuse\", \"data\": \"" + data.toString().replace("\\", "/") + "\",\n"
                + " \"scenario\": {\"rcp\": \"26\", \"period\": \"2090-2099\"}}\n");
        return p;
    }

    @Test
    void runWithAnUnknownAlgorithmExitsTwoListingTheEnginesAlgorithms() throws Exception {
        String[] r = cli("run", problem().toString(), "--algorithm", "nsga4", "--out", dir.resolve("o").toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("unknown algorithm 'nsga4'; known: nsga2, nsga3"), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }

    @Test
    void runWithAnUnknownParameterExitsTwoListingTheAlgorithmsParameters() throws Exception {
        String[] r = cli("run", problem().toString(), "--algorithm", "moead", "--param", "neighbourhood=10",
                "--out", dir.resolve("o").toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("unknown parameter 'neighbourhood' for algorithm 'moead'; known: neighborhoodSize, delta, eta"), r[2]);
    }

    @Test
    void runWithARealOnlyAlgorithmOnACategoricalProblemExitsTwo() throws Exception {
        String[] r = cli("run", problem().toString(), "--algorithm", "gde3", "--out", dir.resolve("o").toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("algorithm 'gde3' of engine 'moea' needs a real genome; this problem's genome is categorical"), r[2]);
    }

    @Test
    void aParameterOutOfRangeExitsTwo() throws Exception {
        String[] r = cli("run", problem().toString(), "--algorithm", "moead", "--param", "delta=1.5",
                "--out", dir.resolve("o").toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("parameter 'delta' of algorithm 'moead': expected a value in [0.0, 1.0], found 1.5"), r[2]);
    }

    /** A study spec naming {@code algorithm} with {@code parameters}; returns {exit code of validate, stderr}. */
    String[] validateStudy(String algorithm, String parameters) throws Exception {
        org.agrifront.experiment.StudyFixtures.tradeoff(dir);
        Path spec = dir.resolve("experiments/algorithms.json");
        org.agrifront.experiment.StudyFixtures.write(spec, """
                {"name": "algorithms",
                 "problems": [{"file": "problems/tradeoff.json"}],
                 "algorithms": [{"engine": "moea", "name": "%s", "population": 10%s}],
                 "seeds": {"count": 1, "base": 1},
                 "budget": {"generations": 2}}
                """.formatted(algorithm, parameters));
        return cli("validate", spec.toString());
    }

    @Test
    void aStudyNamingAnAlgorithmTheEngineLacksExitsTwoListingTheEnginesAlgorithms() throws Exception {
        String[] r = validateStudy("mocell", "");
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("field '$.algorithms[0].name'") && r[2].contains("engine 'moea' has no algorithm 'mocell'; known: nsga2, nsga3, unsga3, moead"), r[2]);
    }

    @Test
    void aStudyWithAnUnknownParameterOfANewAlgorithmExitsTwoListingItsParameters() throws Exception {
        String[] r = validateStudy("ibea", ", \"parameters\": {\"indicatr\": 1}");
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("unknown parameter 'indicatr' for algorithm 'ibea'; known: indicator, keepExtremes, archive"), r[2]);
        assertEquals("0", validateStudy("ibea", ", \"parameters\": {\"indicator\": 1}")[0]);
    }
}
