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
     * {@code generations} follows from the budget and the population. {@code problems}: the problems it runs on,
     * null for all (pairs outside are not applicable and have no runs).
     */
    public record StudyAlgorithm(String id, String engine, String label, AlgorithmSpec spec, int generations, String seeding,
                                 List<String> problems) {
        public StudyAlgorithm {
            problems = problems == null ? null : List.copyOf(problems);
        }

        public StudyAlgorithm(String id, String engine, String label, AlgorithmSpec spec, int generations, String seeding) {
            this(id, engine, label, spec, generations, seeding, null);
        }

        public long evaluations() {
            return (long) spec.populationSize() * (generations + 1);
        }

        /** True when this configuration runs on {@code problem}. */
        public boolean appliesTo(String problem) {
            return problems == null || problems.contains(problem);
        }
    }

    /** Indicator settings and bootstrap resamples for the analysis. */
    public record Analysis(QualityIndicators.Settings indicators, int bootstrapResamples) {
        public static Analysis defaults() {
            return new Analysis(QualityIndicators.Settings.defaults(), 2000);
        }
    }

    /**
     * All runs, problem-major, then algorithm, then seed, without the pairs that are not applicable;
     * {@link RunTask#index()} is the position in this list.
     */
    public List<RunTask> tasks() {
        List<RunTask> out = new ArrayList<>();
        for (StudyProblem p : problems) {
            for (StudyAlgorithm a : algorithms) {
                if (!a.appliesTo(p.name())) continue;
                for (long seed : seeds) out.add(new RunTask(out.size(), p, a, seed, traceInterval));
            }
        }
        return out;
    }
}
