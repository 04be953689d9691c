package org.agrifront.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's package table made executable: problems never import an engine, engines never import a problem, the
 * core uses the JDK only. Reads the import lines of the main sources.
 */
class PackageDependenciesTest {
    static final Path MAIN = Path.of("src", "main", "java", "org", "agrifront");
    static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** Every offending "file -> import" of {@code pkg} whose imports match {@code forbidden}. */
    static List<String> violations(String pkg, Pattern forbidden) throws IOException {
        List<String> out = new ArrayList<>();
        Path dir = MAIN.resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (forbidden.matcher(m.group(2)).lookingAt()) out.add(MAIN.relativize(f) + " -> " + m.group(2));
                }
            }
        }
        return out;
    }

    @Test
    void problemsUseOnlyCoreIoAndThemselves() throws IOException {
        List<String> v = violations("problems",
                Pattern.compile("org\\.agrifront\\.(engine|exact|experiment|analysis|report|seeding|cli|bench)\\b"));
        assertTrue(v.isEmpty(), "problems must not import engines, exact models, runners or reports: " + v);
    }

    @Test
    void enginesDoNotKnowProblems() throws IOException {
        List<String> v = violations("engine", Pattern.compile("org\\.agrifront\\.(problems|exact|experiment|report|seeding|cli)\\b"));
        assertTrue(v.isEmpty(), "engines must not import problems: " + v);
    }

    @Test
    void coreUsesTheJdkOnly() throws IOException {
        List<String> v = violations("core", Pattern.compile("(?!java\\.|javax\\.|org\\.agrifront\\.core\\b)"));
        assertTrue(v.isEmpty(), "core must depend on the JDK only: " + v);
    }

    @Test
    void analysisDoesNotDependOnEnginesOrProblems() throws IOException {
        List<String> v = violations("analysis", Pattern.compile("org\\.agrifront\\.(engine|problems|exact|experiment|report|cli)\\b"));
        assertTrue(v.isEmpty(), "analysis uses core only: " + v);
    }
}
