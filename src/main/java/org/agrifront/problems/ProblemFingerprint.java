package org.agrifront.problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.agrifront.io.Json;

/**
 * A content hash of a problem: its file (as canonical JSON, without the free-text "description", so a synthetic
 * instance's generator parameters and seed and every setting such as a constraint factor count) plus every file
 * under the data folder it reads (the {@code --data} override, else its "data" field). Two loads with the same
 * fingerprint see the same instance; a study store uses it to refuse results of a problem changed under the same name.
 */
public final class ProblemFingerprint {
    private ProblemFingerprint() {
    }

    /** {@code sha256:<hex>} of the problem behind {@code source}. */
    public static String of(ProblemSource source) {
        MessageDigest md = sha256();
        JsonNode root = Json.tree(source.file());
        if (root instanceof ObjectNode o) {
            o = o.deepCopy();
            o.remove("description");
            root = o;
        }
        update(md, "problem\n" + canonical(root) + "\n");
        Path data = source.dataOverride();
        if (data == null && root.path("data").isTextual()) data = source.resolve(root.path("data").asText());
        if (data != null && Files.isDirectory(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
                for (Path f : sorted) {
                    update(md, "file " + data.relativize(f).toString().replace('\\', '/') + " " + Files.size(f) + "\n");
                    byte[] buf = new byte[1 << 16];
                    try (InputStream in = Files.newInputStream(f)) {
                        for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the data folder " + data + ": " + e.getMessage(), e);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    private static String canonical(JsonNode node) {
        try {
            return Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(Json.MAPPER.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest md, String text) {
        md.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
