package org.agrifront.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.io.Json;
import org.agrifront.report.StudyAnalysis.ProblemAnalysis;

/**
 * What a {@link ReportSection} gets: the result folder, the problem's file and type, and everything analysed about
 * it (runs, indicators, median runs, reference front).
 */
public record ReportContext(Path resultDir, ProblemAnalysis analysis) {

    /** The problem's name (its folder in the result store). */
    public String problemName() {
        return analysis.problem().name();
    }

    /** The problem file the study used. */
    public Path problemFile() {
        return analysis.problem().file();
    }

    /**
     * The problem file's {@code "type"} (e.g. {@code landuse}), or "" when the file is gone (the report says so) or
     * has none. A file that exists but cannot be read is an error, which the report shows in place of the sections.
     */
    public String problemType() {
        if (problemFile() == null || !Files.isRegularFile(problemFile())) return "";
        JsonNode root = Json.tree(problemFile());
        return root.path("type").asText("");
    }

    /** The run folder of the median-hypervolume run of {@code algorithmId} (e.g. {@code moea-nsga2}). */
    public Path medianRunDir(String algorithmId) {
        StudyAnalysis.RunIndicators r = analysis.medianRun().get(algorithmId);
        return r == null ? null : r.run().dir();
    }

    /** An {@code <img>} element embedding PNG bytes, so the report stays one self-contained file. */
    public static String image(byte[] png, String alt) {
        if (png == null) return "";
        return "<img alt=\"" + Html.escape(alt) + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\">";
    }
}
