package org.agrifront.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.core.Knee;
import org.agrifront.core.MaxMin;
import org.agrifront.core.Objective;
import org.agrifront.core.Sense;
import org.agrifront.experiment.RunFiles;
import org.agrifront.experiment.StudyStore;
import org.agrifront.io.Json;
import org.agrifront.io.Numbers;
import org.agrifront.io.TextTable;
import org.agrifront.report.StudyAnalysis.ProblemAnalysis;
import org.agrifront.report.StudyAnalysis.RunIndicators;

/**
 * The interactive front explorer of {@code report.html}: per problem, a scatter of any two objectives, parallel
 * coordinates with brushing on every axis, a toggle per algorithm and run, and, on a click, what lies behind a
 * point (objective values and changes over the reference values; for a categorical genome with cell coordinates a
 * map of the allocation and the option shares; otherwise the largest variables with their names from
 * {@code variables.csv}). The data travel as JSON inside the page and are drawn by {@code explorer.js} (written for
 * the project, inlined at build time), so the page needs no network.
 *
 * <p>Points are SVG {@code circle} elements with {@code data-run} ({@code <algorithm id>/seed-<seed>}) and
 * {@code data-index} (the row of the run's {@code front.csv}), one per row of {@code front.csv} of every run shown.
 * The page also reads {@code #select=RUN:INDEX} and {@code #brush=AXIS:LO:HI} from its address, so a headless browser
 * can show a selection or a brush without a pointer; {@code body[data-explorer]} becomes {@code ready} or
 * {@code error: ...} once the script ran.
 */
public final class Explorer {
    /**
     * Decision values are embedded for every run while the page stays small (points × variables up to this many);
     * above it only for the median run of each algorithm, and the page says so.
     */
    static final long ALL_RUN_DETAIL_LIMIT = 1_500_000;
    /** Categorical genes as one character each (up to 62 options). */
    /** variables.csv columns of a quantity per unit of the variable, e.g. manure's {@code n_t_at_share_1}. */
    private static final String SCALED_SUFFIX = "_at_share_1";
    private static final String GENE_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Explorer() {
    }

    /** The script, once per page. */
    static String script() {
        try (InputStream in = Explorer.class.getResourceAsStream("explorer.js")) {
            if (in == null) throw new IllegalStateException("explorer.js missing from the class path");
            return "<script>\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n</script>\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The explorer's container and data of one problem. */
    static String html(ProblemAnalysis pa, Map<String, StudyStore.ManifestAlgorithm> algs, List<Integer> colors, int index) {
        Map<String, Object> data = data(pa, algs, colors);
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        json = json.replace("</", "<\\/"); // keeps "</script>" inside a string from closing the element
        String id = "explorer-" + index;
        return "<div class=\"explorer\" id=\"" + id + "\"></div>\n<script type=\"application/json\" class=\"explorer-data\" data-for=\""
                + id + "\">" + json + "</script>\n";
    }

    static Map<String, Object> data(ProblemAnalysis pa, Map<String, StudyStore.ManifestAlgorithm> algs, List<Integer> colors) {
        List<Objective> objs = pa.problem().objectives();
        int d = objs.size();
        Sense[] senses = pa.problem().senses();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("problem", pa.problem().name());
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (Objective o : objs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", o.name());
            m.put("sense", o.sense().label());
            m.put("unit", o.unit());
            Double ref = pa.problem().objectiveReferences().get(o.name());
            if (ref != null) m.put("reference", ref);
            objectives.add(m);
        }
        out.put("objectives", objectives);

        List<String> ids = pa.algorithms();
        long detailCells = 0;
        Path anyRun = null;
        for (String id : ids) {
            for (RunIndicators r : pa.runs().get(id)) {
                anyRun = r.run().dir();
                detailCells += (long) Math.max(1, r.run().size()) * Math.max(1, variableCount(r.run().dir()));
            }
        }
        boolean allDetails = detailCells <= ALL_RUN_DETAIL_LIMIT;
        out.put("detailScope", allDetails ? "all runs" : "the median run of each algorithm (page weight)");
        JsonNode options = anyRun == null ? null : Json.tree(anyRun.resolve(RunFiles.RUN)).path("options");
        boolean categorical = options != null && options.isArray() && options.size() > 0 && options.size() <= GENE_CHARS.length();
        if (categorical) {
            List<String> names = new ArrayList<>();
            options.forEach(o -> names.add(o.asText()));
            out.put("options", names);
        }
        if (anyRun != null) putVariables(out, anyRun.resolve(RunFiles.VARIABLES));

        List<Map<String, Object>> series = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            StudyStore.ManifestAlgorithm a = algs.get(id);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", id);
            s.put("label", a.engine() + " " + a.label());
            java.awt.Color c = Charts.color(colors.get(k));
            s.put("color", String.format("#%06x", c.getRGB() & 0xffffff));
            List<Map<String, Object>> runs = new ArrayList<>();
            RunIndicators median = pa.medianRun().get(id);
            for (RunIndicators r : pa.runs().get(id)) {
                boolean isMedian = r == median;
                runs.add(run(r.run().dir(), id, r.run().seed(), objs, senses, MaxMin.reference(objs, pa.problem().objectiveReferences()),
                        isMedian, (allDetails || isMedian), categorical));
            }
            s.put("runs", runs);
            series.add(s);
        }
        out.put("series", series);

        if (pa.reference().exact()) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("label", "exact front (bounds)");
            ref.put("points", rows(pa.reference().front(), pa.reference().size(), d));
            Path optima = pa.problem().referenceFront().resolveSibling("optima.csv");
            if (Files.isRegularFile(optima)) {
                int[] n = new int[1];
                double[] o = StudyResults.feasibleRows(optima, objs, n);
                ref.put("optima", rows(o, n[0], d));
            }
            out.put("reference", ref);
        }
        return out;
    }

    /** One run: every row of front.csv (feasible or not), its picks and, when asked, its decision values. */
    private static Map<String, Object> run(Path dir, String algorithm, long seed, List<Objective> objs, Sense[] senses,
                                           double[] reference, boolean median, boolean details, boolean categorical) {
        TextTable front = TextTable.read(dir.resolve(RunFiles.FRONT), TextTable.Delimiter.COMMA);
        int n = front.size(), d = objs.size();
        double[][] points = new double[n][d];
        boolean[] feasible = new boolean[n];
        boolean hasFeasible = front.hasColumn("feasible");
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) points[r][j] = front.number(r, objs.get(j).name());
            feasible[r] = !hasFeasible || Boolean.parseBoolean(front.text(r, "feasible"));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", algorithm + "/seed-" + seed);
        m.put("seed", seed);
        m.put("median", median);
        m.put("points", points);
        m.put("feasible", feasible);
        boolean any = false;
        for (boolean f : feasible) any |= f;
        if (any) {
            m.put("knee", Knee.index(points, senses, feasible));
            m.put("maxmin", MaxMin.index(points, senses, feasible, reference));
        }
        Path solutions = dir.resolve(RunFiles.SOLUTIONS);
        if (details && Files.isRegularFile(solutions)) {
            TextTable t = TextTable.read(solutions, TextTable.Delimiter.COMMA);
            int first = t.hasColumn("solution") ? 1 : 0;
            int vars = t.header().size() - first;
            if (categorical) {
                List<String> genes = new ArrayList<>();
                for (int r = 0; r < t.size(); r++) {
                    StringBuilder sb = new StringBuilder(vars);
                    for (int v = 0; v < vars; v++) sb.append(GENE_CHARS.charAt(t.integer(r, first + v)));
                    genes.add(sb.toString());
                }
                m.put("genes", genes);
            } else {
                List<double[]> values = new ArrayList<>();
                for (int r = 0; r < t.size(); r++) {
                    double[] x = new double[vars];
                    for (int v = 0; v < vars; v++) x[v] = round(t.number(r, first + v));
                    values.add(x);
                }
                m.put("values", values);
            }
        }
        return m;
    }

    /** Names of the variables and, where variables.csv has them, cell longitudes and latitudes. */
    private static void putVariables(Map<String, Object> out, Path file) {
        if (!Files.isRegularFile(file)) return;
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        List<String> names = new ArrayList<>();
        String nameColumn = t.hasColumn("variable") ? "variable" : t.header().get(0);
        List<String> extra = new ArrayList<>();
        Map<String, double[]> scaled = new LinkedHashMap<>();
        for (String h : t.header()) {
            if (h.equals("index") || h.equals(nameColumn) || h.equals("lon") || h.equals("lat")) continue;
            if (h.endsWith(SCALED_SUFFIX)) { // a quantity at share 1 (e.g. manure's t N of a whole surplus): shown times the value
                double[] v = new double[t.size()];
                for (int r = 0; r < t.size(); r++) v[r] = round(t.number(r, h));
                scaled.put(h.substring(0, h.length() - SCALED_SUFFIX.length()), v);
            } else {
                extra.add(h);
            }
        }
        List<String> described = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            names.add(t.text(r, nameColumn));
            List<String> parts = new ArrayList<>();
            for (String h : extra) parts.add(h + " " + readable(t.text(r, h)));
            described.add(String.join(", ", parts));
        }
        if (!scaled.isEmpty()) out.put("scaled", scaled);
        out.put("variables", names);
        if (!extra.isEmpty()) out.put("variableNotes", described);
        if (t.hasColumn("lon") && t.hasColumn("lat")) {
            double[] lon = new double[t.size()], lat = new double[t.size()];
            for (int r = 0; r < t.size(); r++) {
                lon[r] = t.number(r, "lon");
                lat[r] = t.number(r, "lat");
            }
            out.put("lon", lon);
            out.put("lat", lat);
        }
    }

    /** A number in a text column with five significant digits; other text as it is. */
    private static String readable(String text) {
        try {
            double v = Double.parseDouble(text);
            return Numbers.format(round(v));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static int variableCount(Path runDir) {
        Path file = runDir.resolve(RunFiles.SOLUTIONS);
        if (!Files.isRegularFile(file)) return 0;
        try (var lines = Files.lines(file)) {
            String header = lines.findFirst().orElse("");
            return header.isEmpty() ? 0 : header.split(",", -1).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[][] rows(double[] flat, int n, int d) {
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) System.arraycopy(flat, i * d, out[i], 0, d);
        return out;
    }

    /** Five significant digits: enough to read a plan, a fraction of the page weight. */
    static double round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) return v;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(5)).doubleValue();
    }
}
