package org.agrifront.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.io.InputException;
import org.agrifront.io.Json;

/**
 * {@code <out>/.study.lock}: one study process per result store. The file holds the owner's PID, host and process
 * start time; a lock whose owner is gone (same host, PID not alive, or alive but started at another time, i.e. the
 * PID was reused) is stale and taken over. The file is created complete in one step (a hard link to a finished
 * temporary file), so a reader never sees half a lock.
 */
public final class StoreLock implements AutoCloseable {
    public static final String FILE = ".study.lock";

    private final Path file;
    private final String token;

    private StoreLock(Path file, String token) {
        this.file = file;
        this.token = token;
    }

    /** Takes the lock of store {@code out} (creating the folder) or fails with one line naming the owner. */
    public static StoreLock acquire(Path out, java.util.function.Consumer<String> warn) {
        Path file = out.resolve(FILE);
        Map<String, Object> me = owner();
        String text = Json.MAPPER.valueToTree(me).toString();
        try {
            Files.createDirectories(out);
            for (int attempt = 0; attempt < 3; attempt++) {
                if (create(file, text)) return new StoreLock(file, text);
                String stale = staleReason(file);
                if (stale == null) {
                    throw InputException.file(out, "another study is using this result folder (" + describe(file)
                            + "); wait for it to finish, or delete " + file + " if that process is gone");
                }
                warn.accept("taking over the lock " + file + ": " + stale);
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + out + ": " + e.getMessage(), e);
        }
        throw InputException.file(out, "cannot take the lock " + file + " (it keeps changing); is another study starting?");
    }

    /** Releases the lock if it is still ours. */
    @Override
    public void close() {
        try {
            if (Files.isRegularFile(file) && Files.readString(file).equals(token)) Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** This process: PID, host and start time. */
    static Map<String, Object> owner() {
        ProcessHandle self = ProcessHandle.current();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", self.pid());
        m.put("host", host());
        m.put("started", self.info().startInstant().map(Instant::toString).orElse(""));
        return m;
    }

    private static boolean create(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), FILE + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException e) {
                Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Why the lock in {@code file} is stale, or null when its owner may still be running. */
    static String staleReason(Path file) throws IOException {
        JsonNode lock;
        try {
            lock = Json.MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return "it was just released";
        } catch (IOException e) {
            return "unreadable lock file";
        }
        if (lock == null || !lock.path("pid").canConvertToLong()) return "unreadable lock file";
        if (!host().equals(lock.path("host").asText())) return null; // cannot look at another machine's processes
        Optional<ProcessHandle> p = ProcessHandle.of(lock.path("pid").asLong());
        if (p.isEmpty() || !p.get().isAlive()) return "process " + lock.path("pid").asLong() + " is not running";
        String started = lock.path("started").asText();
        Optional<Instant> actual = p.get().info().startInstant();
        if (!started.isEmpty() && actual.isPresent() && !actual.get().toString().equals(started)) {
            return "process " + lock.path("pid").asLong() + " was started at " + actual.get() + ", not " + started + " (PID reused)";
        }
        return null;
    }

    private static String describe(Path file) {
        try {
            JsonNode lock = Json.MAPPER.readTree(Files.readString(file));
            return "process " + lock.path("pid").asText() + " on " + lock.path("host").asText() + ", started "
                    + lock.path("started").asText();
        } catch (IOException e) {
            return "lock " + file;
        }
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
    }
}
