package org.agrifront.experiment;

import java.util.List;
import java.util.Map;

/**
 * An experiment file ({@code experiments/*.json}) as written: problems × algorithms × seeds under one budget. Read
 * strictly by {@link StudyReader} (unknown fields and wrong types are errors naming the JSON path).
 * <pre>{@code
 * {"name": "quickstart",
 *  "problems": [{"file": "problems/landuse-synthetic.json"}],
 *  "algorithms": [{"engine": "moea", "name": "nsga2", "population": 100, "initialization": "scalarized"},
 *                 {"engine": "jmetal", "name": "nsga3", "parameters": {"divisions": 12}}],
 *  "seeds": {"count": 10, "base": 1},
 *  "budget": {"generations": 100},
 *  "traceInterval": 10, "threads": 2,
 *  "slurm": {"runsPerTask": 5, "time": "0:30:00", "mem": "2G", "partition": "short", "setup": ["module load java/17"]}}
 * }</pre>
 */
public record StudySpec(String name, String description, List<ProblemEntry> problems, List<AlgorithmEntry> algorithms,
                        Seeds seeds, Budget budget, Integer traceInterval, Integer threads, Boolean solutions,
                        Analysis analysis, Slurm slurm) {

    /** The spec without a {@code "slurm"} block. */
    public StudySpec(String name, String description, List<ProblemEntry> problems, List<AlgorithmEntry> algorithms,
                     Seeds seeds, Budget budget, Integer traceInterval, Integer threads, Boolean solutions, Analysis analysis) {
        this(name, description, problems, algorithms, seeds, budget, traceInterval, threads, solutions, analysis, null);
    }

    /**
     * A problem file, optionally with a data folder replacing the one it names and an exact reference front
     * ({@code reference-front.csv} of {@code agrifront bounds}, in the columns of {@code front.csv}).
     */
    public record ProblemEntry(String file, String data, String referenceFront) {
    }

    /**
     * One algorithm configuration on one engine. {@code label} names it in results (default: the algorithm
     * name); {@code crossover}/{@code mutation} in the CLI form {@code name:key=value,...}.
     * {@code seeding} names a {@link SeedingMethod} that makes each run's initial population (default {@code random}: the
     * {@code initialization} alone), e.g. {@code hierarchical} for land use. {@code initialization} defaults to
     * {@code neutral} (each problem's neutral start, or its default where it has none; see {@link Start}).
     * {@code front}: {@code archive} (default) or {@code population} ({@link org.agrifront.engine.FrontSource}).
     * {@code problems}: the names of the problems this entry runs on (default all); the other pairs are not
     * applicable, e.g. a real-valued algorithm beside a categorical problem.
     */
    public record AlgorithmEntry(String label, String engine, String name, Integer population, String crossover,
                                 String mutation, String constraintHandling, String initialization,
                                 Map<String, Double> parameters, String seeding, String front, List<String> problems) {
    }

    /** Seeds {@code base, base + 1, …, base + count − 1}. */
    public record Seeds(Integer count, Long base) {
    }

    /** Either generations after the initial population or an evaluation budget (rounded up to whole generations). */
    public record Budget(Integer generations, Long evaluations) {
    }

    /**
     * How {@code study --export-slurm} cuts the study into array tasks and what it asks the scheduler for; all
     * optional, each overridable by the flag of the same name ({@link SlurmOptions}).
     */
    public record Slurm(Integer runsPerTask, Integer threads, Integer maxArraySize, Integer throttle, String time,
                        String mem, String javaHeap, String partition, String account, String qos, List<String> sbatch,
                        List<String> setup, String java) {
    }

    /** Indicator and statistics settings; all optional. */
    public record Analysis(Double referencePoint, Integer exactHypervolumeUpTo, Long hypervolumeSamples,
                           Integer bootstrapResamples) {
    }
}
