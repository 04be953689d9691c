package org.agrifront.cli;

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
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.report.StudyResults;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agrifront indicators --reference FILE RUN_DIR...}: quality indicators of single runs against a reference front. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"IGD+, additive epsilon and hypervolume (exact up to 4 objectives, else Monte Carlo with its standard",
                "error) of run fronts against a reference front (e.g. reference-front.csv of bounds), all normalised by the",
                "reference front's ideal and nadir; hypervolume reference point 1.1 in every normalised objective.",
                "Example: agrifront indicators --reference results/bounds/cropswitch-synthetic/reference-front.csv results/runs/cropswitch-synthetic/*"})
public final class IndicatorsCommand implements Callable<Integer> {
    @Option(names = "--reference", required = true, paramLabel = "FILE", description = "Reference front in the columns of front.csv.")
    Path reference;

    @Option(names = "--samples", defaultValue = "100000", description = "Monte Carlo samples for the hypervolume above 4 objectives. Default: ${DEFAULT-VALUE}.")
    long samples;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run folders (front.csv and run.json).")
    List<Path> runs;

    @Override
    public Integer call() {
        List<Objective> objectives = null;
        QualityIndicators q = null;
        for (Path run : runs) {
            List<Objective> o = objectives(run.resolve("run.json"));
            if (objectives == null) {
                objectives = o;
                int[] n = new int[1];
                double[] ref = StudyResults.feasibleRows(reference, objectives, n);
                if (n[0] == 0) throw InputException.file(reference, "no feasible points");
                Sense[] senses = objectives.stream().map(Objective::sense).toArray(Sense[]::new);
                QualityIndicators.Settings d = QualityIndicators.Settings.defaults();
                q = new QualityIndicators(Normalization.of(ref, n[0], senses), ref, n[0],
                        new QualityIndicators.Settings(d.referencePoint(), d.exactUpTo(), samples, d.seed()));
                QualityIndicators.Values rv = q.referenceValues();
                System.out.printf(Locale.ROOT, "reference front: %d points; its own hypervolume %.5f%s%n", q.referenceSize(),
                        rv.get(Indicator.HYPERVOLUME), q.exactHypervolume() ? " (exact)"
                                : String.format(Locale.ROOT, " ± %.5f (Monte Carlo, %d samples, 1 s.e.)", rv.hypervolumeStandardError(), samples));
            } else if (!o.equals(objectives)) {
                throw new IllegalArgumentException(run + " has other objectives than " + runs.get(0));
            }
            int[] n = new int[1];
            double[] front = StudyResults.feasibleRows(run.resolve("front.csv"), objectives, n);
            QualityIndicators.Values v = q.evaluate(front, n[0]);
            System.out.printf(Locale.ROOT, "%-60s feasible %4d  IGD+ %.5f  eps+ %.5f  HV %.5f%s%n", run, n[0],
                    v.get(Indicator.IGD_PLUS), v.get(Indicator.EPSILON_ADDITIVE), v.get(Indicator.HYPERVOLUME),
                    q.exactHypervolume() ? "" : String.format(Locale.ROOT, " ± %.5f", v.hypervolumeStandardError()));
        }
        return 0;
    }

    static List<Objective> objectives(Path runJson) {
        JsonNode node = Json.tree(runJson).get("objectives");
        if (node == null || !node.isArray()) throw Json.missing(runJson, "$.objectives");
        List<Objective> out = new ArrayList<>();
        for (JsonNode o : node) out.add(new Objective(o.path("name").asText(), Sense.parse(o.path("sense").asText()), o.path("unit").asText("")));
        return out;
    }
}
