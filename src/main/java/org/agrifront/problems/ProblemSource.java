package org.agrifront.problems;

import java.nio.file.Path;

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
}
