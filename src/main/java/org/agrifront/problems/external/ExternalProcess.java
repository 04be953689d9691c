package org.agrifront.problems.external;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running model process speaking the line protocol: Agrifront writes a line of variables, the process answers
 * a line of numbers. A reader thread moves the process's stdout lines into a queue so an answer can be awaited with
 * a time limit; another keeps the tail of its stderr for error messages. Every failure is an
 * {@link ExternalProblemException} naming the command and quoting the offending line.
 */
final class ExternalProcess implements AutoCloseable {
    private static final String EOF = new String("<end of output>");
    private final List<String> command;
    private final Process process;
    private final BufferedWriter in;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final StringBuffer stderr = new StringBuffer();
    private final Thread stderrReader;

    ExternalProcess(List<String> command, Path dir) {
        this.command = command;
        try {
            this.process = new ProcessBuilder(command).directory(dir.toFile()).start();
        } catch (IOException e) {
            throw new ExternalProblemException("command " + command + " failed to start in " + dir + ": " + e.getMessage());
        }
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread out = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) answers.add(line);
            } catch (IOException ignored) {
                // the process went away: reported as the end of its output
            } finally {
                answers.add(EOF);
            }
        }, "external-stdout");
        this.stderrReader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    stderr.append(line).append('\n');
                    if (stderr.length() > 4000) stderr.delete(0, stderr.length() - 2000);
                }
            } catch (IOException ignored) {
                // nothing more to keep
            }
        }, "external-stderr");
        out.setDaemon(true);
        stderrReader.setDaemon(true);
        out.start();
        stderrReader.start();
    }

    /**
     * Sends {@code lines} (one evaluation each, numbered from {@code evaluation}), then an empty line when
     * {@code batch}, and returns the process's answer lines, waiting at most {@code timeoutMillis} for each. An
     * answer line left over from the previous exchange means the model answered more lines than it was sent.
     */
    String[] exchange(String[] lines, boolean batch, long evaluation, long timeoutMillis) {
        String extra = answers.peek();
        if (extra != null && extra != EOF) {
            throw new ExternalProblemException("command " + command + " answered an extra line '" + abbreviate(extra)
                    + "' after evaluation " + (evaluation - 1) + ": expected one answer line per evaluation");
        }
        try {
            for (String l : lines) {
                in.write(l);
                in.write('\n');
            }
            if (batch) in.write('\n');
            in.flush();
        } catch (IOException e) {
            throw new ExternalProblemException("command " + command + " " + exitedText() + " before reading evaluation "
                    + evaluation + " ('" + abbreviate(lines[0]) + "')" + lastError());
        }
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String answer;
            try {
                answer = answers.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExternalProblemException("interrupted while waiting for command " + command);
            }
            if (answer == null) {
                throw new ExternalProblemException("command " + command + " did not answer evaluation " + (evaluation + i)
                        + " ('" + abbreviate(lines[i]) + "') within " + timeoutMillis / 1000.0 + " s (timeoutSeconds)");
            }
            if (answer == EOF) {
                throw new ExternalProblemException("command " + command + " " + exitedText() + " before answering evaluation "
                        + (evaluation + i) + " ('" + abbreviate(lines[i]) + "')" + lastError());
            }
            out[i] = answer;
        }
        return out;
    }

    private String exitedText() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) return "exited with code " + process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its output";
    }

    private String lastError() {
        try {
            stderrReader.join(1000); // the process has ended: let its last error lines arrive
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String s = stderr.toString().strip();
        if (s.isEmpty()) return "";
        String last = s.substring(s.lastIndexOf('\n') + 1);
        return "; its last error line: '" + abbreviate(last) + "'";
    }

    List<String> command() {
        return command;
    }

    static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
