package org.agrifront.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.engine.FrontSource;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;

/**
 * The result store of a study (DESIGN.md): {@code <out>/study.json} (the study as run: problems, algorithms,
 * seeds, settings) and one folder per run, {@code <out>/<problem>/<engine>-<label>/seed-<k>/} with
 * {@code front.csv}, {@code trace-fronts.csv} and {@code run.json}. Every file is written atomically and
 * {@code run.json} last, with {@code "status": "complete"}: a folder without it is an unfinished run.
 */
public final class StudyStore {
    public static final String MANIFEST = "study.json";

    private StudyStore() {
    }

    /** The manifest the report reads: everything about the study except the runs' own results. */
    public record Manifest(String name, String description, String spec, List<ManifestProblem> problems,
                           List<ManifestAlgorithm> algorithms, List<Long> seeds, int traceInterval,
                           ManifestAnalysis analysis) {
    }

    public record ManifestProblem(String name, String file, String referenceFront) {
    }

    /** {@code problems}: the problems the configuration runs on, null for all (the others are not applicable). */
    public record ManifestAlgorithm(String id, String engine, String label, Map<String, Object> algorithm,
                                    int generations, long evaluations, List<String> problems) {
        public boolean appliesTo(String problem) {
            return problems == null || problems.contains(problem);
        }
    }

    public record ManifestAnalysis(double referencePoint, int exactHypervolumeUpTo, long hypervolumeSamples,
                                   long hypervolumeSeed, int bootstrapResamples) {
    }

    public static Manifest manifest(Study study) {
        List<ManifestProblem> problems = new ArrayList<>();
        for (Study.StudyProblem p : study.problems()) {
            problems.add(new ManifestProblem(p.name(), p.file().toString(),
                    p.referenceFront() == null ? null : p.referenceFront().toString()));
        }
        List<ManifestAlgorithm> algorithms = new ArrayList<>();
        for (Study.StudyAlgorithm a : study.algorithms()) {
            Map<String, Object> algorithm = SingleRun.algorithmMap(a.spec());
            algorithm.put("front", FrontSource.of(a.spec()).label());
            algorithms.add(new ManifestAlgorithm(a.id(), a.engine(), a.label(), algorithm,
                    a.generations(), a.evaluations(), a.problems()));
        }
        var s = study.analysis().indicators();
        return new Manifest(study.name(), study.description(), study.file().toString(), problems, algorithms,
                study.seeds(), study.traceInterval(), new ManifestAnalysis(s.referencePoint(), s.exactUpTo(),
                s.monteCarloSamples(), s.seed(), study.analysis().bootstrapResamples()));
    }

    public static void writeManifest(Path out, Study study) {
        RunFiles.writeRunJson(out.resolve(MANIFEST), asMap(manifest(study)));
    }

    /** Reads {@code <dir>/study.json}; a folder without one is not a study result. */
    public static Manifest readManifest(Path dir) {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw InputException.file(dir, "not a study result folder (no " + MANIFEST + "); run: agrifront study SPEC.json --out " + dir);
        }
        return Json.read(file, Manifest.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return Json.MAPPER.convertValue(value, LinkedHashMap.class);
    }

    /** True when {@code runDir/run.json} exists and says complete (its files are not checked: see {@link #check}). */
    public static boolean isComplete(Path runDir) {
        JsonNode run = readRun(runDir);
        return run != null && "complete".equals(run.path("status").asText());
    }

    /** {@code run.json} as a tree, or null when absent. */
    public static JsonNode readRun(Path runDir) {
        Path file = runDir.resolve(RunFiles.RUN);
        try {
            return Json.MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (JsonProcessingException e) {
            throw InputException.file(file, "unreadable run.json: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run of a stored study that is not complete: its index (as in tasks.csv) and folder. */
    public record MissingRun(int index, Path relativeDir) {
    }

    /**
     * The runs of the study in {@code dir} whose run.json does not say complete, in task order: the manifest's
     * problems x applicable algorithms x seeds, numbered as {@link Study#tasks()} numbers them.
     */
    public static List<MissingRun> missingRuns(Path dir) {
        Manifest m = readManifest(dir);
        List<MissingRun> out = new ArrayList<>();
        int index = 0;
        for (ManifestProblem p : m.problems()) {
            for (ManifestAlgorithm a : m.algorithms()) {
                if (!a.appliesTo(p.name())) continue;
                for (long seed : m.seeds()) {
                    Path rel = Path.of(p.name(), a.id(), "seed-" + seed);
                    if (!isComplete(dir.resolve(rel))) out.add(new MissingRun(index, rel));
                    index++;
                }
            }
        }
        return out;
    }

    /** The run.json field with the fingerprint of the problem a run was made on ({@link org.agrifront.problems.ProblemFingerprint}). */
    public static final String PROBLEM_FINGERPRINT = "problemFingerprint";

    /** The state of one run in the store. */
    public enum Condition {
        /** No run.json saying complete: the run has not finished. */
        NOT_RUN,
        /** Complete, its files as recorded, same settings and problem. */
        OK,
        /** run.json unreadable, or a file cut, changed or missing: the run is redone. */
        DAMAGED,
        /** Made with other settings than the spec now gives: refused. */
        OTHER_SETTINGS,
        /** Made on a problem whose content has changed under the same name: refused unless rerun is asked for. */
        PROBLEM_CHANGED
    }

    /** What {@link #check} found for a run: its condition and, unless OK or NOT_RUN, why. */
    public record RunCheck(RunTask task, Condition condition, String detail) {
    }

    /**
     * Checks the stored run of {@code task} in {@code out} against the task's definition, the problem's current
     * {@code fingerprint} and the checksums its run.json records.
     */
    public static RunCheck check(Path out, RunTask task, String fingerprint) {
        Path dir = out.resolve(task.relativeDir());
        JsonNode run;
        try {
            run = readRun(dir);
        } catch (InputException e) {
            String why = e.getMessage().replaceFirst("^.*unreadable run.json: ", "");
            int cut = why.indexOf(" (");
            return new RunCheck(task, Condition.DAMAGED, "run.json is unreadable (" + (cut > 0 ? why.substring(0, cut) : why) + ")");
        }
        if (run == null || !"complete".equals(run.path("status").asText())) return new RunCheck(task, Condition.NOT_RUN, null);
        String stored = canonical(run.path("definition"));
        String expected = canonical(Json.MAPPER.valueToTree(task.definition()));
        if (!stored.equals(expected)) {
            return new RunCheck(task, Condition.OTHER_SETTINGS, "this completed run was made with other settings ("
                    + stored + ") than the spec now gives (" + expected + "); use another --out folder or delete it");
        }
        JsonNode recorded = run.get(PROBLEM_FINGERPRINT);
        if (recorded == null || !recorded.isTextual()) {
            return new RunCheck(task, Condition.DAMAGED, "run.json records no problem fingerprint");
        }
        if (!recorded.asText().equals(fingerprint)) {
            return new RunCheck(task, Condition.PROBLEM_CHANGED, "problem " + task.problem().name() + " ("
                    + task.problem().file() + ") differs from the one this run was made on");
        }
        java.util.List<String> damage = RunChecksums.problems(dir, run);
        if (!damage.isEmpty()) return new RunCheck(task, Condition.DAMAGED, String.join("; ", damage));
        return new RunCheck(task, Condition.OK, null);
    }

    /** Checks every run of {@code study} in store {@code out}, in task order, without running or writing anything. */
    public static java.util.List<RunCheck> verify(Study study, Path out) {
        if (!Files.isDirectory(out)) throw InputException.file(out, "no such result folder");
        java.util.Map<String, String> fingerprints = StudyRunner.fingerprints(study);
        java.util.List<RunCheck> checks = new ArrayList<>();
        for (RunTask t : study.tasks()) checks.add(check(out, t, fingerprints.get(t.problem().name())));
        return checks;
    }

    /**
     * Fails when a completed run's stored definition differs from {@code task}'s: the spec changed but the output
     * folder did not, and mixing the two would be silent.
     */
    public static void checkDefinition(Path runDir, RunTask task) {
        JsonNode stored = readRun(runDir).path("definition");
        String expected = canonical(Json.MAPPER.valueToTree(task.definition()));
        if (!canonical(stored).equals(expected)) {
            throw InputException.file(runDir.resolve(RunFiles.RUN), "this completed run was made with other settings ("
                    + canonical(stored) + ") than the spec now gives (" + expected + "); use another --out folder or delete it");
        }
    }

    private static String canonical(JsonNode node) {
        try {
            return Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Json.MAPPER.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes temporary files a killed run left behind (complete files are replaced when the run is redone). */
    public static void clearTemporaries(Path runDir) {
        if (!Files.isDirectory(runDir)) return;
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (n.startsWith(".") && n.endsWith(".tmp")) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
