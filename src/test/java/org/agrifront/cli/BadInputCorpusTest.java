package org.agrifront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reliability corpus: every folder under {@code src/test/resources/bad-input/} is one bad input. It holds
 * {@code args} (one CLI argument per line; {@code {dir}} becomes the path of a temporary copy of the folder,
 * {@code {out}} a fresh path that does not exist), the input files, and {@code expect}, a text the error line must
 * contain. The CLI must exit with 2, print exactly one non-empty line on stderr containing {@code expect}, and
 * write nothing: the copy holds exactly the files it held before and {@code {out}} is never created.
 */
class BadInputCorpusTest {
    static final String CORPUS = "bad-input";

    @TempDir
    Path temp;

    static Path corpus() {
        URL url = BadInputCorpusTest.class.getClassLoader().getResource(CORPUS);
        if (url == null) throw new IllegalStateException("test resource folder " + CORPUS + " not found");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(corpus())) {
            List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            if (names.isEmpty()) throw new IllegalStateException("the bad-input corpus is empty");
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGivesOneLineExitTwoAndWritesNothing(String name) throws IOException {
        Path source = corpus().resolve(name);
        Path dir = temp.resolve("case");
        copy(source, dir);
        Path out = temp.resolve("out-does-not-exist");
        String expect = Files.readString(dir.resolve("expect"), StandardCharsets.UTF_8).strip();
        assertFalse(expect.isEmpty(), name + "/expect is empty");
        String[] args = Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty())
                .map(l -> l.replace("{dir}", dir.toString()).replace("{out}", out.toString()))
                .toArray(String[]::new);
        Map<String, String> before = snapshot(temp);

        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), args);

        String stderr = err.toString();
        List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2, code, name + ": exit code; stderr was: " + stderr);
        assertEquals(1, lines.size(), name + ": one line on stderr, found: " + stderr);
        assertTrue(lines.get(0).contains(expect), name + ": '" + expect + "' in: " + lines.get(0));
        assertFalse(Files.exists(out), name + ": " + out + " was created");
        assertEquals(before, snapshot(temp), name + ": files were written or changed");
    }

    /** Every regular file under {@code root} (relative path) with the SHA-256 of its content. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String rel = root.relativize(f).toString();
                out.put(rel, Files.isRegularFile(f) ? sha256(f) : "dir");
            }
        }
        return out;
    }

    static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
