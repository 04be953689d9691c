package org.agrifront.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.agrifront.core.Individual;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.problems.landuse.LandUseGenerator;
import org.agrifront.problems.landuse.LandUseProblem;
import org.agrifront.problems.landuse.LandUseReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden populations: a fixed run per engine × algorithm × crossover, its final population hashed (objectives,
 * violations, genomes, in order). Performance work must leave these unchanged; a deliberate change of random-number
 * use must update them, and say why, in the same commit.
 */
class GoldenFrontTest {
    static LandUseProblem problem;

    @BeforeAll
    static void instance() throws Exception {
        Path dir = Files.createTempDirectory("golden");
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(500, 8, 60, 2024));
        problem = new LandUseProblem("golden", LandUseReader.read(dir, "26", "2090-2099", true), 1.0);
    }

    static String hash(RunResult<byte[]> r) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Individual<byte[]> ind : r.population()) {
            md.update(java.util.Arrays.toString(ind.objectives()).getBytes(StandardCharsets.UTF_8));
            md.update(java.util.Arrays.toString(ind.violations()).getBytes(StandardCharsets.UTF_8));
            md.update(ind.genome());
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "moea,nsga2,one-point,643973dd01c018d1",
            "moea,nsga3,uniform,810eb2034620362b",
            "jmetal,nsga2,two-point,63f3f7dca359a4af",
            "jmetal,nsga3,one-point,4645fba191052b5d"})
    void goldenPopulationsAreStable(String engine, String algorithm, String crossover, String expected) throws Exception {
        AlgorithmSpec spec = new AlgorithmSpec(algorithm, 40, OperatorSpec.of(crossover, "probability", 0.9),
                OperatorSpec.of("reset", "genes", 2.0), null, LandUseProblem.SCALARIZED, null);
        RunResult<byte[]> r = Engines.get(engine).run(new RunSpec<>(problem, spec, 17, 40), RunListener.none());
        assertEquals(expected, hash(r));
    }
}
