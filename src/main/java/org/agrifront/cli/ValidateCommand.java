package org.agrifront.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.core.Problem;
import org.agrifront.experiment.Study;
import org.agrifront.experiment.StudyReader;
import org.agrifront.io.Json;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;
import org.agrifront.problems.manure.ManureProblem;
import org.agrifront.problems.manure.ReconstructionCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agrifront validate FILE}: checks a problem file (and the data it names) or an experiment file (and the
 * problem files it names) without running anything.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a problem file and the data it refers to, or an experiment file (experiments/*.json) and its problems;",
                "prints what it describes, or one line naming the file and field of the first error (exit 2)."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Problem or experiment file (.json).")
    Path file;

    @Option(names = "--data", description = "Data folder replacing the one named in a problem file.")
    Path data;

    @Override
    public Integer call() {
        JsonNode root = Json.tree(file);
        if (StudyReader.isStudy(root)) {
            Study s = StudyReader.read(file);
            System.out.printf("%s: valid study '%s' (%d problem%s x %d algorithm configurations x %d seeds = %d runs; %s)%n",
                    file, s.name(), s.problems().size(), s.problems().size() == 1 ? "" : "s", s.algorithms().size(),
                    s.seeds().size(), s.tasks().size(), String.join(", ", s.algorithms().stream()
                            .map(a -> a.id() + " " + a.evaluations() + " evaluations").toList()));
            return 0;
        }
        Problem<?> p = Problems.load(ProblemSource.of(file, data));
        if (p instanceof org.agrifront.problems.landuse.LandUseProblem landUse) {
            try {
                org.agrifront.seeding.HierarchicalSeeding.checkUnitLevel(landUse.hierarchy(), org.agrifront.engine.Engines.all());
            } catch (IllegalArgumentException e) {
                throw org.agrifront.io.Json.invalid(file, "$.seeding", e.getMessage());
            }
        }
        System.out.printf("%s: valid problem '%s' (%s, %d objectives, %d constraints)%n", file, p.name(),
                p.encoding().describe(), p.numberOfObjectives(), p.numberOfConstraints());
        if (p instanceof ManureProblem m) {
            ReconstructionCheck.lines(m.network().data()).forEach(System.out::println);
        }
        return 0;
    }
}
