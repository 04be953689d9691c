package org.agrifront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrifront.experiment.StudyFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Bad experiment files: one line naming the file and the JSON path, exit code 2, for validate and study alike. */
class StudySpecErrorsTest {
    @TempDir
    Path root;
    Path spec;

    static final String GOOD = """
            {"name": "bad",
             "problems": [{"file": "problems/tradeoff.json"}],
             "algorithms": [{"engine": "moea", "name": "nsga2", "population": 10}],
             "seeds": {"count": 2, "base": 1},
             "budget": {"generations": 2}}
            """;

    @BeforeEach
    void files() throws Exception {
        StudyFixtures.tradeoff(root);
        spec = root.resolve("experiments/bad.json");
    }

    private String fails(String json, String command) throws Exception {
        StudyFixtures.write(spec, json);
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = command.equals("study") ? cl.execute(command, spec.toString(), "--out", root.resolve("out").toString())
                : cl.execute(command, spec.toString());
        String text = err.toString().strip();
        assertEquals(2, code, text);
        assertFalse(text.contains("\n"), "one line: " + text);
        assertTrue(text.startsWith("error: " + spec), text);
        return text;
    }

    private String fails(String json) throws Exception {
        String validate = fails(json, "validate");
        assertEquals(validate, fails(json, "study"));
        return validate;
    }

    @Test
    void theGoodFileValidates() throws Exception {
        StudyFixtures.write(spec, GOOD);
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("validate", spec.toString()));
    }

    @Test
    void unknownAlgorithm() throws Exception {
        String e = fails(GOOD.replace("\"nsga2\"", "\"nsga9\""));
        assertTrue(e.contains("field '$.algorithms[0].name'") && e.contains("unknown algorithm 'nsga9'; known:") && e.contains("nsga3"), e);
    }

    @Test
    void unknownEngine() throws Exception {
        String e = fails(GOOD.replace("\"moea\"", "\"pygmo\""));
        assertTrue(e.contains("field '$.algorithms[0].engine'") && e.contains("unknown engine 'pygmo'; known: moea, jmetal"), e);
    }

    @Test
    void negativeSeeds() throws Exception {
        String e = fails(GOOD.replace("\"base\": 1", "\"base\": -3"));
        assertTrue(e.contains("field '$.seeds.base'") && e.contains("expected a seed >= 0, found -3"), e);
        e = fails(GOOD.replace("\"count\": 2", "\"count\": -2"));
        assertTrue(e.contains("field '$.seeds.count'") && e.contains("found -2"), e);
    }

    @Test
    void missingProblemFile() throws Exception {
        String e = fails(GOOD.replace("problems/tradeoff.json", "problems/nowhere.json"));
        assertTrue(e.contains("field '$.problems[0].file'") && e.contains("nowhere.json not found"), e);
    }

    @Test
    void malformedJson() throws Exception {
        String e = fails(GOOD.replace("\"seeds\": {", "\"seeds\": {,"));
        assertTrue(e.matches("error: .*bad\\.json:4: malformed JSON: .*"), e);
    }

    @Test
    void unknownField() throws Exception {
        String e = fails(GOOD.replace("\"population\": 10", "\"popsize\": 10"));
        assertTrue(e.contains("field '$.algorithms[0].popsize'") && e.contains("unknown field; known:"), e);
    }

    @Test
    void wrongTypeAndMissingBudget() throws Exception {
        String e = fails(GOOD.replace("\"population\": 10", "\"population\": \"ten\""));
        assertTrue(e.contains("field '$.algorithms[0].population'") && e.contains("expected an integer"), e);
        e = fails(GOOD.replace(",\n \"budget\": {\"generations\": 2}", ""));
        assertTrue(e.contains("field '$.budget'") && e.contains("missing required field"), e);
    }

    @Test
    void badOperatorAndParameterNames() throws Exception {
        String e = fails(GOOD.replace("\"population\": 10", "\"population\": 10, \"mutation\": \"flip\""));
        assertTrue(e.contains("field '$.algorithms[0].mutation'") && e.contains("flip"), e);
        e = fails(GOOD.replace("\"population\": 10", "\"population\": 10, \"parameters\": {\"division\": 4}"));
        assertTrue(e.contains("field '$.algorithms[0].parameters.division'") && e.contains("unknown parameter 'division'") && e.contains("known: archive"), e);
    }

    @Test
    void twoConfigurationsWithTheSameNameNeedLabels() throws Exception {
        String twice = GOOD.replace("[{\"engine\": \"moea\", \"name\": \"nsga2\", \"population\": 10}]",
                "[{\"engine\": \"moea\", \"name\": \"nsga2\", \"population\": 10}, {\"engine\": \"moea\", \"name\": \"nsga2\"}]");
        String e = fails(twice);
        assertTrue(e.contains("field '$.algorithms[1]'") && e.contains("\"label\""), e);
        assertTrue(Files.exists(spec));
    }
}
