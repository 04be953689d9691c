package org.agrifront.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

import org.agrifront.problems.allocation.AllocationTemplate;
import org.agrifront.problems.external.ExternalTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code agrifront init TYPE DIR}: writes a commented, working template of your own problem into a new folder. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a template of your own problem into a new (or empty) folder DIR:",
                "  allocation  problem.json, cells.csv, one values table per quantity, README.md (300 cells, 3 options)",
                "  external    problem.json, model.py (a working Python model, standard library only), README.md",
                "Then: agrifront validate DIR/problem.json. See docs/own-problems.md."})
public final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TYPE", description = "allocation or external")
    String type;

    @Parameters(index = "1", paramLabel = "DIR", description = "Folder to create (must not exist or be empty).")
    Path dir;

    static final List<String> TYPES = List.of("allocation", "external");

    @Override
    public Integer call() {
        Function<Path, List<Path>> writer = switch (type) {
            case "allocation" -> AllocationTemplate::write;
            case "external" -> ExternalTemplate::write;
            default -> throw new IllegalArgumentException("init: unknown problem type '" + type + "'; known: " + String.join(", ", TYPES));
        };
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new IllegalArgumentException(dir + ": exists and is not an empty folder; init writes only into a new or empty folder");
        }
        try {
            Files.createDirectories(target.getParent());
            // write into a temporary sibling and rename it, so an interrupted init leaves nothing half-written
            Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
            try {
                writer.apply(tmp);
                if (Files.exists(target)) Files.delete(target);
                Files.move(tmp, target);
            } finally {
                deleteTree(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("init: cannot write " + dir + ": " + e.getMessage(), e);
        }
        try (Stream<Path> files = Files.list(target)) {
            files.sorted().forEach(f -> System.out.println("wrote " + dir.resolve(f.getFileName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("next: agrifront validate " + dir.resolve("problem.json") + "   (README.md explains the files)");
        return 0;
    }

    private static boolean isEmpty(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path d) throws IOException {
        if (!Files.exists(d)) return;
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
