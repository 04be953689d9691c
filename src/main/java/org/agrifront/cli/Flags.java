package org.agrifront.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks of command-line values made before any work, so a bad flag costs one line and nothing else: output
 * folders that cannot be made, numbers out of range. Each failure is an {@link IllegalArgumentException} naming the
 * option (exit code 2).
 */
final class Flags {
    private Flags() {
    }

    /**
     * {@code dir} (given as {@code option}) is a folder this process can write into, or can be created: not a file,
     * not under a file, and its nearest existing ancestor accepts new files (tested with a probe file, since
     * permission bits do not tell for every user and file system).
     */
    static Path outputFolder(String option, Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IllegalArgumentException(option + " " + dir + ": is a file, expected a folder");
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) throw new IllegalArgumentException(option + " " + dir + ": no existing parent folder");
        if (!Files.isDirectory(existing)) {
            throw new IllegalArgumentException(option + " " + dir + ": " + existing + " is a file, so no folder can be made under it");
        }
        probe(option, dir, existing);
        return dir;
    }

    /** {@code file} (given as {@code option}) can be written: its folder is an {@link #outputFolder} and it is no folder. */
    static Path outputFile(String option, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) throw new IllegalArgumentException(option + " " + file + ": is a folder, expected a file");
        if (abs.getParent() != null) outputFolder(option, abs.getParent());
        return file;
    }

    private static void probe(String option, Path dir, Path folder) {
        try {
            Path p = Files.createTempFile(folder, ".agrifront-write-test.", ".tmp");
            Files.delete(p);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException(option + " " + dir + ": cannot write into " + folder
                    + (folder.equals(dir.toAbsolutePath().normalize()) ? "" : " to create it") + " (" + reason(e) + ")");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage();
    }

    static int atLeast(String option, int value, int min) {
        if (value < min) throw new IllegalArgumentException(option + ": expected an integer >= " + min + ", found " + value);
        return value;
    }

    static int between(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + ": expected an integer from " + min + " to " + max + ", found " + value);
        }
        return value;
    }

    static long atLeast(String option, long value, long min) {
        if (value < min) throw new IllegalArgumentException(option + ": expected an integer >= " + min + ", found " + value);
        return value;
    }
}
