package org.agrifront.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.analysis.QualityIndicators;
import org.agrifront.core.Problem;
import org.agrifront.engine.AlgorithmSpec;

/**
 * A validated study: problems × algorithms × seeds, each run a {@link RunTask}. Built by {@link StudyReader}.
 *
 * @param traceInterval generations between trace points (the initial population and the last generation are
 *                      always traced)
 * @param threads       the spec's thread count (the command line may override it)
 * @param solutions     whether each run writes {@code solutions.csv} and {@code variables.csv}
 */
public record Study(Path file, String name, String description, List<StudyProblem> problems,
                    List<StudyAlgorithm> algorithms, List<Long> seeds, int traceInterval, int threads,
                    boolean solutions, Analysis analysis) {

    public Study {
        problems = List.copyOf(problems);
        algorithms = List.copyOf(algorithms);
        seeds = List.copyOf(seeds);
    }

    /** A problem of the study, loaded once and shared by its runs (evaluation is read-only). */
    public record StudyProblem(String name, Path file, Path data, Path referenceFront, Problem<?> problem) {
    }

    /**
     * One algorithm configuration: {@code id} = {@code <engine>-<label>} names its folder in the result store;
     * {@code generations} follows from the budget and the population.
     */
    public record StudyAlgorithm(String id, String engine, String label, AlgorithmSpec spec, int generations, String seeding) {
        public long evaluations() {
            return (long) spec.populationSize() * (generations + 1);
        }
    }

    /** Indicator settings and bootstrap resamples for the analysis. */
    public record Analysis(QualityIndicators.Settings indicators, int bootstrapResamples) {
        public static Analysis defaults() {
            return new Analysis(QualityIndicators.Settings.defaults(), 2000);
        }
    }

    /** All runs, problem-major, then algorithm, then seed; {@link RunTask#index()} is the position in this list. */
    public List<RunTask> tasks() {
        List<RunTask> out = new ArrayList<>();
        for (StudyProblem p : problems) {
            for (StudyAlgorithm a : algorithms) {
                for (long seed : seeds) out.add(new RunTask(out.size(), p, a, seed, traceInterval));
            }
        }
        return out;
    }
}
