package org.agrifront.problems.landuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agrifront.problems.landuse.LandUseData.Service;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader against totals of the real LPJ-GUESS files, checked independently: column sums computed with awk
 * ({@code tr -d '\r' < FILE | awk 'NR>1{for(i=3;i<=12;i++)s[i]+=$i} END{…}'}) and the study's own
 * {@code maximumSingelObjectives.csv} (sum over cells of the per-cell best land use).
 */
class LandUseReaderRealDataTest {
    static final Path DATA = Path.of("..", "shared", "data", "lpjguess");
    static LandUseData rcp26late;

    @BeforeAll
    static void load() {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("ESquant")),
                "../shared/data/lpjguess is absent: skipping the real-data reader tests");
        rcp26late = LandUseReader.read(DATA, "26", "2090-2099", true);
    }

    static double columnSum(LandUseData d, Service s, int option) {
        long t = 0;
        for (int c = 0; c < d.cells(); c++) t += d.value(c, option, s);
        return (double) t / LandUseData.SCALE;
    }

    static double perCellMaximumSum(LandUseData d, Service s) {
        long t = 0;
        for (int c = 0; c < d.cells(); c++) {
            long m = Long.MIN_VALUE;
            for (int o = 0; o < d.options(); o++) m = Math.max(m, d.value(c, o, s));
            t += m;
        }
        return (double) t / LandUseData.SCALE;
    }

    @Test
    void readsAllCellsWithBiomeAndUnitMembership() {
        assertEquals(9412, rcp26late.cells());
        assertEquals(713, java.util.stream.IntStream.range(0, rcp26late.cells()).map(rcp26late::unit).distinct().count());
        assertEquals(8, java.util.stream.IntStream.range(0, rcp26late.cells()).map(rcp26late::biome).distinct().count());
        // first row of every file: 87.5 / 46.5, grassland (6), newFPU 6144
        assertEquals(87.5, rcp26late.lon(0));
        assertEquals(46.5, rcp26late.lat(0));
        assertEquals(6, rcp26late.biome(0));
        assertEquals(6144, rcp26late.unit(0));
        assertEquals(39.44, rcp26late.valueInFileUnits(0, 0, Service.CARBON), 0.0);
    }

    @Test
    void columnSumsMatchTheFilesHandChecked() {
        // awk over ESquant_rcp26_2090-2099_INT_9412_v8b_4gcms_*_cor4ProtArea.txt
        assertEquals(1517613.14, columnSum(rcp26late, Service.CARBON, 0), 0.01);       // PNV carbon
        assertEquals(1001183.47, columnSum(rcp26late, Service.CARBON, 9), 0.01);       // pasture carbon
        assertEquals(295804654273.1, columnSum(rcp26late, Service.CROP, 4), 1.0);      // irrigated other C3 crops
        assertEquals(-50689824.1, columnSum(rcp26late, Service.RUNOFF, 8), 0.1);       // irrigated rice runoff
        assertEquals(14056439.8, columnSum(rcp26late, Service.FORAGE, 9), 0.1);        // pasture forage
        assertEquals(0.0, columnSum(rcp26late, Service.FORAGE, 0), 0.0);
    }

    @Test
    void perCellMaximaMatchTheStudysMaximumSingleObjectives() {
        // maximumSingelObjectives.csv, row rcp 26 / 2090: 1521033, 314530351187, 14056439, 43528722
        assertEquals(1521033, perCellMaximumSum(rcp26late, Service.CARBON), 1.0);
        assertEquals(314530351187.0, perCellMaximumSum(rcp26late, Service.CROP), 1.0);
        assertEquals(14056439, perCellMaximumSum(rcp26late, Service.FORAGE), 1.0);
        assertEquals(43528722, perCellMaximumSum(rcp26late, Service.RUNOFF), 1.0);
    }

    @Test
    void referenceTotalsAreConvertedToFileUnits() {
        // constraints.csv rcp 26 2090-2099: 1351.5197 22.1584 33349.1519 3470.2870 (x1e3, x1e9, x1e3, x1e3)
        assertEquals(1351519.7, rcp26late.reference(Service.CARBON), 1e-6);
        assertEquals(22158400000.0, rcp26late.reference(Service.CROP), 1e-3);
        assertEquals(33349151.9, rcp26late.reference(Service.RUNOFF), 1e-6);
        assertEquals(3470287.0, rcp26late.reference(Service.FORAGE), 1e-6);
    }

    @Test
    void allFourScenariosAndThePlainTablesRead() {
        for (String[] sc : LandUseGenerator.SCENARIOS) {
            LandUseData d = LandUseReader.read(DATA, sc[0], sc[1], true);
            assertEquals(9412, d.cells(), "rcp" + sc[0] + " " + sc[1]);
        }
        LandUseData plain = LandUseReader.read(DATA, "26", "2090-2099", false);
        // plain (space-aligned) table: awk sum of column C3crps_TeSWi of ..._FoPro.txt = 307,680,240,197.0;
        // the protected-area correction lowers it to 295,804,654,273.1
        assertEquals(9412, plain.cells());
        assertEquals(307680240197.0, columnSum(plain, Service.CROP, 4), 1.0);
    }
}
