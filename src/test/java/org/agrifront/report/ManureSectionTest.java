package org.agrifront.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.cli.Main;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small manure study: the report gets the manure section and manure-study.json its CV of the minimum GWP. */
class ManureSectionTest {

    @Test
    void theStudyReportAddsTheCvOfTheMinimumGwpPerEngine(@TempDir Path tmp) throws IOException {
        Path bounds = tmp.resolve("bounds");
        assertEquals(0, Main.execute("bounds", "problems/manure-china-2020.json", "--out", bounds.toString()));
        Path spec = tmp.resolve("mini.json");
        String text = Files.readString(Path.of("experiments/manure-60.json"))
                .replace("\"count\": 60", "\"count\": 3").replace("\"generations\": 1000", "\"generations\": 15")
                .replace("\"population\": 100", "\"population\": 20")
                .replace("{\"file\": \"problems/manure-china-2020.json\"}", "{\"file\": \""
                        + Path.of("problems/manure-china-2020.json").toAbsolutePath() + "\", \"referenceFront\": \""
                        + bounds.resolve("reference-front.csv") + "\"}");
        Files.writeString(spec, text);
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("study", spec.toString(), "--out", out.toString(), "--quiet", "--threads", "1"));
        JsonNode m = Json.MAPPER.readTree(out.resolve("manure-china-2020").resolve(ManureSection.FILE).toFile());
        double lpTransport = m.get("exact_optima").get("min_transport_tkm").asDouble();
        double lpGwp = m.get("exact_optima").get("min_gwp_t_co2e").asDouble();
        for (String id : new String[] {"moea-nsga2", "jmetal-nsga2"}) {
            JsonNode a = m.get(id);
            assertEquals(3, a.get("runs").asInt(), id);
            double[] g = new double[3];
            int k = 0;
            for (JsonNode v : a.get("min_gwp_t_co2e")) g[k++] = v.asDouble();
            double mean = (g[0] + g[1] + g[2]) / 3;
            double sd = Math.sqrt(((g[0] - mean) * (g[0] - mean) + (g[1] - mean) * (g[1] - mean) + (g[2] - mean) * (g[2] - mean)) / 2);
            assertEquals(sd / mean, a.get("cv_min_gwp").asDouble(), 1e-12, id);
            for (double x : g) assertTrue(x >= lpGwp * (1 - 1e-8), id + ": a run beat the LP minimum GWP");
            for (JsonNode t : a.get("min_transport_tkm")) assertTrue(t.asDouble() >= lpTransport * (1 - 1e-8), id);
        }
        String html = Files.readString(out.resolve(Report.HTML));
        assertTrue(html.contains("Manure transfer: minimum-GWP plans"));
        assertTrue(html.contains("national mean LCCSR N before"));
        assertTrue(html.contains("Front extremes against the exact optima"));
        assertTrue(html.contains("Flow map of this plan"));
    }

    @Test
    void aMalformedManureOutcomeIsAnErrorNamingTheFileNotAMissingPlan(@TempDir Path tmp) throws IOException {
        assertNull(ManureSection.outcome(tmp), "a run without an outcome file has no plan");
        Files.writeString(tmp.resolve("manure-outcome.json"), "{\"feasible\": true, \"gwp_t_co2e\": 12");
        InputException e = assertThrows(InputException.class, () -> ManureSection.outcome(tmp));
        assertTrue(e.getMessage().startsWith(tmp.resolve("manure-outcome.json") + ": cannot read the run's manure outcome"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
        Files.writeString(tmp.resolve("manure-outcome.json"), "{\"feasible\": true, \"gwp_t_co2e\": 12}");
        assertEquals(12, ManureSection.outcome(tmp).path("gwp_t_co2e").asDouble());
    }
}
