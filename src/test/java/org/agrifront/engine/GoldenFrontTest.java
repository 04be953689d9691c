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
 * Golden populations and fronts: a fixed run per engine × algorithm × crossover, its final population and its front
 * hashed (objectives, violations, genomes, in order). Performance work must leave these unchanged; a deliberate
 * change of random-number use or of the front's definition must update them, and say why, in the same commit.
 * <p>
 * The front comes from the run's archive by default; with {@code archive=0} it is the population's non-dominated
 * set, whose hashes are those of the fronts before the archive became the default. The population is the same
 * either way (the archive reads evaluations only). The archive-front hashes changed once since, when truncated
 * members became witnesses that keep the points they dominate from re-entering.
 */
class GoldenFrontTest {
    static LandUseProblem problem;

    @BeforeAll
    static void instance() throws Exception {
        Path dir = Files.createTempDirectory("golden");
        LandUseGenerator.generate(dir, new LandUseGenerator.Params(500, 8, 60, 2024));
        problem = new LandUseProblem("golden", LandUseReader.read(dir, "26", "2090-2099", true), 1.0);
    }

    static String hash(java.util.List<Individual<byte[]>> individuals) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Individual<byte[]> ind : individuals) {
            md.update(java.util.Arrays.toString(ind.objectives()).getBytes(StandardCharsets.UTF_8));
            md.update(java.util.Arrays.toString(ind.violations()).getBytes(StandardCharsets.UTF_8));
            md.update(ind.genome());
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "moea,nsga2,one-point,643973dd01c018d1,eaa01eda064b20c1,41c621a0a88d5f5a",
            "moea,nsga3,uniform,810eb2034620362b,0439f86fd9d227ed,068a920715befaec",
            "jmetal,nsga2,two-point,63f3f7dca359a4af,d181c66d33e954c3,3da023d9f37ae9a6",
            "jmetal,nsga3,one-point,4645fba191052b5d,b5c0c5a2223f948f,38d1f1caa6c8d25d"})
    void goldenPopulationsAndFrontsAreStable(String engine, String algorithm, String crossover, String population,
                                             String populationFront, String archiveFront) throws Exception {
        AlgorithmSpec spec = new AlgorithmSpec(algorithm, 40, OperatorSpec.of(crossover, "probability", 0.9),
                OperatorSpec.of("reset", "genes", 2.0), null, LandUseProblem.SCALARIZED, null);
        RunResult<byte[]> archived = Engines.get(engine).run(new RunSpec<>(problem, spec, 17, 40), RunListener.none());
        RunResult<byte[]> plain = Engines.get(engine).run(new RunSpec<>(problem, spec.withParameter("archive", 0), 17, 40),
                RunListener.none());
        assertEquals(population, hash(archived.population()));
        assertEquals(population, hash(plain.population()));
        assertEquals(populationFront, hash(plain.front()));
        assertEquals(archiveFront, hash(archived.front()));
    }
}
