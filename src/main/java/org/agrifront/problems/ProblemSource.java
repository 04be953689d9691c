package org.agrifront.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.agrifront.io.InputException;
import org.agrifront.io.Json;

/**
 * Where a problem file is and how to resolve what it refers to. Relative paths in a problem file are resolved
 * against {@link #baseDir()}: the repository root (the folder holding {@code problems/}) for files inside a
 * {@code problems/} folder, else the file's own folder. {@code dataOverride} replaces the file's data folder
 * ({@code --data DIR}); {@code cacheDir} receives generated synthetic instances.
 */
public record ProblemSource(Path file, Path baseDir, Path dataOverride, Path cacheDir) {

    public static ProblemSource of(Path file, Path dataOverride) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Path base = parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("problems")
                && parent.getParent() != null ? parent.getParent() : parent;
        return new ProblemSource(file, base, dataOverride, base.resolve("results").resolve("data"));
    }

    /** Resolves a path written in the problem file. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : baseDir.resolve(p).normalize();
    }

    /** The data folder: the override if given, else {@code written} resolved against the base folder. */
    public Path dataDir(String written) {
        return dataOverride != null ? dataOverride : resolve(written);
    }

    /**
     * The data folder of a problem file: the {@code --data} override, else the synthetic instance ({@code generated},
     * when the file has a {@code synthetic} block), else the file's {@code data} folder. Errors name the JSON path;
     * {@code hint} says where to get missing data.
     */
    public Path dataFolder(String written, Object synthetic, Supplier<Path> generated, String hint) {
        if (synthetic != null && written != null && dataOverride == null) {
            throw Json.invalid(file, "$.synthetic", "give either 'data' or 'synthetic', not both");
        }
        Path dir = dataOverride != null ? dataOverride : synthetic != null ? generated.get() : written != null ? resolve(written) : null;
        if (dir == null) throw Json.missing(file, "$.data");
        if (!Files.isDirectory(dir)) throw new InputException(file, 0, "$.data", "data folder " + dir + " not found; " + hint);
        return dir;
    }
}
