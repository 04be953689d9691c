package org.agrifront.problems.manure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.cli.Main;
import org.agrifront.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agrifront run} on the China problem writes the machine-readable outcome of the minimum-GWP plan. */
class ManureRunTest {

    @Test
    void aRunWritesTheOutcomeOfItsMinimumGwpPlan(@TempDir Path tmp) throws IOException {
        for (String engine : List.of("moea", "jmetal")) {
            Path out = tmp.resolve(engine);
            int code = Main.execute("run", "problems/manure-china-2020.json", "--engine", engine, "--generations", "40",
                    "--population", "40", "--seed", "3", "--crossover", "uniform", "--mutation", "adaptive",
                    "--constraint-handling", "repair", "--out", out.toString(), "--quiet");
            assertEquals(0, code);
            JsonNode o = Json.MAPPER.readTree(out.resolve(ManureOutcome.OUTCOME).toFile());
            assertTrue(o.get("feasible").asBoolean());
            // all excess leaves the sources, whatever the plan: 0.146 + 0.144 + 0.010 Mt N, and the P that goes with it
            assertEquals(0.300, o.get("moved_n_mt").asDouble(), 0.0005);
            assertEquals(0.047, o.get("moved_p_mt").asDouble(), 0.0005);
            for (String s : List.of("XZ", "QH", "FJ")) {
                assertTrue(o.get("source_lccsr_n").get(s).get("after").asDouble() <= 1 + 1e-9, s);
                assertTrue(o.get("source_lccsr_p").get(s).get("after").asDouble() <= 1 + 1e-9, s);
            }
            assertEquals(7.58, o.get("source_lccsr_n").get("XZ").get("before").asDouble(), 0.005);
            assertEquals(0.932, o.get("national_mean_lccsr_n").get("before").asDouble(), 0.0005);
            assertTrue(o.get("national_mean_lccsr_n").get("after").asDouble() < 0.65);
            assertTrue(o.get("national_mean_lccsr_p").get("after").asDouble() < o.get("national_mean_lccsr_p").get("before").asDouble());
            assertTrue(o.get("gwp_increase_pct").asDouble() > 0);
            assertTrue(o.get("transport_tkm").asDouble() > 0);
            List<String> plan = Files.readAllLines(out.resolve(ManureOutcome.PLAN));
            assertEquals("source,recipient,share,pig_equivalents,n_t,p_t,km,tkm,t_co2e", plan.get(0));
            assertEquals(32, Files.readAllLines(out.resolve(ManureOutcome.BALANCE)).size());
            // flow map: 31 province points, then one line per flow of the plan, with the plan's tonnes
            List<org.agrifront.io.GeoJson.Feature> map = org.agrifront.io.GeoJson.read(out.resolve(ManureFlowMap.GEOJSON));
            assertEquals(31 + plan.size() - 1, map.size());
            double n = 0;
            for (org.agrifront.io.GeoJson.Feature f : map) {
                if (f.properties().get("kind").equals("flow")) {
                    assertEquals("LineString", f.geometry().getGeometryType());
                    n += ((Number) f.properties().get("n_t")).doubleValue();
                } else {
                    assertEquals("Point", f.geometry().getGeometryType());
                }
            }
            assertEquals(o.get("moved_n_mt").asDouble() * 1e6, n, 1e-6 * n);
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.resolve(ManureFlowMap.PNG).toFile());
            assertEquals(1100, png.getWidth());
        }
    }
}
