package org.agrifront.problems.landuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.agrifront.problems.landuse.LandUseData.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandUseGeneratorTest {

    @Test
    void writesTheRealLayoutAndTheReaderReadsItBack(@TempDir Path dir) throws IOException {
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(500, 6, 60, 5));
        for (String[] sc : LandUseGenerator.SCENARIOS) {
            for (Service s : Service.values()) {
                for (boolean corrected : new boolean[] {true, false}) {
                    Path f = LandUseReader.esquantFile(dir, sc[0], sc[1], s, corrected);
                    assertTrue(Files.size(f) > 0);
                }
            }
        }
        LandUseData d = LandUseReader.read(dir, "60", "2033-2042", true);
        assertEquals(500, d.cells());
        assertEquals(60, IntStream.range(0, d.cells()).map(d::unit).distinct().count());
        assertTrue(IntStream.range(0, d.cells()).map(d::biome).distinct().count() <= 6);
        // only pasture gives forage; natural vegetation gives no crop
        for (int c = 0; c < d.cells(); c++) {
            assertEquals(0, d.value(c, 0, Service.CROP));
            for (int o = 0; o < 9; o++) assertEquals(0, d.value(c, o, Service.FORAGE));
        }
        // plain tables are space-aligned with the real header; corrected ones tab-separated with a trailing ID
        Path plain = LandUseReader.esquantFile(dir, "26", "2090-2099", Service.CARBON, false);
        assertTrue(Files.readAllLines(plain).get(0).trim().startsWith("Lon      Lat             PNV"));
        Path corrected = LandUseReader.esquantFile(dir, "26", "2090-2099", Service.CARBON, true);
        assertTrue(Files.readString(corrected).startsWith("Lon\tLat\tPNV\t"));
        assertTrue(Files.readString(corrected).split("\r\n")[0].endsWith("\tPas\tID"));
    }

    @Test
    void theReferenceIsReachableAndNotTrivial(@TempDir Path dir) {
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(400, 8, 50, 9));
        LandUseData d = LandUseReader.read(dir, "26", "2090-2099", true);
        // each service's per-cell maximum exceeds the reference (the problem has room to improve) ...
        for (Service s : Service.values()) {
            long best = 0;
            for (int c = 0; c < d.cells(); c++) {
                long m = Long.MIN_VALUE;
                for (int o = 0; o < d.options(); o++) m = Math.max(m, d.value(c, o, s));
                best += m;
            }
            assertTrue(best > LandUseData.toFixed(d.reference(s)), s + " must be improvable");
        }
        // ... but all-natural misses the crop and forage references (they conflict)
        byte[] natural = new byte[d.cells()];
        LandUseProblem p = new LandUseProblem("g", d, 1.0);
        double[] obj = new double[3], viol = new double[4];
        p.evaluate(natural, obj, viol);
        assertEquals(1.0, viol[1], 0.0);
        assertEquals(1.0, viol[3], 0.0);
    }

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path dir) throws IOException {
        LandUseGenerator.generate(dir.resolve("a"), new LandUseGenerator.Params(200, 8, 30, 77));
        LandUseGenerator.generate(dir.resolve("b"), new LandUseGenerator.Params(200, 8, 30, 77));
        LandUseGenerator.generate(dir.resolve("c"), new LandUseGenerator.Params(200, 8, 30, 78));
        Path rel = Path.of("ESquant", "ESquant_rcp26_2090-2099_INT_200_v8b_4gcms_FoPro_cor4ProtArea.txt");
        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(rel)), Files.readAllBytes(dir.resolve("b").resolve(rel)));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve("constraints.csv")),
                Files.readAllBytes(dir.resolve("b").resolve("constraints.csv")));
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve(rel)),
                Files.readAllBytes(dir.resolve("c").resolve(rel))));
    }
}
