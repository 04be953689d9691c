package org.agrifront.report;

/**
 * A problem-specific part of the HTML report, found on the class path by {@link java.util.ServiceLoader} (list
 * implementations in {@code META-INF/services/org.agrifront.report.ReportSection}). The report calls every
 * section whose {@link #supports} accepts a problem and places its HTML after the generic plots of that problem,
 * e.g. the manure study's minimum-GWP transfer table and flow map, or a parallel-coordinates plot of a
 * many-objective front. Sections may read the problem file and the run folders (e.g. the median run's
 * {@code solutions.csv}) and write extra files into the result folder.
 */
public interface ReportSection {
    /** Heading of the section in the report. */
    String title();

    /** True when this section applies, typically by {@link ReportContext#problemType()}. */
    boolean supports(ReportContext context);

    /** An HTML fragment (no {@code <html>}/{@code <body>}); images through {@link ReportContext#image}. */
    String html(ReportContext context);
}
