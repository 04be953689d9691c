package org.agrifront.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.agrifront.core.Problem;
import org.agrifront.engine.Engine;
import org.agrifront.engine.Engines;
import org.agrifront.engine.RunResult;
import org.agrifront.engine.RunSpec;
import org.agrifront.io.InputException;
import org.agrifront.problems.ProblemFingerprint;
import org.agrifront.problems.ProblemSource;

/**
 * Runs a study's pending runs on a fixed thread pool. Each run binds its own seeded random stream on the thread
 * that runs it (see {@link Engine#run}), so its results do not depend on the thread count or on what runs beside
 * it. Runs whose {@code run.json} says complete are skipped, so a killed study restarts where it stopped.
 * The first failing run stops the study (runs in progress are cancelled and leave no {@code run.json}).
 */
public final class StudyRunner {

    /** Progress callbacks, from the thread that called {@link #run}. */
    public interface Progress {
        /** {@code total} runs in the selection, of which {@code pending} will run now. */
        default void started(int total, int pending, int threads) {
        }

        /** One run finished ({@code done} of {@code pending} so far). */
        default void finished(RunTask task, RunResult<?> result, int done, int pending) {
        }

        /**
         * Where a finished run's thread time went, in seconds: {@code start} (initial population, seeding levels
         * included), {@code archive}, {@code trace}, {@code output} (writing the run's files) and {@code run} (all of
         * it); the search is the rest. Called right after {@link #finished}.
         */
        default void timed(RunTask task, Map<String, Double> seconds) {
        }

        /** Something the user should know, e.g. a damaged run that is redone: one line. */
        default void warn(String message) {
            System.err.println("warning: " + message);
            System.err.flush();
        }
    }

    /** What a call did: how many runs were already complete and how many ran now (damaged ones included). */
    public record Outcome(int total, int skipped, int ran) {
    }

    /**
     * How a resume treats the store: {@code rerunChanged} redoes runs made on a problem whose content has changed
     * (otherwise they are refused); {@code lock} takes the store's {@link StoreLock} for the whole call (array tasks
     * of one study, each running its own runs, do not).
     */
    public record Options(boolean rerunChanged, boolean lock) {
        public static Options defaults() {
            return new Options(false, true);
        }
    }

    private StudyRunner() {
    }

    public static Outcome run(Study study, Path out, int threads, List<Integer> only, Progress progress) {
        return run(study, out, threads, only, progress, new Options(false, only == null));
    }

    /**
     * Runs the tasks of {@code study} selected by {@code only} (all when null) into {@code out} on {@code threads}
     * threads. Completed runs are checked first ({@link StudyStore#check}): damaged ones are redone with a warning,
     * runs made with other settings or on a changed problem are refused before anything is written; then the
     * manifest is written and the pending runs run.
     */
    public static Outcome run(Study study, Path out, int threads, List<Integer> only, Progress progress, Options options) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, found " + threads);
        List<RunTask> selected = select(study, only);
        Progress p = progress == null ? new Progress() { } : progress;
        boolean existed = Files.exists(out);
        StoreLock lock = options.lock() ? StoreLock.acquire(out, p::warn) : null;
        try {
            Map<String, String> fingerprints = fingerprints(study);
            List<RunTask> pending = pending(out, selected, fingerprints, options.rerunChanged(), p);
            StudyStore.writeManifest(out, study);
            return runPending(study, out, threads, selected, pending, fingerprints, p);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
                lock = null;
                if (!existed) deleteIfEmpty(out); // a refused or failed first call leaves no empty folder behind
            }
            throw e;
        } finally {
            if (lock != null) lock.close();
        }
    }

    /** The selected tasks, checked against the task list. */
    static List<RunTask> select(Study study, List<Integer> only) {
        List<RunTask> all = study.tasks();
        if (only == null) return new ArrayList<>(all);
        List<RunTask> selected = new ArrayList<>();
        for (int i : only) {
            if (i < 0 || i >= all.size()) {
                throw new IllegalArgumentException("run index " + i + " out of range 0.." + (all.size() - 1));
            }
            selected.add(all.get(i));
        }
        return selected;
    }

    /** The fingerprint of each problem of the study, by name. */
    public static Map<String, String> fingerprints(Study study) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Study.StudyProblem sp : study.problems()) {
            out.put(sp.name(), ProblemFingerprint.of(ProblemSource.of(sp.file(), sp.data())));
        }
        return out;
    }

    /** The runs to do now; throws (before anything is written) when a completed run must not be reused. */
    private static List<RunTask> pending(Path out, List<RunTask> selected, Map<String, String> fingerprints,
                                         boolean rerunChanged, Progress p) {
        List<RunTask> pending = new ArrayList<>();
        List<StudyStore.RunCheck> changed = new ArrayList<>();
        List<StudyStore.RunCheck> damaged = new ArrayList<>();
        for (RunTask t : selected) {
            StudyStore.RunCheck c = StudyStore.check(out, t, fingerprints.get(t.problem().name()));
            switch (c.condition()) {
                case OK -> { }
                case NOT_RUN -> pending.add(t);
                case DAMAGED -> {
                    damaged.add(c);
                    pending.add(t);
                }
                case PROBLEM_CHANGED -> {
                    changed.add(c);
                    pending.add(t);
                }
                case OTHER_SETTINGS -> throw InputException.file(out.resolve(t.relativeDir()).resolve(RunFiles.RUN), c.detail());
            }
        }
        if (!changed.isEmpty() && !rerunChanged) {
            RunTask first = changed.get(0).task();
            throw InputException.file(out, changed.size() + " completed run" + (changed.size() == 1 ? " was" : "s were")
                    + " made on another version of problem " + first.problem().name() + " (its file " + first.problem().file()
                    + " or its data changed since, e.g. " + first.relativeDir() + "); use --rerun-changed to redo them, or another --out folder");
        }
        for (StudyStore.RunCheck c : damaged) p.warn("re-running " + c.task() + ": " + c.detail());
        for (StudyStore.RunCheck c : changed) p.warn("re-running " + c.task() + ": " + c.detail());
        return pending;
    }

    private static void deleteIfEmpty(Path dir) {
        try (var s = Files.list(dir)) {
            if (s.findAny().isEmpty()) Files.delete(dir);
        } catch (java.io.IOException e) {
            // leave it: nothing was written into it
        }
    }

    private static Outcome runPending(Study study, Path out, int threads, List<RunTask> selected, List<RunTask> pending,
                                      Map<String, String> fingerprints, Progress p) {
        p.started(selected.size(), pending.size(), threads);
        if (pending.isEmpty()) return new Outcome(selected.size(), selected.size(), 0);

        AtomicBoolean cancelled = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pending.size()), namedThreads());
        try {
            ExecutorCompletionService<Finished> done = new ExecutorCompletionService<>(pool);
            for (RunTask t : pending) {
                String fp = fingerprints.get(t.problem().name());
                done.submit(() -> execute(study, t, out, cancelled, fp));
            }
            for (int k = 1; k <= pending.size(); k++) {
                Finished f;
                try {
                    f = done.take().get();
                } catch (ExecutionException e) {
                    cancelled.set(true);
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) throw r;
                    throw new IllegalStateException(cause);
                }
                p.finished(f.task, f.result, k, pending.size());
                p.timed(f.task, f.seconds);
            }
        } catch (InterruptedException e) {
            cancelled.set(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("study interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(selected.size(), selected.size() - pending.size(), pending.size());
    }

    private record Finished(RunTask task, RunResult<?> result, Map<String, Double> seconds) {
    }

    /** Runs one task on the calling thread and writes its folder (run.json last). */
    static Finished execute(Study study, RunTask task, Path out, AtomicBoolean cancelled, String fingerprint) {
        return executeTyped(study, task, out, cancelled, task.runSpec(), fingerprint);
    }

    private static <G> Finished executeTyped(Study study, RunTask task, Path out, AtomicBoolean cancelled,
                                             RunSpec<G> spec, String fingerprint) {
        long t0 = System.nanoTime();
        Path dir = out.resolve(task.relativeDir());
        StudyStore.clearTemporaries(dir);
        Problem<G> problem = spec.problem();
        Engine engine = Engines.get(task.algorithm().engine());
        TraceRecorder<G> trace = new TraceRecorder<>(problem, task.traceInterval(), spec.generations(), () -> !cancelled.get());
        Map<String, Object> seeding = null;
        RunResult<G> result;
        long seedingNanos = 0;
        try {
            if (!task.algorithm().seeding().equals(SeedingMethod.RANDOM)) {
                // Earlier levels run on this run's thread (one thread each, so parallel runs do not compete).
                SeedingMethod.Seeds seeds = SeedingMethod.forName(task.algorithm().seeding())
                        .prepare(problem, engine, spec.algorithm(), spec.seed(), 1, dir, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                @SuppressWarnings("unchecked")
                List<G> genomes = (List<G>) seeds.genomes();
                spec = new RunSpec<>(problem, spec.algorithm(), spec.seed(), spec.generations(), genomes);
                seeding = seeds.summary();
                seedingNanos = System.nanoTime() - t0;
            }
            result = engine.run(spec, trace);
        } catch (RuntimeException e) {
            throw new IllegalStateException("run " + task + " failed: " + e.getMessage(), e);
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("start", seedingNanos / 1e9 + seconds(result, "startSeconds"));
        seconds.put("archive", seconds(result, "archiveSeconds"));
        seconds.put("trace", trace.nanos() / 1e9);
        if (cancelled.get() || result.stoppedEarly()) return new Finished(task, result, seconds); // leave no run.json: the run is redone later
        long traced = System.nanoTime();
        trace.write(dir.resolve(TraceRecorder.FILE), problem);
        long written = System.nanoTime();
        seconds.put("trace", seconds.get("trace") + (written - traced) / 1e9);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("study", study.name());
        extra.put("task", task.index());
        extra.put("problemFile", task.problem().file().toString());
        extra.put(StudyStore.PROBLEM_FINGERPRINT, fingerprint);
        extra.put("definition", task.definition());
        extra.put("files", study.solutions()
                ? List.of(RunFiles.FRONT, TraceRecorder.FILE, RunFiles.SOLUTIONS, RunFiles.VARIABLES)
                : List.of(RunFiles.FRONT, TraceRecorder.FILE));
        extra.put("trace", trace.timings());
        if (seeding != null) extra.put("seeding", seeding);
        SingleRun.write(engine, spec, result, dir, study.solutions(), extra);
        long end = System.nanoTime();
        seconds.put("output", (end - written) / 1e9);
        seconds.put("run", (end - t0) / 1e9);
        return new Finished(task, result, seconds);
    }

    private static double seconds(RunResult<?> result, String key) {
        return result.diagnostics().get(org.agrifront.engine.RunContext.TIMING + key) instanceof Number n ? n.doubleValue() : 0;
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "study-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
