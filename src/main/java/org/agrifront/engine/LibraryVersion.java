package org.agrifront.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * A library's version from its Maven metadata ({@code META-INF/maven/GROUP/ARTIFACT/pom.properties}). The package's
 * implementation version is no use: in Agrifront's single jar the manifest is Agrifront's own, so run.json would
 * record Agrifront's version as the library's.
 */
public final class LibraryVersion {
    private LibraryVersion() {
    }

    /** The version of {@code group:artifact} as packaged beside {@code anchor}, else {@code fallback}. */
    public static String of(Class<?> anchor, String group, String artifact, String fallback) {
        try (InputStream in = anchor.getResourceAsStream("/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) return v;
            }
        } catch (IOException e) {
            // unreadable metadata: the pinned version below
        }
        return fallback;
    }
}
