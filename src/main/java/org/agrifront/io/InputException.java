package org.agrifront.io;

import java.nio.file.Path;

/**
 * Bad user input: names the file, the line (or JSON path), the field, and what was expected versus found. The CLI
 * prints {@link #getMessage()} as one line and exits with code 2.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final String field;

    public InputException(Path file, int line, String field, String message) {
        super(format(file, line, field, message));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public InputException(Path file, int line, String field, String message, Throwable cause) {
        this(file, line, field, message);
        initCause(cause);
    }

    /** An error about a whole file (missing, unreadable). */
    public static InputException file(Path file, String message) {
        return new InputException(file, 0, null, message);
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    private static String format(Path file, int line, String field, String message) {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (line > 0) sb.append(':').append(line);
        if (field != null && !field.isEmpty()) sb.append(sb.length() > 0 ? ": " : "").append("field '").append(field).append('\'');
        if (sb.length() > 0) sb.append(": ");
        return sb.append(message).toString();
    }
}
