package org.agrifront.report;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.agrifront.analysis.Indicator;
import org.agrifront.analysis.KruskalWallis;
import org.agrifront.analysis.QualityIndicators;
import org.agrifront.core.Objective;
import org.agrifront.experiment.StudyStore;
import org.agrifront.report.StudyAnalysis.ProblemAnalysis;

/** The self-contained {@code report.html}: tables, plots as embedded PNGs, problem-specific sections, methods. */
public final class Html {
    private static final String STYLE = "body{font-family:sans-serif;margin:24px;max-width:1400px;color:#222}"
            + "h1{margin-bottom:4px}h2{border-bottom:2px solid #ccc;padding-bottom:3px;margin-top:36px}"
            + "table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}"
            + "th{background:#f3f3f3}td.l,th.l{text-align:left}.best{font-weight:bold}.dag{color:#b00}"
            + ".grid{display:flex;flex-wrap:wrap;gap:8px}.grid img{border:1px solid #ddd}.note{color:#555;font-size:13px;max-width:1100px}"
            + "details{margin:8px 0}summary{cursor:pointer;font-weight:bold}.legend{font-size:13px}.legend span{font-size:16px}"
            + ".failed{color:#b00;font-weight:bold;font-size:13px}"
            + ".explorer{border:1px solid #ddd;padding:8px;margin:8px 0}.ex-bar,.ex-toggles{font-size:13px;margin:4px 0}"
            + ".ex-series{display:inline-block;vertical-align:top;margin-right:18px}.ex-runs{display:inline-block;margin:0}"
            + ".ex-runs label{display:block;font-size:12px}.ex-plots{display:flex;flex-wrap:wrap;gap:8px}"
            + ".ex-hover{font-size:12px;color:#333;min-height:16px}.ex-plots svg{border:1px solid #eee;background:#fff}.ex-detail h4{margin:8px 0 4px}.ex-map{display:block;margin:6px 0}";

    private Html() {
    }

    public static String page(StudyAnalysis analysis, int complete, int total) {
        StudyStore.Manifest m = analysis.results().manifest();
        Map<String, StudyStore.ManifestAlgorithm> algs = Report.algorithms(m);
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Study ")
                .append(escape(m.name())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        sb.append("<h1>Study ").append(escape(m.name())).append("</h1>\n");
        if (m.description() != null) sb.append("<p>").append(escape(m.description())).append("</p>\n");
        sb.append("<p class=\"note\">").append(complete).append(" of ").append(total).append(" runs complete")
                .append(complete < total ? " (the report covers the completed ones)" : "").append(" · spec ")
                .append(escape(m.spec())).append(" · seeds ").append(m.seeds().get(0)).append("–")
                .append(m.seeds().get(m.seeds().size() - 1)).append(" · trace every ").append(m.traceInterval())
                .append(" generations</p>\n");
        sb.append(algorithmTable(m, starts(analysis.results()), resolvedSettings(analysis.results())));
        for (String note : analysis.notes()) sb.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        List<ReportSection> sections = new ArrayList<>();
        ServiceLoader.load(ReportSection.class).forEach(sections::add);
        for (ProblemAnalysis pa : analysis.problems()) sb.append(problem(analysis, pa, algs, sections));
        sb.append(methods());
        sb.append(Explorer.script());
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static String algorithmTable(StudyStore.Manifest m, Map<String, java.util.Set<String>> starts,
                                         Map<String, String> resolved) {
        StringBuilder sb = new StringBuilder("<table><tr><th class=\"l\">algorithm</th><th class=\"l\">engine</th>"
                + "<th class=\"l\">start</th><th class=\"l\">settings</th><th>generations</th><th>evaluations</th></tr>\n");
        for (StudyStore.ManifestAlgorithm a : m.algorithms()) {
            sb.append("<tr><td class=\"l\">").append(escape(a.label())).append("</td><td class=\"l\">").append(escape(a.engine()))
                    .append("</td><td class=\"l\">").append(startLabel(starts.getOrDefault(a.id(), java.util.Set.of())))
                    .append("</td><td class=\"l\">").append(escape(resolved.getOrDefault(a.id(), settings(a.algorithm())))).append("</td><td>")
                    .append(a.generations()).append("</td><td>").append(a.evaluations()).append("</td></tr>\n");
        }
        return sb.append("</table>\n<p class=\"note\">Start: <b>neutral</b> runs use no exact knowledge; "
                + "<span class=\"dag\">informed</span> runs start from exact knowledge (an LP-based initialisation, seeded "
                + "solutions or hierarchical seeding) and are not a like-for-like comparison with neutral ones. Front: "
                + "<b>archive</b> = the run's non-dominated archive (front and convergence traces), <b>population</b> = the "
                + "last population's non-dominated set. Settings: the operators and parameters the runs used, as their run.json "
                + "records them after the problem's defaults were applied (the spec's own entries where no run is complete).</p>\n").toString();
    }

    /** Each algorithm's starts over its completed runs, e.g. "neutral (random)", "informed (scalarized)". */
    static Map<String, java.util.Set<String>> starts(StudyResults results) {
        Map<String, java.util.Set<String>> out = new java.util.LinkedHashMap<>();
        for (StudyResults.ProblemResults p : results.problems()) {
            p.runs().forEach((id, runs) -> {
                for (StudyResults.RunData r : runs) out.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(r.startKind() + " (" + r.initialization() + ")");
            });
        }
        return out;
    }

    /** Start kinds as HTML, informed ones marked. */
    static String startLabel(java.util.Collection<String> starts) {
        List<String> parts = new ArrayList<>();
        for (String st : starts) parts.add(st.startsWith("informed") ? "<span class=\"dag\">" + escape(st) + "</span>" : escape(st));
        return parts.isEmpty() ? "–" : String.join("; ", parts);
    }

    /**
     * The algorithm comparison: per algorithm its start, front source, feasibility, hypervolume as a share of the
     * exact front's, each objective's best as a share of the LP optimum's gain over the reference value, seconds.
     */
    private static String comparisonTable(ProblemAnalysis pa, Map<String, StudyStore.ManifestAlgorithm> algs) {
        List<Objective> objs = pa.problem().objectives();
        StringBuilder sb = new StringBuilder("<table><tr><th class=\"l\">algorithm</th><th class=\"l\">start</th>"
                + "<th class=\"l\">front</th><th>runs</th><th>feasible runs</th><th>HV / exact HV</th>");
        for (Objective o : objs) sb.append("<th>").append(escape(o.name())).append(" share of LP gain</th>");
        sb.append("<th>seconds per run</th></tr>\n");
        for (Map.Entry<String, StudyAnalysis.Comparison> e : pa.comparison().entrySet()) {
            StudyAnalysis.Comparison c = e.getValue();
            StudyStore.ManifestAlgorithm a = algs.get(e.getKey());
            sb.append("<tr><td class=\"l\">").append(escape(a.engine() + " " + a.label())).append("</td><td class=\"l\">")
                    .append(startLabel(List.of(c.start().split("; ")))).append("</td><td class=\"l\">").append(escape(c.frontSource()))
                    .append("</td><td>").append(c.runs()).append("</td><td>").append(percent(c.feasibleRate())).append("</td><td>")
                    .append(percent(c.medianHypervolumeRatio())).append("</td>");
            for (int j = 0; j < objs.size(); j++) sb.append("<td>").append(percent(c.medianExtremeShare(j))).append("</td>");
            sb.append("<td>").append(Tables.num(c.medianSeconds())).append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">Medians over the runs. HV / exact HV: the run's normalised hypervolume over "
                + "that of the exact front of <code>bounds</code> (blank unless the study's reference is that front). Share of "
                + "LP gain: (best value of the run's final front − the problem's reference value) / (optimum − reference value), "
                + "the optimum being the objective's best over the exact front and its optima; 100% reaches the optimum, "
                + "0% only the reference (current) value; blank without a reference value or an exact front.");
        if (pa.reference().exact()) {
            sb.append(" Optima: ");
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < objs.size(); j++) {
                Double cur = pa.problem().objectiveReferences().get(objs.get(j).name());
                parts.add(escape(objs.get(j).name()) + " " + Tables.num(pa.optima()[j]) + (cur == null ? "" : " (reference " + Tables.num(cur) + ")"));
            }
            sb.append(String.join(", ", parts)).append('.');
        }
        return sb.append("</p>\n").toString();
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * v);
    }

    static String settings(Map<String, Object> algorithm) {
        List<String> parts = new ArrayList<>();
        algorithm.forEach((k, v) -> {
            if (!k.equals("name") && !(v instanceof Map<?, ?> mm && mm.isEmpty())) parts.add(k + " " + value(v));
        });
        return String.join(", ", parts);
    }

    /** A setting's value, integers without ".0" (a spec's JSON numbers arrive as doubles), maps as k=v lists. */
    static String value(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + "=" + value(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(v);
    }

    /**
     * Each algorithm's resolved settings from the run.json of its first completed run per problem: crossover and
     * mutation as run (e.g. {@code uniform(probability=0.9)}, {@code exchange}), initialisation, constraint handling,
     * population and every resolved parameter; one entry per distinct setting, prefixed by its problems when the
     * problems' defaults made them differ.
     */
    static Map<String, String> resolvedSettings(StudyResults results) {
        Map<String, Map<String, List<String>>> byAlgorithm = new java.util.LinkedHashMap<>();
        for (StudyResults.ProblemResults p : results.problems()) {
            p.runs().forEach((id, runs) -> {
                if (runs.isEmpty()) return;
                com.fasterxml.jackson.databind.JsonNode a = org.agrifront.io.Json.tree(runs.get(0).dir().resolve("run.json")).path("algorithm");
                if (a.isMissingNode()) return;
                List<String> parts = new ArrayList<>();
                for (String k : List.of("crossover", "mutation", "initialization", "constraintHandling", "population")) {
                    if (a.has(k)) parts.add(k + " " + a.get(k).asText());
                }
                a.path("resolvedParameters").fields().forEachRemaining(e -> parts.add(e.getKey() + " " + number(e.getValue())));
                byAlgorithm.computeIfAbsent(id, k -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(String.join(", ", parts), k -> new ArrayList<>()).add(p.name());
            });
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        byAlgorithm.forEach((id, variants) -> {
            if (variants.size() == 1) {
                out.put(id, variants.keySet().iterator().next());
            } else {
                List<String> parts = new ArrayList<>();
                variants.forEach((text, problems) -> parts.add(String.join(", ", problems) + ": " + text));
                out.put(id, String.join("; ", parts));
            }
        });
        return out;
    }

    private static String number(com.fasterxml.jackson.databind.JsonNode v) {
        if (v.isNumber()) return value(v.asDouble());
        return v.asText();
    }

    private static String problem(StudyAnalysis analysis, ProblemAnalysis pa, Map<String, StudyStore.ManifestAlgorithm> algs,
                                  List<ReportSection> sections) {
        List<Objective> objs = pa.problem().objectives();
        List<String> ids = pa.algorithms();
        List<String> names = ids.stream().map(id -> algs.get(id).engine() + " " + algs.get(id).label()).toList();
        List<Integer> colors = ids.stream().map(id -> new ArrayList<>(pa.runs().keySet()).indexOf(id)).toList();
        StringBuilder sb = new StringBuilder("<h2>").append(escape(pa.problem().name())).append("</h2>\n");
        int runs = pa.runs().values().stream().mapToInt(List::size).sum();
        sb.append("<p class=\"note\">").append(objs.size()).append(" objectives, ").append(runs).append(" completed runs.</p>\n");

        sb.append("<h3>Front explorer</h3>\n").append(Explorer.html(pa, algs, colors, analysis.problems().indexOf(pa)));
        sb.append("<h3>Algorithm comparison</h3>\n").append(comparisonTable(pa, algs));
        sb.append("<h3>Summary</h3>\n").append(summaryTable(pa, algs));
        sb.append("<p class=\"note\">").append(escape(Tables.legend(pa))).append("</p>\n");
        sb.append(normalisation(pa));

        sb.append("<h3>Final fronts of the median run</h3>\n<p class=\"note\">Per algorithm the run with the median "
                + "hypervolume; feasible non-dominated solutions in natural units.</p>\n");
        List<double[]> fronts = ids.stream().map(id -> pa.medianRun().get(id).run().front()).toList();
        List<String> withSeeds = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) withSeeds.add(names.get(k) + " (seed " + pa.medianRun().get(ids.get(k)).run().seed() + ")");
        sb.append(legend(withSeeds, colors)).append("<div class=\"grid\">");
        for (int[] pair : pairs(objs.size())) {
            sb.append(ReportContext.image(Charts.fronts(objs.get(pair[0]).name() + " vs " + objs.get(pair[1]).name(),
                    objs, pair[0], pair[1], withSeeds, colors, fronts), "front"));
        }
        sb.append("</div>\n");

        sb.append("<h3>Indicators</h3>\n<div class=\"grid\">");
        for (Indicator ind : Indicator.values()) {
            List<double[]> values = ids.stream().map(id -> pa.values(id, ind)).toList();
            sb.append(ReportContext.image(Charts.boxplot(ind.label(), ind.label() + (ind.higherIsBetter() ? " (higher is better)"
                    : " (lower is better)"), names, values), ind.label()));
        }
        sb.append("</div>\n");

        sb.append("<h3 id=\"convergence-").append(analysis.problems().indexOf(pa)).append("\">Convergence</h3>\n<p class=\"note\">Line: median over the seeds; band: 25th to 75th percentile "
                + "(interquartile range) at each trace point. Each y axis says which way is better; the evaluations axis is "
                + "logarithmic where the trace spans more than a factor of " + Charts.LOG_SPAN + ", so the early, fast "
                + "change is not squeezed into the first tick.</p>\n").append(legend(names, colors)).append("<div class=\"grid\">");
        for (Indicator ind : Indicator.values()) {
            List<long[]> ev = ids.stream().map(id -> pa.convergence().get(id).get(ind).evaluations()).toList();
            List<org.agrifront.analysis.Bands.Band> bands = ids.stream().map(id -> pa.convergence().get(id).get(ind).band()).toList();
            sb.append(ReportContext.image(Charts.convergence(ind.label() + ": median, 25-75% band", ind.label(), ind.higherIsBetter(),
                    names, ev, bands), ind.label()));
        }
        sb.append("</div>\n");
        sb.append(attainment(pa, names, colors).replace("<h3>", "<h3 id=\"attainment-" + analysis.problems().indexOf(pa) + "\">"));
        sb.append(tests(pa, algs));

        ReportContext ctx = new ReportContext(analysis.results().dir(), pa);
        if (ctx.problemFile() == null || !Files.isRegularFile(ctx.problemFile())) {
            sb.append("<p class=\"failed\">Problem file ").append(escape(String.valueOf(ctx.problemFile())))
                    .append(" not found: problem-specific sections are left out.</p>\n");
        }
        for (ReportSection s : sections) sb.append(section(s, ctx));
        return sb.toString();
    }

    /**
     * Attainment surfaces: for two objectives the empirical attainment function's best, median and worst surfaces;
     * for three and more the same on 2-D projections (each run's front projected onto an objective pair). Where the
     * surfaces of two algorithms coincide, the page says so rather than drawing one on top of the other unnoticed.
     */
    static String attainment(ProblemAnalysis pa, List<String> names, List<Integer> colors) {
        List<Objective> objs = pa.problem().objectives();
        List<String> ids = pa.algorithms();
        int d = objs.size();
        List<int[]> pairs = pairs(d);
        if (pairs.size() > 3) pairs = pairs.subList(0, 3);
        StringBuilder sb = new StringBuilder("<h3>Attainment surfaces</h3>\n<p class=\"note\">Empirical attainment function "
                + "over the seeds: best (dashed, attained by at least one run), median (solid, by half of the runs) and worst "
                + "(dotted, by every run) surfaces");
        if (d == 2) {
            sb.append(".");
        } else {
            sb.append(" of 2-D projections: each run's final front is projected onto an objective pair and reduced to its "
                    + "non-dominated set, so a surface shows which pairs of values the runs attain whatever the other ")
                    .append(d - 2).append(d - 2 == 1 ? " objective is" : " objectives are").append(" (a slice of the ")
                    .append(d).append("-D attainment function, not the whole of it). ")
                    .append(pairs.size() < d * (d - 1) / 2 ? pairs.size() + " of the " + d * (d - 1) / 2 + " pairs are shown." : "");
        }
        sb.append("</p>\n").append(legend(names, colors));
        for (int[] pair : pairs) {
            List<List<double[]>> surfaces = ids.stream()
                    .map(id -> d == 2 && pa.attainment().containsKey(id) ? pa.attainment().get(id)
                            : StudyAnalysis.attainment(pa.problem(), pa.runs().get(id), pair[0], pair[1])).toList();
            List<String> same = new ArrayList<>(), close = new ArrayList<>();
            double[] ideal = pa.reference().normalization().naturalIdeal(), nadir = pa.reference().normalization().naturalNadir();
            double[] range = {Math.abs(nadir[pair[0]] - ideal[pair[0]]), Math.abs(nadir[pair[1]] - ideal[pair[1]])};
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    if (sameSurfaces(surfaces.get(a), surfaces.get(b))) {
                        same.add(names.get(a) + " and " + names.get(b));
                    } else {
                        double gap = surfaceGap(surfaces.get(a).get(1), surfaces.get(b).get(1), range);
                        if (gap < CLOSE_SURFACES) close.add(names.get(a) + " and " + names.get(b) + " (" + percent(gap) + ")");
                    }
                }
            }
            String title = objs.get(pair[0]).name() + " vs " + objs.get(pair[1]).name();
            if (!same.isEmpty()) {
                sb.append("<p class=\"note\"><b>").append(escape(title)).append(":</b> the best, median and worst surfaces of ")
                        .append(escape(String.join("; ", same))).append(" coincide (equal to 1e-9 relative); in the first "
                                + "panel they lie on top of each other, the panels per algorithm show each alone.</p>\n");
            }
            if (!close.isEmpty()) {
                sb.append("<p class=\"note\"><b>").append(escape(title)).append(":</b> the median surfaces of ")
                        .append(escape(String.join("; ", close))).append(" lie within the given share of the reference "
                                + "front's range of each other (largest distance from a corner of one to the nearest corner "
                                + "of the other, objectives scaled by that range): too close to tell apart in the first panel; "
                                + "the panels per algorithm show each alone.</p>\n");
            }
            sb.append("<div class=\"grid\">");
            sb.append(ReportContext.image(Charts.attainment(title + ": all algorithms", objs.get(pair[0]), objs.get(pair[1]),
                    names, colors, surfaces), "attainment " + title));
            for (int k = 0; k < ids.size(); k++) {
                sb.append(ReportContext.image(Charts.attainment(title + ": " + names.get(k), objs.get(pair[0]), objs.get(pair[1]),
                        List.of(names.get(k)), List.of(colors.get(k)), List.of(surfaces.get(k))), "attainment " + names.get(k)));
            }
            sb.append("</div>\n");
        }
        return sb.toString();
    }

    /** Median surfaces closer than this share of the reference range are reported as indistinguishable in a plot. */
    static final double CLOSE_SURFACES = 0.02;

    /**
     * The largest distance from a corner of either surface to the nearest corner of the other ((x, y) pairs, natural
     * values), each objective divided by {@code range}: a symmetric Hausdorff distance in range units.
     */
    static double surfaceGap(double[] a, double[] b, double[] range) {
        if (a.length == 0 || b.length == 0) return Double.POSITIVE_INFINITY;
        return Math.max(directedGap(a, b, range), directedGap(b, a, range));
    }

    private static double directedGap(double[] a, double[] b, double[] range) {
        double worst = 0;
        for (int i = 0; i < a.length; i += 2) {
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < b.length; k += 2) {
                double dx = (a[i] - b[k]) / (range[0] > 0 ? range[0] : 1), dy = (a[i + 1] - b[k + 1]) / (range[1] > 0 ? range[1] : 1);
                best = Math.min(best, dx * dx + dy * dy);
            }
            worst = Math.max(worst, best);
        }
        return Math.sqrt(worst);
    }

    /** True when two algorithms' best, median and worst surfaces are the same points (relative tolerance 1e-9). */
    static boolean sameSurfaces(List<double[]> a, List<double[]> b) {
        for (int s = 0; s < 3; s++) {
            double[] x = a.get(s), y = b.get(s);
            if (x.length != y.length || x.length == 0) return false;
            for (int i = 0; i < x.length; i++) {
                if (Math.abs(x[i] - y[i]) > 1e-9 * Math.max(1, Math.max(Math.abs(x[i]), Math.abs(y[i])))) return false;
            }
        }
        return true;
    }

    /**
     * One problem-specific section, or a visible note naming what failed: a section that cannot be built (malformed
     * run file, unreadable problem file) must not vanish from the report unnoticed.
     */
    static String section(ReportSection s, ReportContext ctx) {
        try {
            if (!s.supports(ctx)) return "";
            return "<h3>" + escape(s.title()) + "</h3>\n" + s.html(ctx) + "\n";
        } catch (RuntimeException e) {
            return "<h3>" + escape(s.title()) + "</h3>\n<p class=\"failed\">This section could not be built: "
                    + escape(String.valueOf(e.getMessage())) + "</p>\n";
        }
    }

    /** A colour key for the plots below it. */
    static String legend(List<String> names, List<Integer> colors) {
        StringBuilder sb = new StringBuilder("<p class=\"legend\">");
        for (int k = 0; k < names.size(); k++) {
            java.awt.Color c = Charts.color(colors.get(k));
            sb.append("<span style=\"color:#").append(String.format("%06x", c.getRGB() & 0xffffff)).append("\">&#9632;</span> ")
                    .append(escape(names.get(k))).append("&nbsp;&nbsp; ");
        }
        return sb.append("</p>\n").toString();
    }

    /** Pairs of objectives to plot: all pairs up to 3 objectives, consecutive pairs above (at most 7). */
    static List<int[]> pairs(int d) {
        List<int[]> out = new ArrayList<>();
        if (d <= 3) {
            for (int i = 0; i < d; i++) for (int j = i + 1; j < d; j++) out.add(new int[] {i, j});
        } else {
            for (int i = 0; i + 1 < d && out.size() < 7; i++) out.add(new int[] {i, i + 1});
        }
        return out;
    }

    private static String summaryTable(ProblemAnalysis pa, Map<String, StudyStore.ManifestAlgorithm> algs) {
        Tables.Table t = Tables.table(pa, algs);
        StringBuilder sb = new StringBuilder("<table><tr><th class=\"l\">indicator</th>");
        for (String c : t.columns()) sb.append("<th>").append(escape(c)).append("</th>");
        sb.append("<th>KW p</th></tr>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            sb.append("<tr><td class=\"l\">").append(escape(t.rows().get(r))).append("</td>");
            for (Tables.Cell c : t.cells().get(r)) {
                sb.append("<td").append(c.best() ? " class=\"best\"" : "").append('>').append(escape(c.text()))
                        .append(c.worseThanBest() ? " <span class=\"dag\">†</span>" : "").append("</td>");
            }
            sb.append("<td>").append(escape(t.kruskal().get(r))).append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    private static String normalisation(ProblemAnalysis pa) {
        QualityIndicators qi = pa.indicators();
        QualityIndicators.Settings s = qi.settings();
        double[] ideal = pa.reference().normalization().naturalIdeal(), nadir = pa.reference().normalization().naturalNadir();
        StringBuilder sb = new StringBuilder("<details><summary>Normalisation</summary><p class=\"note\">Reference: ")
                .append(escape(pa.reference().source())).append(" (").append(pa.reference().size())
                .append(" points). Objectives turned into minimisation and scaled so the reference front spans [0, 1]; "
                        + "hypervolume reference point ").append(s.referencePoint()).append(" in every normalised objective, ")
                .append(qi.exactHypervolume() ? "computed exactly" : "estimated by Monte Carlo with " + s.monteCarloSamples()
                        + " samples (standard errors in indicators.csv)")
                .append("; the reference front itself scores hypervolume ")
                .append(Tables.num(qi.referenceValues().get(Indicator.HYPERVOLUME))).append(". ")
                .append("Spread: ").append(escape(QualityIndicators.spreadDefinition(pa.problem().d()))).append(".</p>\n")
                .append("<table><tr><th class=\"l\">objective</th><th class=\"l\">sense</th><th class=\"l\">unit</th>"
                        + "<th>ideal (0)</th><th>nadir (1)</th></tr>\n");
        List<Objective> objs = pa.problem().objectives();
        for (int j = 0; j < objs.size(); j++) {
            sb.append("<tr><td class=\"l\">").append(escape(objs.get(j).name())).append("</td><td class=\"l\">")
                    .append(objs.get(j).sense().label()).append("</td><td class=\"l\">").append(escape(objs.get(j).unit()))
                    .append("</td><td>").append(Tables.num(ideal[j])).append("</td><td>").append(Tables.num(nadir[j])).append("</td></tr>\n");
        }
        return sb.append("</table></details>\n").toString();
    }

    private static String tests(ProblemAnalysis pa, Map<String, StudyStore.ManifestAlgorithm> algs) {
        StringBuilder sb = new StringBuilder("<details><summary>Statistical tests</summary>\n<table><tr><th class=\"l\">indicator</th>"
                + "<th>Kruskal–Wallis H</th><th>df</th><th>p</th></tr>\n");
        for (Indicator ind : Indicator.values()) {
            KruskalWallis.Result k = pa.kruskal().get(ind);
            sb.append("<tr><td class=\"l\">").append(ind.label()).append("</td><td>").append(Tables.num(k.h())).append("</td><td>")
                    .append(k.df()).append("</td><td>").append(Tables.num(k.p())).append("</td></tr>\n");
        }
        sb.append("</table>\n<table><tr><th class=\"l\">indicator</th><th class=\"l\">A</th><th class=\"l\">B</th><th>U</th>"
                + "<th>p</th><th>p (Holm)</th><th>A12 (A over B)</th><th class=\"l\">effect</th></tr>\n");
        for (Indicator ind : Indicator.values()) {
            for (StudyAnalysis.Pairwise p : pa.pairwise().get(ind)) {
                sb.append("<tr><td class=\"l\">").append(ind.label()).append("</td><td class=\"l\">").append(escape(p.a()))
                        .append("</td><td class=\"l\">").append(escape(p.b())).append("</td><td>").append(Tables.num(p.u()))
                        .append("</td><td>").append(Tables.num(p.p())).append("</td><td").append(p.pHolm() < Tables.ALPHA ? " class=\"best\"" : "")
                        .append('>').append(Tables.num(p.pHolm())).append("</td><td>").append(Tables.num(p.a12())).append("</td><td class=\"l\">")
                        .append(org.agrifront.analysis.VarghaDelaney.magnitude(p.a12())).append("</td></tr>\n");
            }
        }
        return sb.append("</table></details>\n").toString();
    }

    private static String methods() {
        return "<h2>Methods</h2>\n<p class=\"note\">Indicators (Agrifront <code>analysis</code>): hypervolume — exact "
                + "(2-D sweep; 3-D dimension sweep, Beume et al. 2009; 4-D slicing; WFG, While et al. 2012) or Monte Carlo "
                + "above the configured number of objectives; IGD+ (Ishibuchi et al. 2015); additive ε (Zitzler et al. 2003); "
                + "generational distance (mean distance to the reference front); spread Δ (Deb et al. 2002) for two objectives, "
                + "generalised spread (Zhou et al. 2006) above; number of distinct non-dominated feasible solutions. Runs "
                + "without a feasible solution have hypervolume 0 and no distance values (n in summary.csv counts the "
                + "values). Statistics: mean, sample sd, type-7 quantiles, CV = sd/|mean|, 95% percentile bootstrap CI of the "
                + "mean (seeded); Kruskal–Wallis with tie correction; two-sided Mann–Whitney U (Apache Commons Statistics) "
                + "with Holm's correction per problem and indicator; Vargha–Delaney A12. Files: summary.csv, indicators.csv, "
                + "tests.csv, pairwise.csv, convergence.csv, normalization.csv, timings.csv, comparison.csv, summary.md, summary.tex, and "
                + "trace.csv in every run folder.</p>\n";
    }

    public static String escape(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
