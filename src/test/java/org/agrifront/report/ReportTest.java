package org.agrifront.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agrifront.experiment.Study;
import org.agrifront.experiment.StudyFixtures;
import org.agrifront.experiment.StudyReader;
import org.agrifront.experiment.StudyRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a small two-objective study: files, attainment, exact reference front, the section hook. */
class ReportTest {
    @TempDir
    Path root;

    private Path study(String extraProblemFields) throws Exception {
        StudyFixtures.tradeoff(root);
        Path spec = StudyFixtures.write(root.resolve("experiments/two.json"), """
                {"name": "two",
                 "problems": [{"file": "problems/tradeoff.json"%s}],
                 "algorithms": [{"engine": "moea", "name": "nsga2", "population": 12},
                                {"engine": "jmetal", "name": "nsga2", "population": 12, "label": "nsga2-b"}],
                 "seeds": {"count": 4, "base": 3},
                 "budget": {"generations": 6}, "traceInterval": 2,
                 "analysis": {"bootstrapResamples": 300}}
                """.formatted(extraProblemFields));
        Study s = StudyReader.read(spec);
        Path out = root.resolve("results/two");
        StudyRunner.run(s, out, 2, null, null);
        return out;
    }

    @Test
    void writesEveryFileWithOneSummaryRowPerCellAndAttainmentForTwoObjectives() throws Exception {
        Path out = study("");
        Report.Outcome o = Report.write(out);
        assertEquals(8, o.complete());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("problem,engine,algorithm,indicator,n,mean,sd,median,iqr,cv,ci_low,ci_high", summary.get(0));
        // six indicators per algorithm, then the comparison's feasible_run (no exact front: no ratio or LP-gain rows)
        assertEquals(1 + 2 * 6 + 2, summary.size());
        assertTrue(summary.get(13).startsWith("tradeoff,moea,nsga2,feasible_run,4,1,"), summary.get(13));
        List<String> comparison = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(3, comparison.size());
        assertTrue(comparison.get(1).startsWith("tradeoff,moea,nsga2,neutral (random),archive,4,1,NaN,"), comparison.get(1));
        assertTrue(summary.get(1).startsWith("tradeoff,moea,nsga2,hypervolume,4,"), summary.get(1));
        assertTrue(summary.get(7).startsWith("tradeoff,jmetal,nsga2-b,hypervolume,4,"), summary.get(7));
        for (String f : List.of("indicators.csv", "tests.csv", "pairwise.csv", "convergence.csv", "normalization.csv",
                "attainment.csv", "timings.csv", "summary.md", "summary.tex", "report.html", "tradeoff/reference-front.csv",
                "tradeoff/moea-nsga2/seed-3/trace.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        // trace points at generations 0, 2, 4, 6
        assertEquals(5, Files.readAllLines(out.resolve("tradeoff/moea-nsga2/seed-3/trace.csv")).size());
        String attainment = Files.readString(out.resolve("attainment.csv"));
        assertTrue(attainment.contains("tradeoff,moea,nsga2,best,value,") && attainment.contains(",worst,value,"), attainment);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("\">Attainment surfaces</h3>") && html.contains("class=\"explorer-data\""));
        assertTrue(html.contains("<h3>Algorithm comparison</h3>") && html.contains("<th class=\"l\">start</th>"));
        assertTrue(html.contains("data:image/png;base64,"));
        assertTrue(html.contains("<h3>Trade-off details</h3>") && html.contains("id=\"test-section\""), "section hook");
        assertTrue(Files.readString(out.resolve("summary.tex")).contains("\\toprule"));
        assertTrue(Files.readString(out.resolve("normalization.csv")).contains("pooled non-dominated set of the final fronts of 8 runs"));
    }

    @Test
    void anExactReferenceFrontNamedInTheSpecNormalisesTheIndicators() throws Exception {
        // the true front of 16 genes with value i+1, weight (i+1)^2 includes (0, 0) and (136, 1496) (all genes)
        StudyFixtures.write(root.resolve("bounds/reference-front.csv"), "value,weight,feasible\n0,0,true\n136,1496,true\n1,1,true\n");
        Path out = study(", \"referenceFront\": \"bounds/reference-front.csv\"");
        Report.write(out);
        List<String> norm = Files.readAllLines(out.resolve("normalization.csv"));
        assertTrue(norm.get(1).startsWith("tradeoff,value,max,units,136,0,3,exact reference front "), norm.get(1));
        assertTrue(norm.get(2).startsWith("tradeoff,weight,min,kg,0,1496,3,"), norm.get(2));
    }

    @Test
    void aProblemWithoutAnyFeasibleSolutionIsReportedAsSuchInsteadOfFailing() throws Exception {
        StudyFixtures.landUse(root);
        Path spec = StudyFixtures.write(root.resolve("experiments/infeasible.json"), """
                {"name": "infeasible",
                 "problems": [{"file": "problems/tiny-landuse.json"}],
                 "algorithms": [{"engine": "moea", "name": "nsga2", "population": 10,
                                 "crossover": "uniform", "mutation": "reset", "initialization": "random"}],
                 "seeds": {"count": 2}, "budget": {"generations": 1}, "solutions": false}
                """);
        Path out = root.resolve("results/infeasible");
        StudyRunner.run(StudyReader.read(spec), out, 1, null, null);
        assertTrue(Files.readString(out.resolve("tiny-landuse/moea-nsga2/seed-1/front.csv")).contains(",false\n"),
                "random allocations of the tiny instance miss the land-use targets");
        Report.Outcome o = Report.write(out);
        assertEquals(List.of("tiny-landuse: no feasible solution in any completed run and no reference front; no indicators"),
                o.analysis().notes());
        assertEquals(List.of(ResultFiles.SUMMARY_HEADER), Files.readAllLines(out.resolve("summary.csv")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("no feasible solution in any completed run"));
    }

    @Test
    void aSectionThatFailsLeavesAVisibleNoteNamingTheCauseInsteadOfVanishing() throws Exception {
        Path out = study("");
        // the problem file exists but is no longer JSON: the problem-specific sections cannot tell their type
        Files.writeString(root.resolve("problems/tradeoff.json"), "{\"type\": \"test-tradeoff\", ");
        Report.write(out);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h3>Trade-off details</h3>\n<p class=\"failed\">This section could not be built: "), html);
        assertTrue(html.contains("tradeoff.json"), "the note names the file");
        assertFalse(html.contains("id=\"test-section\""));
    }

    @Test
    void aMissingProblemFileIsNotedInTheReport() throws Exception {
        Path out = study("");
        Files.delete(root.resolve("problems/tradeoff.json"));
        Report.write(out);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("not found: problem-specific sections are left out"), "note in the report");
        assertFalse(html.contains("<h3>Trade-off details</h3>"));
    }

    @Test
    void aSectionThrowingAnythingBecomesANote() {
        ReportSection broken = new ReportSection() {
            @Override
            public String title() {
                return "Broken <section>";
            }

            @Override
            public boolean supports(ReportContext context) {
                return true;
            }

            @Override
            public String html(ReportContext context) {
                throw new IllegalStateException("no column 'gwp' in run 3 & 4");
            }
        };
        assertEquals("<h3>Broken &lt;section&gt;</h3>\n<p class=\"failed\">This section could not be built: "
                + "no column 'gwp' in run 3 &amp; 4</p>\n", Html.section(broken, null));
    }
}
