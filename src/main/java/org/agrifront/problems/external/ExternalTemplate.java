package org.agrifront.problems.external;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.io.AtomicFiles;

/**
 * The template {@code agrifront init external DIR} writes: a working model in Python (standard library only, real,
 * categorical and integer variables, two objectives, one constraint, line and batch protocol), its commented
 * {@code problem.json} and a README. The files are resources under {@code templates/external/}.
 */
public final class ExternalTemplate {
    static final List<String> FILES = List.of("problem.json", "model.py", "README.md");

    private ExternalTemplate() {
    }

    /** Writes problem.json, model.py and README.md into {@code dir}. */
    public static List<Path> write(Path dir) {
        List<Path> written = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = ExternalTemplate.class.getResourceAsStream("/templates/external/" + f)) {
                if (in == null) throw new IllegalStateException("template file templates/external/" + f + " is missing from the build");
                AtomicFiles.writeString(dir.resolve(f), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.add(dir.resolve(f));
        }
        return written;
    }
}
