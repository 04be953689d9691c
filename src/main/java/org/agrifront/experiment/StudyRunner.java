package org.agrifront.experiment;

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
    }

    /** What a call did: how many runs were already complete and how many ran now. */
    public record Outcome(int total, int skipped, int ran) {
    }

    private StudyRunner() {
    }

    /**
     * Runs the tasks of {@code study} selected by {@code only} (all when null) into {@code out} on {@code threads}
     * threads, skipping completed ones, after writing the manifest.
     */
    public static Outcome run(Study study, Path out, int threads, List<Integer> only, Progress progress) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, found " + threads);
        List<RunTask> all = study.tasks();
        List<RunTask> selected = new ArrayList<>();
        if (only == null) {
            selected.addAll(all);
        } else {
            for (int i : only) {
                if (i < 0 || i >= all.size()) {
                    throw new IllegalArgumentException("run index " + i + " out of range 0.." + (all.size() - 1));
                }
                selected.add(all.get(i));
            }
        }
        StudyStore.writeManifest(out, study);
        List<RunTask> pending = new ArrayList<>();
        for (RunTask t : selected) {
            Path dir = out.resolve(t.relativeDir());
            if (StudyStore.isComplete(dir)) StudyStore.checkDefinition(dir, t);
            else pending.add(t);
        }
        Progress p = progress == null ? new Progress() { } : progress;
        p.started(selected.size(), pending.size(), threads);
        if (pending.isEmpty()) return new Outcome(selected.size(), selected.size(), 0);

        AtomicBoolean cancelled = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pending.size()), namedThreads());
        try {
            ExecutorCompletionService<Finished> done = new ExecutorCompletionService<>(pool);
            for (RunTask t : pending) done.submit(() -> new Finished(t, execute(study, t, out, cancelled)));
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

    private record Finished(RunTask task, RunResult<?> result) {
    }

    /** Runs one task on the calling thread and writes its folder (run.json last). */
    static RunResult<?> execute(Study study, RunTask task, Path out, AtomicBoolean cancelled) {
        return executeTyped(study, task, out, cancelled, task.runSpec());
    }

    private static <G> RunResult<G> executeTyped(Study study, RunTask task, Path out, AtomicBoolean cancelled,
                                                 RunSpec<G> spec) {
        Path dir = out.resolve(task.relativeDir());
        StudyStore.clearTemporaries(dir);
        Problem<G> problem = spec.problem();
        Engine engine = Engines.get(task.algorithm().engine());
        TraceRecorder<G> trace = new TraceRecorder<>(problem, task.traceInterval(), spec.generations(), () -> !cancelled.get());
        Map<String, Object> seeding = null;
        RunResult<G> result;
        try {
            if (!task.algorithm().seeding().equals(SeedingMethod.RANDOM)) {
                // Earlier levels run on this run's thread (one thread each, so parallel runs do not compete).
                SeedingMethod.Seeds seeds = SeedingMethod.forName(task.algorithm().seeding())
                        .prepare(problem, engine, spec.algorithm(), spec.seed(), 1, dir, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                @SuppressWarnings("unchecked")
                List<G> genomes = (List<G>) seeds.genomes();
                spec = new RunSpec<>(problem, spec.algorithm(), spec.seed(), spec.generations(), genomes);
                seeding = seeds.summary();
            }
            result = engine.run(spec, trace);
        } catch (RuntimeException e) {
            throw new IllegalStateException("run " + task + " failed: " + e.getMessage(), e);
        }
        if (cancelled.get() || result.stoppedEarly()) return result; // leave no run.json: the run is redone later
        trace.write(dir.resolve(TraceRecorder.FILE), problem);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("study", study.name());
        extra.put("task", task.index());
        extra.put("problemFile", task.problem().file().toString());
        extra.put("definition", task.definition());
        extra.put("files", study.solutions()
                ? List.of(RunFiles.FRONT, TraceRecorder.FILE, RunFiles.SOLUTIONS, RunFiles.VARIABLES)
                : List.of(RunFiles.FRONT, TraceRecorder.FILE));
        extra.put("trace", trace.timings());
        if (seeding != null) extra.put("seeding", seeding);
        SingleRun.write(engine, spec, result, dir, study.solutions(), extra);
        return result;
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
