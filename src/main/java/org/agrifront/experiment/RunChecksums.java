package org.agrifront.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Size and SHA-256 of every file a run wrote beside {@code run.json} (not files written into its folder later, such
 * as the report's {@code trace.csv}), recorded in {@code run.json} (written last)
 * under {@value #FIELD}, so a resumed study can tell a complete run from one whose files were cut, edited or lost.
 */
public final class RunChecksums {
    /** The run.json field holding {@code {"front.csv": {"bytes": n, "sha256": "..."}, ...}}. */
    public static final String FIELD = "checksums";

    private RunChecksums() {
    }

    /** The checksums of the files {@code names} in {@code runDir} (those that exist), in name order. */
    public static Map<String, Object> of(Path runDir, Collection<String> names) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            for (String n : new TreeSet<>(names)) {
                Path f = runDir.resolve(n);
                if (n.equals(RunFiles.RUN) || !Files.isRegularFile(f)) continue;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("bytes", Files.size(f));
                entry.put("sha256", sha256(f));
                out.put(n, entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runDir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The identity (inode or, failing that, time and size) of each file directly in {@code dir}, to see what a step wrote. */
    public static Map<String, Object> identities(Path dir) {
        Map<String, Object> out = new HashMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(f)) continue;
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                out.put(f.getFileName().toString(), a.fileKey() != null ? List.of(a.fileKey(), a.lastModifiedTime(), a.size())
                        : List.of(a.lastModifiedTime(), a.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Names of files in {@code dir} that are new or replaced since {@code before} ({@link #identities}). */
    public static List<String> writtenSince(Path dir, Map<String, Object> before) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : identities(dir).entrySet()) {
            if (!e.getKey().startsWith(".") && !e.getValue().equals(before.get(e.getKey()))) out.add(e.getKey());
        }
        return out;
    }

    /**
     * What is wrong with the files of a run whose run.json is {@code run}: one phrase per damaged or missing file;
     * empty when every recorded file has its recorded size and hash.
     */
    public static List<String> problems(Path runDir, JsonNode run) {
        List<String> out = new ArrayList<>();
        JsonNode recorded = run.get(FIELD);
        if (recorded == null || !recorded.isObject() || recorded.isEmpty()) {
            out.add("run.json records no checksums of its files");
            return out;
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) recorded::fields) {
            String name = e.getKey();
            Path f = runDir.resolve(name).normalize();
            if (!f.getParent().equals(runDir.normalize())) {
                out.add("run.json names a file outside its folder: " + name);
                continue;
            }
            try {
                long size = Files.size(f);
                long expected = e.getValue().path("bytes").asLong(-1);
                if (size != expected) {
                    out.add(name + " has " + size + " bytes, run.json recorded " + expected);
                } else if (!sha256(f).equals(e.getValue().path("sha256").asText())) {
                    out.add(name + " was changed (SHA-256 differs from run.json)");
                }
            } catch (NoSuchFileException x) {
                out.add(name + " is missing");
            } catch (IOException x) {
                out.add(name + " cannot be read: " + x.getMessage());
            }
        }
        return out;
    }

    /** Hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        update(md, file);
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void update(MessageDigest md, Path file) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
    }
}
