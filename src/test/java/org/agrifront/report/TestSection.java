package org.agrifront.report;

/** A problem-specific report section for the test problem type, found by ServiceLoader from the test class path. */
public final class TestSection implements ReportSection {
    @Override
    public String title() {
        return "Trade-off details";
    }

    @Override
    public boolean supports(ReportContext context) {
        return "test-tradeoff".equals(context.problemType());
    }

    @Override
    public String html(ReportContext context) {
        return "<p id=\"test-section\">median run of moea-nsga2: " + context.medianRunDir("moea-nsga2").getFileName() + "</p>";
    }
}
