package org.agrifront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agrifront.experiment.StudyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad flags cost one line and exit 2 before any work: nothing is read beyond the flags, nothing is written. */
class FlagsTest {
    @TempDir
    Path root;

    String fail(String... args) {
        StringWriter err = new StringWriter();
        assertEquals(2, Main.execute(new PrintWriter(err, true), args), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        return err.toString().strip();
    }

    @Test
    void outOfRangeFlagsAndUnusableOutputFoldersStopAStudyBeforeItStarts() throws Exception {
        Path spec = StudyFixtures.landUseStudy(root, 2, 1);
        String s = spec.toString(), out = root.resolve("results/x").toString();
        assertEquals("error: --threads: expected an integer >= 1, found 0", fail("study", s, "--threads", "0", "--out", out));
        assertEquals("error: --only-run: range '5-2' runs backwards; write it as 2-5", fail("study", s, "--only-run", "5-2", "--out", out));
        assertTrue(fail("study", s, "--out", s).endsWith("tiny.json: is a file, expected a folder"));
        assertTrue(fail("study", s, "--out", s + "/sub").endsWith("tiny.json is a file, so no folder can be made under it"));
        assertTrue(fail("study", s, "--only-run", "0-8", "--out", out)
                .endsWith("--only-run: run index 8 out of range; this study has runs 0..7"));
        assertEquals("error: Unknown options: '--thread', '2'; did you mean --threads or --throttle? (see 'agrifront study --help')",
                fail("study", s, "--thread", "2"));
        // nothing was written: no result folder, no synthetic instance beyond what reading the spec generated
        assertFalse(Files.exists(root.resolve("results/x")));
        assertEquals(List.of("data"), Files.list(root.resolve("results")).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void problemFilesWithUnsafeNamesFractionsOrRepeatedKeysAreRefused() throws Exception {
        Path p = StudyFixtures.write(root.resolve("p.json"), "{\"type\": \"test-tradeoff\", \"name\": \"../../x\", \"genes\": 4}\n");
        assertTrue(fail("validate", p.toString()).endsWith("field '$.name': '../../x' cannot name a folder; use up to 100 letters,"
                + " digits, '.', '_' and '-', not starting with '.'"));
        StudyFixtures.write(p, "{\"type\": \"test-tradeoff\", \"genes\": 1.5}\n");
        assertTrue(fail("validate", p.toString()).endsWith("p.json:1: field '$.genes': expected an integer, found '1.5'"));
        StudyFixtures.write(p, "{\"type\": \"test-tradeoff\", \"genes\": 4,\n \"genes\": 8}\n");
        assertTrue(fail("validate", p.toString()).endsWith("p.json:2: malformed JSON: Duplicate field 'genes'"));
    }
}
