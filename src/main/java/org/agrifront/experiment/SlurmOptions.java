package org.agrifront.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.agrifront.io.Json;

/**
 * How a study is cut into Slurm array tasks and what each task asks the scheduler for: the {@code "slurm"} block of
 * an experiment file, each value overridable by a flag of {@code study --export-slurm}. Values Slurm or bash would
 * parse are checked here, so an export never writes a script that {@code sbatch} refuses.
 *
 * @param runsPerTask  runs one array task (one JVM) does, {@code threads} of them at a time
 * @param threads      runs in parallel inside a task; also {@code --cpus-per-task}
 * @param maxArraySize the cluster's MaxArraySize (array indices stay below it; Slurm's default is 1001)
 * @param throttle     most array tasks of one array running at once ({@code --array=…%N}), null for no limit
 * @param time         {@code --time} in a Slurm time format, null for the partition's default
 * @param mem          {@code --mem} per task, e.g. {@code 2G}; null for the site default
 * @param javaHeap     {@code -Xmx} value; null derives it from {@code mem} (3/4 of it, the rest for the JVM itself)
 * @param sbatch       extra {@code #SBATCH} lines, as options ({@code --constraint=skylake})
 * @param setup        shell lines run before Java ({@code module load java/17})
 * @param java         the Java executable on the nodes, e.g. an absolute path; default {@code java} from the PATH
 */
public record SlurmOptions(int runsPerTask, int threads, int maxArraySize, Integer throttle, String time, String mem,
                           String javaHeap, String partition, String account, String qos, List<String> sbatch,
                           List<String> setup, String java) {

    /** Slurm's default MaxArraySize: array indices 0 to 1000. */
    public static final int DEFAULT_MAX_ARRAY_SIZE = 1001;

    public SlurmOptions {
        sbatch = List.copyOf(sbatch);
        setup = List.copyOf(setup);
    }

    public static SlurmOptions defaults() {
        return new SlurmOptions(1, 1, DEFAULT_MAX_ARRAY_SIZE, null, null, null, null, null, null, null, List.of(), List.of(), "java");
    }

    /** The {@code "slurm"} block of {@code file} (null: none), checked; errors name the JSON path. */
    public static SlurmOptions fromSpec(Path file, StudySpec.Slurm s) {
        SlurmOptions o = defaults();
        if (s == null) return o;
        return new SlurmOptions(
                s.runsPerTask() == null ? o.runsPerTask : inSpec(file, "runsPerTask", () -> atLeast(s.runsPerTask(), 1)),
                s.threads() == null ? o.threads : inSpec(file, "threads", () -> atLeast(s.threads(), 1)),
                s.maxArraySize() == null ? o.maxArraySize : inSpec(file, "maxArraySize", () -> atLeast(s.maxArraySize(), 1)),
                s.throttle() == null ? null : inSpec(file, "throttle", () -> atLeast(s.throttle(), 1)),
                s.time() == null ? null : inSpec(file, "time", () -> time(s.time())),
                s.mem() == null ? null : inSpec(file, "mem", () -> mem(s.mem())),
                s.javaHeap() == null ? null : inSpec(file, "javaHeap", () -> heap(s.javaHeap())),
                s.partition() == null ? null : inSpec(file, "partition", () -> name(s.partition())),
                s.account() == null ? null : inSpec(file, "account", () -> name(s.account())),
                s.qos() == null ? null : inSpec(file, "qos", () -> name(s.qos())),
                s.sbatch() == null ? List.of() : inSpec(file, "sbatch", () -> sbatchLines(s.sbatch())),
                s.setup() == null ? List.of() : inSpec(file, "setup", () -> setupLines(s.setup())),
                s.java() == null ? o.java : inSpec(file, "java", () -> java(s.java())));
    }

    /** Command-line values, each replacing the spec's when given; errors name the flag. */
    public record Flags(Integer runsPerTask, Integer threads, Integer maxArraySize, Integer throttle, String time, String mem,
                        String javaHeap, String partition, String account, String qos, List<String> sbatch,
                        List<String> setup, String java) {
    }

    public SlurmOptions with(Flags f) {
        return new SlurmOptions(
                f.runsPerTask() == null ? runsPerTask : flag("--runs-per-task", () -> atLeast(f.runsPerTask(), 1)),
                f.threads() == null ? threads : flag("--threads", () -> atLeast(f.threads(), 1)),
                f.maxArraySize() == null ? maxArraySize : flag("--max-array-size", () -> atLeast(f.maxArraySize(), 1)),
                f.throttle() == null ? throttle : flag("--throttle", () -> atLeast(f.throttle(), 1)),
                f.time() == null ? time : flag("--time", () -> time(f.time())),
                f.mem() == null ? mem : flag("--mem", () -> mem(f.mem())),
                f.javaHeap() == null ? javaHeap : flag("--java-heap", () -> heap(f.javaHeap())),
                f.partition() == null ? partition : flag("--partition", () -> name(f.partition())),
                f.account() == null ? account : flag("--account", () -> name(f.account())),
                f.qos() == null ? qos : flag("--qos", () -> name(f.qos())),
                f.sbatch() == null || f.sbatch().isEmpty() ? sbatch : flag("--sbatch", () -> sbatchLines(f.sbatch())),
                f.setup() == null || f.setup().isEmpty() ? setup : flag("--setup", () -> setupLines(f.setup())),
                f.java() == null ? java : flag("--java", () -> java(f.java())));
    }

    /** The {@code -Xmx} value: the given heap, else 3/4 of {@code mem} in MiB, else none (the JVM's default). */
    public String xmx() {
        if (javaHeap != null) return javaHeap;
        if (mem == null) return null;
        return Math.max(64, megabytes(mem) * 3 / 4) + "m";
    }

    /** Array tasks for {@code runs} runs. */
    public int arrayTasks(int runs) {
        return (runs + runsPerTask - 1) / runsPerTask;
    }

    /** Tasks per array job: indices 0 … maxArraySize − 1. */
    public int chunkSize() {
        return maxArraySize;
    }

    // ---- checks: each returns the value or throws IllegalArgumentException with what was expected ----

    private static int atLeast(int value, int min) {
        if (value < min) throw new IllegalArgumentException("expected an integer >= " + min + ", found " + value);
        return value;
    }

    /** Slurm's time formats: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S. */
    static String time(String t) {
        String s = t.trim();
        if (!s.matches("\\d+(:\\d{1,2}){0,2}|\\d+-\\d{1,2}(:\\d{1,2}){0,2}")) {
            throw new IllegalArgumentException("expected a Slurm time limit like 30, 2:00:00 or 1-12:00:00 (minutes, hours:minutes:seconds, "
                    + "days-hours:minutes:seconds), found '" + t + "'");
        }
        return s;
    }

    /** Slurm memory: an integer with an optional unit K, M, G or T (M when none). */
    static String mem(String m) {
        String s = m.trim().toUpperCase(Locale.ROOT);
        if (!s.matches("[1-9]\\d*[KMGT]?")) {
            throw new IllegalArgumentException("expected memory like 2G, 1500M or 1500 (megabytes), found '" + m + "'");
        }
        return s;
    }

    static long megabytes(String mem) {
        char unit = mem.charAt(mem.length() - 1);
        boolean hasUnit = Character.isLetter(unit);
        long n = Long.parseLong(hasUnit ? mem.substring(0, mem.length() - 1) : mem);
        return switch (hasUnit ? unit : 'M') {
            case 'K' -> n / 1024;
            case 'G' -> n * 1024;
            case 'T' -> n * 1024 * 1024;
            default -> n;
        };
    }

    static String heap(String h) {
        String s = h.trim();
        if (!s.matches("[1-9]\\d*[kKmMgG]?")) throw new IllegalArgumentException("expected a Java heap size like 1500m or 3g, found '" + h + "'");
        return s;
    }

    /** Partition, account and QoS names (a partition may be a comma-separated list). */
    static String name(String n) {
        String s = n.trim();
        if (!s.matches("[A-Za-z0-9_.+-]+(,[A-Za-z0-9_.+-]+)*")) {
            throw new IllegalArgumentException("expected a name of letters, digits, '_', '.', '+' and '-' (partitions: a comma list), found '" + n + "'");
        }
        return s;
    }

    /** Extra {@code #SBATCH} options, copied as written (the user quotes their values): one option a line. */
    static List<String> sbatchLines(List<String> lines) {
        for (String l : lines) {
            if (l == null || l.contains("\n") || l.contains("\r")) throw new IllegalArgumentException("each entry is one line, found " + l);
            String s = l.strip().replaceFirst("^#SBATCH\\s+", "");
            if (!s.startsWith("-")) throw new IllegalArgumentException("expected an sbatch option like --constraint=skylake, found '" + l + "'");
            if (s.matches("--?(array|output|error|job-name|cpus-per-task|chdir|[aocJD])([= ].*)?")) {
                throw new IllegalArgumentException("'" + l + "' is set by the export itself; use its own option (--runs-per-task, --threads, --throttle)");
            }
        }
        return lines.stream().map(l -> l.strip().replaceFirst("^#SBATCH\\s+", "")).toList();
    }

    static List<String> setupLines(List<String> lines) {
        for (String l : lines) {
            if (l == null || l.contains("\n") || l.contains("\r")) throw new IllegalArgumentException("each entry is one shell line, found " + l);
        }
        return List.copyOf(lines);
    }

    /** {@code java} from the PATH, or an absolute path to it. */
    static String java(String j) {
        if (j.isBlank() || j.contains("\n")) throw new IllegalArgumentException("expected the Java executable, e.g. /opt/java/17/bin/java, found '" + j + "'");
        if (!j.equals("java") && !Path.of(j).isAbsolute()) {
            throw new IllegalArgumentException("expected an absolute path (array tasks start in another folder) or 'java', found '" + j + "'");
        }
        return j;
    }

    private static <T> T inSpec(Path file, String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw Json.invalid(file, "$.slurm." + field, e.getMessage());
        }
    }

    private static <T> T flag(String option, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
