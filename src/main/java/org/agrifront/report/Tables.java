package org.agrifront.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agrifront.analysis.Descriptive;
import org.agrifront.analysis.Indicator;
import org.agrifront.experiment.StudyStore;
import org.agrifront.report.StudyAnalysis.ProblemAnalysis;

/**
 * The summary as tables (Markdown, LaTeX, HTML): per problem one row per indicator, one column per algorithm, each
 * cell "median (IQR)"; the best median of a row in bold; a dagger marks an algorithm significantly different from
 * the row's best (two-sided Mann–Whitney U, Holm-adjusted p &lt; 0.05); the last column is the Kruskal–Wallis
 * p-value across all algorithms.
 */
public final class Tables {
    public static final double ALPHA = 0.05;

    private Tables() {
    }

    /** One problem's table as cells: header row, then one row per indicator (plain text, flags separate). */
    record Cell(String text, boolean best, boolean worseThanBest) {
    }

    record Table(String problem, List<String> columns, List<String> rows, List<List<Cell>> cells, List<String> kruskal) {
    }

    static Table table(ProblemAnalysis pa, Map<String, StudyStore.ManifestAlgorithm> algs) {
        List<String> ids = new ArrayList<>(pa.summary().keySet());
        List<String> columns = ids.stream().map(id -> algs.get(id).engine() + " " + algs.get(id).label()).toList();
        List<String> rows = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        List<String> kw = new ArrayList<>();
        for (Indicator ind : Indicator.values()) {
            rows.add(ind.label() + (ind.higherIsBetter() ? " ↑" : " ↓"));
            String best = null;
            for (String id : ids) {
                double m = pa.summary().get(id).get(ind).median();
                if (best == null ? !Double.isNaN(m) : ind.better(m, pa.summary().get(best).get(ind).median())) best = id;
            }
            List<Cell> row = new ArrayList<>();
            for (String id : ids) {
                Descriptive s = pa.summary().get(id).get(ind);
                boolean isBest = id.equals(best) && !Double.isNaN(s.median());
                row.add(new Cell(num(s.median()) + " (" + num(s.iqr()) + ")", isBest, !isBest && significant(pa, ind, id, best)));
            }
            cells.add(row);
            kw.add(num(pa.kruskal().get(ind).p()));
        }
        return new Table(pa.problem().name(), columns, rows, cells, kw);
    }

    private static boolean significant(ProblemAnalysis pa, Indicator ind, String a, String b) {
        if (b == null) return false;
        for (StudyAnalysis.Pairwise p : pa.pairwise().get(ind)) {
            if (p.a().equals(a) && p.b().equals(b) || p.a().equals(b) && p.b().equals(a)) return p.pHolm() < ALPHA;
        }
        return false;
    }

    public static String markdown(StudyAnalysis analysis) {
        Map<String, StudyStore.ManifestAlgorithm> algs = Report.algorithms(analysis.results().manifest());
        StringBuilder sb = new StringBuilder("# Study ").append(analysis.results().manifest().name()).append("\n\n");
        for (ProblemAnalysis pa : analysis.problems()) {
            Table t = table(pa, algs);
            sb.append("## ").append(t.problem()).append("\n\n| indicator | ").append(String.join(" | ", t.columns()))
                    .append(" | KW p |\n|---|").append("---|".repeat(t.columns().size())).append("---|\n");
            for (int r = 0; r < t.rows().size(); r++) {
                sb.append("| ").append(t.rows().get(r));
                for (Cell c : t.cells().get(r)) {
                    sb.append(" | ").append(c.best() ? "**" + c.text() + "**" : c.text()).append(c.worseThanBest() ? " †" : "");
                }
                sb.append(" | ").append(t.kruskal().get(r)).append(" |\n");
            }
            sb.append('\n').append(legend(pa)).append("\n\n");
        }
        return sb.toString();
    }

    public static String latex(StudyAnalysis analysis) {
        Map<String, StudyStore.ManifestAlgorithm> algs = Report.algorithms(analysis.results().manifest());
        StringBuilder sb = new StringBuilder("% Study ").append(analysis.results().manifest().name())
                .append(": median (IQR) per indicator; needs \\usepackage{booktabs}\n");
        for (ProblemAnalysis pa : analysis.problems()) {
            Table t = table(pa, algs);
            sb.append("\\begin{table}[htbp]\n\\centering\n\\caption{").append(tex(t.problem()))
                    .append(": median (IQR) over ").append(pa.runs().values().stream().mapToInt(List::size).max().orElse(0))
                    .append(" seeds. Bold: best median; $^\\dagger$: differs from the best (Mann--Whitney U, Holm-adjusted $p < ")
                    .append(ALPHA).append("$).}\n\\begin{tabular}{l").append("r".repeat(t.columns().size() + 1)).append("}\n\\toprule\n");
            sb.append("Indicator");
            for (String c : t.columns()) sb.append(" & ").append(tex(c));
            sb.append(" & KW $p$ \\\\\n\\midrule\n");
            for (int r = 0; r < t.rows().size(); r++) {
                String row = t.rows().get(r).replace(" ↑", " $\\uparrow$").replace(" ↓", " $\\downarrow$");
                sb.append(tex(row.substring(0, row.indexOf(' ')))).append(row.substring(row.indexOf(' ')));
                for (Cell c : t.cells().get(r)) {
                    String text = c.best() ? "\\textbf{" + c.text() + "}" : c.text();
                    sb.append(" & ").append(text).append(c.worseThanBest() ? "$^\\dagger$" : "");
                }
                sb.append(" & ").append(t.kruskal().get(r)).append(" \\\\\n");
            }
            sb.append("\\bottomrule\n\\end{tabular}\n\\end{table}\n\n");
        }
        return sb.toString();
    }

    static String legend(ProblemAnalysis pa) {
        return "Median (IQR) over the seeds; ↑ higher is better, ↓ lower is better. Bold: best median. †: differs from the "
                + "best (two-sided Mann–Whitney U, Holm-adjusted p < " + ALPHA + "). KW p: Kruskal–Wallis across algorithms. "
                + "Indicators on objectives normalised by the " + pa.reference().source() + ".";
    }

    /** Four significant digits below 10,000, whole numbers up to 10^12, exponent form beyond. */
    static String num(double v) {
        if (Double.isNaN(v)) return "–";
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e12) return Long.toString((long) v);
        if (a >= 1e4 && a < 1e12) return String.format(Locale.ROOT, "%.0f", v);
        if (a != 0 && (a < 1e-3 || a >= 1e12)) return String.format(Locale.ROOT, "%.3e", v);
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String tex(String s) {
        return s.replace("\\", "\\textbackslash{}").replace("_", "\\_").replace("&", "\\&").replace("%", "\\%")
                .replace("#", "\\#").replace("$", "\\$");
    }
}
