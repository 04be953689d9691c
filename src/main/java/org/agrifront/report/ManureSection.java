package org.agrifront.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.analysis.Descriptive;
import org.agrifront.experiment.RunFiles;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.report.StudyResults.RunData;

/**
 * The manure study's part of the report (Xu et al. 2026): per algorithm the spread of the runs' minimum GWP (the
 * paper repeats NSGA-II 60 times and reports CV = 0.0097 of the minimum GHG), the outcome of the best run's
 * minimum-GWP plan next to the paper's figures, and that plan's flows; when the study names an exact reference front
 * ({@code agrifront bounds}), the runs' front extremes against the LP optima. Reads each run's
 * {@code manure-outcome.json}; writes {@code <problem>/manure-study.json} with {@code cv_min_gwp} per algorithm.
 */
public final class ManureSection implements ReportSection {
    public static final String FILE = "manure-study.json";
    private static final String OUTCOME = "manure-outcome.json";
    private static final String FLOW_PNG = "manure-flows.png";
    private static final String FLOW_GEOJSON = "manure-flows.geojson";

    @Override
    public String title() {
        return "Manure transfer: minimum-GWP plans (Xu et al. 2026)";
    }

    @Override
    public boolean supports(ReportContext context) {
        return "manure".equals(context.problemType());
    }

    /** One algorithm's runs: the outcome of each run's minimum-GWP plan. */
    record Runs(String algorithm, List<Long> seeds, List<JsonNode> outcomes, double[] minGwp, double[] minTransport,
                Descriptive stats) {
        JsonNode best() {
            int b = -1;
            for (int i = 0; i < minGwp.length; i++) if (!Double.isNaN(minGwp[i]) && (b < 0 || minGwp[i] < minGwp[b])) b = i;
            return b < 0 ? null : outcomes.get(b);
        }

        long bestSeed() {
            int b = -1;
            for (int i = 0; i < minGwp.length; i++) if (!Double.isNaN(minGwp[i]) && (b < 0 || minGwp[i] < minGwp[b])) b = i;
            return b < 0 ? -1 : seeds.get(b);
        }
    }

    /** Reads the outcomes of every completed run of every algorithm. */
    static List<Runs> read(ReportContext context) {
        List<Runs> out = new ArrayList<>();
        for (Map.Entry<String, List<RunData>> e : context.analysis().problem().runs().entrySet()) {
            List<Long> seeds = new ArrayList<>();
            List<JsonNode> outcomes = new ArrayList<>();
            double[] gwp = new double[e.getValue().size()], transport = new double[gwp.length];
            for (int i = 0; i < gwp.length; i++) {
                RunData r = e.getValue().get(i);
                transport[i] = Double.NaN;
                for (int k = 0; k < r.size(); k++) transport[i] = Double.isNaN(transport[i]) ? r.front()[2 * k] : Math.min(transport[i], r.front()[2 * k]);
                JsonNode o = outcome(r.dir());
                seeds.add(r.seed());
                outcomes.add(o);
                gwp[i] = o != null && o.path("feasible").asBoolean() ? o.path("gwp_t_co2e").asDouble() : Double.NaN;
            }
            out.add(new Runs(e.getKey(), seeds, outcomes, gwp, transport, Descriptive.of(gwp, 1000, 1)));
        }
        return out;
    }

    /**
     * The exact single-objective optima {min transport, min GWP} from the {@code optima.csv} next to the study's
     * reference front ({@code agrifront bounds}), or null when the study names none.
     */
    static double[] exactOptima(ReportContext context) {
        StudyResults.ProblemResults p = context.analysis().problem();
        if (p.referenceFront() == null) return null;
        Path optima = p.referenceFront().resolveSibling("optima.csv");
        if (!Files.isRegularFile(optima)) return null;
        double[] rows = StudyResults.feasibleRows(optima, p.objectives(), null);
        double t = Double.POSITIVE_INFINITY, g = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < rows.length; i += 2) {
            t = Math.min(t, rows[i]);
            g = Math.min(g, rows[i + 1]);
        }
        return rows.length == 0 ? null : new double[] {t, g};
    }

    /** The minimum-GWP outcome a run wrote, or null when it wrote none; a malformed one is an error naming the file. */
    static JsonNode outcome(Path runDir) {
        Path f = runDir.resolve(OUTCOME);
        if (!Files.isRegularFile(f)) return null;
        try {
            return Json.MAPPER.readTree(Files.readString(f));
        } catch (IOException e) {
            // a run's outcome that exists but cannot be read is an error, not a missing plan
            throw InputException.file(f, "cannot read the run's manure outcome: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @Override
    public String html(ReportContext context) {
        List<Runs> runs = read(context);
        double[] exact = exactOptima(context);
        write(context, runs, exact);
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"note\">Each run's plan is the minimum-GWP member of its final front. The paper repeats "
                + "NSGA-II 60 times and reports a coefficient of variation of the minimum GHG of 0.0097.</p>\n");
        sb.append("<table><tr><th>algorithm</th><th>runs with a feasible plan</th><th>min GWP mean (t CO2e)</th>"
                + "<th>sd</th><th>CV</th><th>best</th><th>worst</th></tr>\n");
        for (Runs r : runs) {
            double worst = java.util.Arrays.stream(Descriptive.finite(r.minGwp())).max().orElse(Double.NaN);
            double best = java.util.Arrays.stream(Descriptive.finite(r.minGwp())).min().orElse(Double.NaN);
            sb.append("<tr><td>").append(Html.escape(r.algorithm())).append("</td><td>").append(r.stats().n()).append(" of ")
                    .append(r.minGwp().length).append("</td><td>").append(f("%.6g", r.stats().mean())).append("</td><td>")
                    .append(f("%.4g", r.stats().sd())).append("</td><td>").append(f("%.3g", r.stats().cv())).append("</td><td>")
                    .append(f("%.6g", best)).append("</td><td>").append(f("%.6g", worst)).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        if (exact != null) {
            sb.append("<p class=\"note\">Front extremes against the exact optima (LP, <code>agrifront bounds</code>): "
                    + "per run the smallest transport and the smallest GWP of its feasible final front; gap = (value − "
                    + "optimum) / optimum.</p>\n<table><tr><th>algorithm</th><th>min transport: best / mean (t km)</th>"
                    + "<th>gap of best / mean</th><th>min GWP: best / mean (t CO2e)</th><th>gap of best / mean</th></tr>\n");
            sb.append("<tr><td>LP optimum</td><td>").append(f("%.6g", exact[0])).append("</td><td>0</td><td>")
                    .append(f("%.6g", exact[1])).append("</td><td>0</td></tr>\n");
            for (Runs r : runs) {
                double[] t = Descriptive.finite(r.minTransport()), g = Descriptive.finite(r.minGwp());
                double tb = java.util.Arrays.stream(t).min().orElse(Double.NaN), tm = java.util.Arrays.stream(t).average().orElse(Double.NaN);
                double gb = java.util.Arrays.stream(g).min().orElse(Double.NaN), gm = java.util.Arrays.stream(g).average().orElse(Double.NaN);
                sb.append("<tr><td>").append(Html.escape(r.algorithm())).append("</td><td>").append(f("%.6g / %.6g", tb, tm))
                        .append("</td><td>").append(f("%.2e / %.2e", tb / exact[0] - 1, tm / exact[0] - 1)).append("</td><td>")
                        .append(f("%.6g / %.6g", gb, gm)).append("</td><td>").append(f("%.2e / %.2e", gb / exact[1] - 1, gm / exact[1] - 1))
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        for (Runs r : runs) {
            JsonNode o = r.best();
            if (o == null) continue;
            sb.append("<h4>").append(Html.escape(r.algorithm())).append(": best run (seed ").append(r.bestSeed())
                    .append(")</h4>\n<table><tr><th>quantity</th><th>this plan</th><th>paper</th></tr>\n");
            row(sb, "N moved (Mt)", f("%.4f", o.path("moved_n_mt").asDouble()), "0.300");
            row(sb, "P moved (Mt)", f("%.4f", o.path("moved_p_mt").asDouble()), "0.047");
            for (String s : List.of("XZ", "QH", "FJ")) {
                JsonNode n = o.path("source_lccsr_n").path(s), p = o.path("source_lccsr_p").path(s);
                if (n.isMissingNode()) continue;
                row(sb, s + " LCCSR N / P before → after", f("%.3f / %.3f → %.3f / %.3f", n.path("before").asDouble(),
                        p.path("before").asDouble(), n.path("after").asDouble(), p.path("after").asDouble()),
                        s.equals("XZ") ? "7.58 / 1.91 → 1.00 / 0.252" : s.equals("QH") ? "6.03 / 2.58 → 1.00 / 0.428" : "1.04 → 1.00");
            }
            JsonNode mn = o.path("national_mean_lccsr_n"), mp = o.path("national_mean_lccsr_p");
            row(sb, "national mean LCCSR N before → after", f("%.3f → %.3f", mn.path("before").asDouble(), mn.path("after").asDouble()), "0.932 → 0.566");
            row(sb, "national mean LCCSR P before → after", f("%.3f → %.3f", mp.path("before").asDouble(), mp.path("after").asDouble()), "0.486 → 0.369");
            row(sb, "largest GHG increase of a recipient", f("%.2f %% (%s)", o.path("gwp_increase_pct").asDouble(),
                    o.path("gwp_increase_province").asText()), "≤ 8.5 % (Sichuan 44.1 → 47.8 Mt CO2e)");
            row(sb, "GWP of application (t CO2e)", f("%.6g", o.path("gwp_t_co2e").asDouble()), "–");
            row(sb, "transport (t km, N + P)", f("%.6g", o.path("transport_tkm").asDouble()), "–");
            sb.append("</table>\n<table><tr><th>source</th><th>recipient</th><th>t N</th><th>t P</th><th>km</th></tr>\n");
            for (JsonNode fl : o.path("flows")) {
                if (fl.path("n_t").asDouble() < 0.5) continue; // below half a tonne: numerical dust of the search
                sb.append("<tr><td>").append(fl.path("source").asText()).append("</td><td>").append(fl.path("recipient").asText())
                        .append("</td><td>").append(f("%.0f", fl.path("n_t").asDouble())).append("</td><td>")
                        .append(f("%.0f", fl.path("p_t").asDouble())).append("</td><td>").append(f("%.0f", fl.path("km").asDouble()))
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n<p class=\"note\">Flows under 0.5 t N left out; every flow is in the run's "
                    + "manure-plan.csv.</p>\n");
            Path runDir = context.analysis().problem().runs().get(r.algorithm()).stream()
                    .filter(d -> d.seed() == r.bestSeed()).findFirst().map(RunData::dir).orElse(null);
            if (runDir != null && Files.isRegularFile(runDir.resolve(FLOW_PNG))) {
                try {
                    sb.append(ReportContext.image(Files.readAllBytes(runDir.resolve(FLOW_PNG)), "flow map " + r.algorithm()));
                    sb.append("<p class=\"note\">Flow map of this plan; GeoJSON: <code>")
                            .append(Html.escape(context.resultDir().toAbsolutePath().relativize(runDir.resolve(FLOW_GEOJSON).toAbsolutePath()).toString()))
                            .append("</code>.</p>\n");
                } catch (IOException e) {
                    sb.append("<p class=\"note\">flow map unreadable: ").append(Html.escape(e.getMessage())).append("</p>\n");
                }
            }
        }
        return sb.toString();
    }

    /** {@code <result>/<problem>/manure-study.json}: per algorithm the minimum GWP of every run and its CV. */
    static void write(ReportContext context, List<Runs> runs, double[] exact) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (exact != null) {
            Map<String, Object> lp = new LinkedHashMap<>();
            lp.put("min_transport_tkm", exact[0]);
            lp.put("min_gwp_t_co2e", exact[1]);
            m.put("exact_optima", lp);
        }
        for (Runs r : runs) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("runs", r.minGwp().length);
            a.put("feasible_runs", r.stats().n());
            a.put("min_gwp_t_co2e", finiteOrNull(r.minGwp(), r.seeds()));
            a.put("min_transport_tkm", finiteOrNull(r.minTransport(), r.seeds()));
            a.put("min_gwp_mean", r.stats().mean());
            a.put("min_gwp_sd", r.stats().sd());
            a.put("cv_min_gwp", r.stats().cv());
            a.put("best_seed", r.bestSeed());
            m.put(r.algorithm(), a);
        }
        RunFiles.writeRunJson(context.resultDir().resolve(context.problemName()).resolve(FILE), m);
    }

    private static Map<String, Double> finiteOrNull(double[] v, List<Long> seeds) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) out.put("seed-" + seeds.get(i), Double.isNaN(v[i]) ? null : v[i]);
        return out;
    }

    private static void row(StringBuilder sb, String what, String value, String paper) {
        sb.append("<tr><td>").append(Html.escape(what)).append("</td><td>").append(Html.escape(value)).append("</td><td>")
                .append(Html.escape(paper)).append("</td></tr>\n");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
