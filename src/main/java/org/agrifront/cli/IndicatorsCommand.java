package org.agrifront.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.analysis.Indicator;
import org.agrifront.analysis.Normalization;
import org.agrifront.analysis.QualityIndicators;
import org.agrifront.core.Objective;
import org.agrifront.core.Sense;
import org.agrifront.experiment.RunFiles;
import org.agrifront.experiment.StudyStore;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.io.Numbers;
import org.agrifront.report.StudyAnalysis;
import org.agrifront.report.StudyResults;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agrifront indicators [--reference FILE] RUN_DIR...}: the report's quality indicators of single runs, with
 * the report's names and reference-front rule ({@link StudyAnalysis#exactReference}), so that the same run and
 * reference give the same numbers here and in a study's {@code indicators.csv}.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"The report's quality indicators (hypervolume, igd_plus, epsilon_additive, gd, spread, nondominated;",
                "hypervolume exact up to 4 objectives, else Monte Carlo with its standard error) of run fronts against a",
                "reference front: the non-dominated feasible rows of --reference plus the optima.csv beside it, as study and",
                "report take them. Objectives are normalised by that set's ideal and nadir (--normalise reference) or by the",
                "non-dominated union of the reference and the runs (--normalise pooled); without --reference the pooled runs",
                "are the reference. Hypervolume reference point 1.1 in every normalised objective. A reference made by bounds",
                "for another problem (bounds.json beside it), or lacking the runs' objective columns, is refused (exit 2).",
                "Example: agrifront indicators --reference results/bounds/cropswitch-synthetic/reference-front.csv results/runs/cropswitch-synthetic/*"})
public final class IndicatorsCommand implements Callable<Integer> {
    @Option(names = "--reference", paramLabel = "FILE",
            description = "Reference front in the columns of front.csv (e.g. reference-front.csv of bounds). Default: the runs' pooled non-dominated set.")
    Path reference;

    @Option(names = "--normalise", defaultValue = "reference", paramLabel = "reference|pooled",
            description = "Ideal and nadir of the reference front, or of its union with the runs' fronts. Default: ${DEFAULT-VALUE}.")
    String normalise;

    @Option(names = "--samples", defaultValue = "100000", description = "Monte Carlo samples for the hypervolume above 4 objectives. Default: ${DEFAULT-VALUE}.")
    long samples;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the values as CSV (one row per run, columns as a study's indicators.csv).")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run folders (front.csv and run.json).")
    List<Path> runs;

    @Override
    public Integer call() {
        if (!normalise.equals("reference") && !normalise.equals("pooled")) {
            throw new IllegalArgumentException("--normalise: expected reference or pooled, found '" + normalise + "'");
        }
        List<Objective> objectives = null;
        String problem = null;
        List<double[]> fronts = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Path run : runs) {
            Path runJson = run.resolve(RunFiles.RUN);
            List<Objective> o = objectives(runJson);
            String name = Json.tree(runJson).path("problem").asText("");
            if (objectives == null) {
                objectives = o;
                problem = name;
            } else if (!o.equals(objectives) || !name.equals(problem)) {
                throw InputException.file(runJson, "problem '" + name + "' with objectives " + names(o) + ", but " + runs.get(0)
                        + " is of problem '" + problem + "' with objectives " + names(objectives) + "; score one problem at a time");
            }
            int[] n = new int[1];
            fronts.add(StudyResults.feasibleRows(run.resolve(RunFiles.FRONT), objectives, n));
            sizes.add(n[0]);
        }
        Sense[] senses = objectives.stream().map(Objective::sense).toArray(Sense[]::new);
        StudyAnalysis.Reference ref;
        if (reference != null) {
            StudyAnalysis.checkReferenceBelongs(reference, runs.get(0), objectives);
            ref = StudyAnalysis.exactReference(reference, objectives);
            if (ref == null) throw InputException.file(reference, "no feasible points");
        } else {
            ref = StudyAnalysis.pooledReference(fronts, objectives, "pooled non-dominated set of the final fronts of " + runs.size() + " runs");
            if (ref == null) throw new IllegalArgumentException("no run has a feasible point and no --reference is given");
        }
        Normalization norm = ref.normalization();
        String normSource = ref.source();
        if (normalise.equals("pooled") && reference != null) {
            List<double[]> all = new ArrayList<>(fronts);
            all.add(ref.front());
            StudyAnalysis.Reference pooled = StudyAnalysis.pooledReference(all, objectives, "");
            norm = Normalization.of(pooled.front(), pooled.size(), senses);
            normSource = "the non-dominated union of the reference and the runs";
        }
        QualityIndicators.Settings d = QualityIndicators.Settings.defaults();
        QualityIndicators q = new QualityIndicators(norm, ref.front(), ref.size(),
                new QualityIndicators.Settings(d.referencePoint(), d.exactUpTo(), samples, d.seed()));
        QualityIndicators.Values rv = q.referenceValues();
        System.out.printf(Locale.ROOT, "reference: %s, %d non-dominated points; normalised by %s; its own hypervolume %.5f%s%n",
                ref.source(), q.referenceSize(), normalise.equals("pooled") ? normSource : "its ideal and nadir",
                rv.get(Indicator.HYPERVOLUME), q.exactHypervolume() ? " (exact)"
                        : String.format(Locale.ROOT, " ± %.5f (Monte Carlo, %d samples, 1 s.e.)", rv.hypervolumeStandardError(), samples));
        StringBuilder csv = new StringBuilder("run,problem,feasible");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-50s %8s", "run", "feasible"));
        for (Indicator i : Indicator.values()) {
            csv.append(',').append(i.label());
            if (i == Indicator.HYPERVOLUME) csv.append(",hypervolume_se");
            head.append(String.format(Locale.ROOT, " %16s", i.label()));
        }
        System.out.println(head);
        csv.append('\n');
        for (int r = 0; r < runs.size(); r++) {
            QualityIndicators.Values v = q.evaluate(fronts.get(r), sizes.get(r));
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-50s %8d", runs.get(r), sizes.get(r)));
            csv.append(org.agrifront.io.Csv.field(runs.get(r).toString())).append(',').append(org.agrifront.io.Csv.field(problem))
                    .append(',').append(sizes.get(r));
            for (Indicator i : Indicator.values()) {
                String text = i == Indicator.NONDOMINATED ? String.format(Locale.ROOT, "%.0f", v.get(i))
                        : String.format(Locale.ROOT, "%.5f", v.get(i));
                if (i == Indicator.HYPERVOLUME && !q.exactHypervolume()) text += String.format(Locale.ROOT, "±%.5f", v.hypervolumeStandardError());
                line.append(String.format(Locale.ROOT, " %16s", text));
                csv.append(',').append(Numbers.format(v.get(i)));
                if (i == Indicator.HYPERVOLUME) csv.append(',').append(Numbers.format(v.hypervolumeStandardError()));
            }
            System.out.println(line);
            csv.append('\n');
        }
        if (out != null) {
            AtomicFiles.writeString(out, csv.toString());
            System.out.println("written: " + out);
        }
        return 0;
    }

    private static String names(List<Objective> objectives) {
        return objectives.stream().map(o -> o.name() + " (" + o.sense().label() + ")").toList().toString();
    }

    static List<Objective> objectives(Path runJson) {
        JsonNode node = Json.tree(runJson).get("objectives");
        if (node == null || !node.isArray()) throw Json.missing(runJson, "$.objectives");
        List<Objective> out = new ArrayList<>();
        for (JsonNode o : node) out.add(new Objective(o.path("name").asText(), Sense.parse(o.path("sense").asText()), o.path("unit").asText("")));
        return out;
    }
}
