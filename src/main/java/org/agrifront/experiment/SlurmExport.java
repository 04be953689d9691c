package org.agrifront.experiment;

import java.nio.file.Path;
import java.util.List;

import org.agrifront.io.AtomicFiles;

/**
 * Exports a study as a Slurm job array (DESIGN.md, "Scale-out"): one array task per run, each calling
 * {@code agrifront study SPEC --only-run $SLURM_ARRAY_TASK_ID --threads 1 --no-report} into the same result
 * folder; {@code agrifront report OUT} then merges whatever the store holds. No scheduler of our own.
 */
public final class SlurmExport {
    public static final String SCRIPT = "study.sbatch";
    public static final String TASKS = "tasks.csv";

    private SlurmExport() {
    }

    /**
     * Writes {@code dir/study.sbatch} and {@code dir/tasks.csv} (index, problem, algorithm, seed, run folder).
     *
     * @param command how to start agrifront on the cluster nodes, e.g. {@code java -jar /abs/agrifront.jar}
     * @param workDir the folder the spec's relative paths resolve from
     */
    public static void write(Study study, Path specFile, Path out, Path dir, String command, Path workDir) {
        List<RunTask> tasks = study.tasks();
        StringBuilder csv = new StringBuilder("index,problem,algorithm,seed,folder\n");
        for (RunTask t : tasks) {
            csv.append(t.index()).append(',').append(t.problem().name()).append(',').append(t.algorithm().id())
                    .append(',').append(t.seed()).append(',').append(out.toAbsolutePath().resolve(t.relativeDir())).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(TASKS), csv.toString());
        String script = "#!/bin/bash\n"
                + "# Slurm job array for study '" + study.name() + "': " + tasks.size() + " runs, one per array task.\n"
                + "# Submit: sbatch " + dir.toAbsolutePath().resolve(SCRIPT) + "\n"
                + "# Afterwards (or at any time, for the runs done so far): agrifront report " + out.toAbsolutePath() + "\n"
                + "#SBATCH --job-name=agrifront-" + study.name() + "\n"
                + "#SBATCH --array=0-" + (tasks.size() - 1) + "\n"
                + "#SBATCH --ntasks=1\n"
                + "#SBATCH --cpus-per-task=1\n"
                + "#SBATCH --output=" + dir.toAbsolutePath().resolve("logs") + "/%A_%a.out\n"
                + "set -euo pipefail\n"
                + "cd " + quote(workDir.toAbsolutePath().toString()) + "\n"
                + command + " study " + quote(specFile.toString()) + " --out " + quote(out.toAbsolutePath().toString())
                + " --only-run \"$SLURM_ARRAY_TASK_ID\" --threads 1 --no-report\n";
        AtomicFiles.writeString(dir.resolve(SCRIPT), script);
        dir.resolve(SCRIPT).toFile().setExecutable(true);
        dir.resolve("logs").toFile().mkdirs();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
