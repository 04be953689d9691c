package org.agrifront.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.agrifront.experiment.StudyStore;
import org.agrifront.io.AtomicFiles;

/**
 * {@code agrifront report RESULT_DIR}: reads whatever completed runs the store holds, analyses them and writes the
 * CSV files ({@link ResultFiles}), {@code summary.md}, {@code summary.tex} and the self-contained
 * {@code report.html}. The same store always gives the same {@code summary.csv} bytes.
 */
public final class Report {
    public static final String HTML = "report.html";

    private Report() {
    }

    /** What was reported: completed runs out of the study's total, and the analysis. */
    public record Outcome(int complete, int total, StudyAnalysis analysis) {
    }

    public static Outcome write(Path dir) {
        StudyResults results = StudyResults.read(dir);
        StudyAnalysis analysis = StudyAnalysis.of(results);
        StudyStore.Manifest m = results.manifest();
        int total = 0;
        for (StudyStore.ManifestProblem p : m.problems()) {
            for (StudyStore.ManifestAlgorithm a : m.algorithms()) if (a.appliesTo(p.name())) total += m.seeds().size();
        }
        int complete = results.problems().stream().mapToInt(p -> p.runs().values().stream().mapToInt(java.util.List::size).sum()).sum();
        ResultFiles.writeAll(analysis, dir);
        AtomicFiles.writeString(dir.resolve("summary.md"), Tables.markdown(analysis));
        AtomicFiles.writeString(dir.resolve("summary.tex"), Tables.latex(analysis));
        AtomicFiles.writeString(dir.resolve(HTML), Html.page(analysis, complete, total));
        return new Outcome(complete, total, analysis);
    }

    /** The manifest's algorithms by id, in study order. */
    static Map<String, StudyStore.ManifestAlgorithm> algorithms(StudyStore.Manifest m) {
        Map<String, StudyStore.ManifestAlgorithm> out = new LinkedHashMap<>();
        for (StudyStore.ManifestAlgorithm a : m.algorithms()) out.put(a.id(), a);
        return out;
    }
}
