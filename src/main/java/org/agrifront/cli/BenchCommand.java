package org.agrifront.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.agrifront.bench.Bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agrifront bench}: throughput figures beside baselines measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure evaluations/s, generations/s (NSGA-II, NSGA-III, both engines; every other algorithm against",
                "its engine's NSGA-II on land use), bytes per solution and the",
                "time split of a run, each beside a baseline measured in the same run; prints a table, writes bench.csv.",
                "Not part of the tests: run it on a quiet machine."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--problem", description = "Problem file (repeatable). Default: problems/landuse-rcp26-2090.json if its data is present, else problems/landuse-synthetic.json.")
    List<Path> problems = new ArrayList<>();

    @Option(names = "--data", description = "Data folder replacing the one named in the problem file.")
    Path data;

    @Option(names = "--population", defaultValue = "100", description = "Population of the measured runs. Default: ${DEFAULT-VALUE}.")
    int population;

    @Option(names = "--generations", defaultValue = "300", description = "Generations per timed run. Default: ${DEFAULT-VALUE}.")
    int generations;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed runs per configuration (median). Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--seconds", defaultValue = "1.5", description = "Seconds per evaluation-rate measurement. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--deap", description = "Also run the DEAP peer (bench/deap_landuse_nsga2.py with /usr/bin/python3 and Debian's python3-deap) on the same data.")
    boolean deap;

    @Option(names = "--study", description = {"Also time this experiment as a whole study (section 'study': wall time split into data, start, search,",
            "archive, trace, output and report) and its runs with 1 and 2 threads (section 'threads'), e.g. experiments/quickstart.json."})
    Path study;

    @Option(names = "--algorithms", split = ",", description = {"Algorithms for the land-use comparison of generations/s against",
            "each engine's NSGA-II (names or aliases, comma-separated; 'none' skips it). Default: every algorithm that accepts a categorical genome."})
    List<String> algorithms = new ArrayList<>();

    @Option(names = "--only", paramLabel = "SECTION", description = "Measure only these sections (repeatable): evaluation, generations, archive, algorithms, memory, biomes, profile, threads, study. Default: all.")
    java.util.List<String> only = new java.util.ArrayList<>();

    @Option(names = "--out", defaultValue = "results/bench", description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() {
        Flags.outputFolder("--out", out);
        if (problems.isEmpty()) {
            Path real = Path.of("problems", "landuse-rcp26-2090.json");
            Path realData = data != null ? data : Path.of("..", "shared", "data", "lpjguess");
            problems.add(Files.isDirectory(realData.resolve("ESquant")) ? real : Path.of("problems", "landuse-synthetic.json"));
        }
        Bench bench = new Bench(new Bench.Options(problems, data, population, generations, repeats, seconds,
                deap ? Path.of("bench", "deap_landuse_nsga2.py") : null, study, out, algorithms, only), System.out);
        System.out.println("machine: " + Bench.machine());
        bench.run();
        bench.write(out);
        System.out.println("result: " + out.resolve("bench.csv"));
        return 0;
    }
}
