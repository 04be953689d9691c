package org.agrifront.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A delimited text table with a header row, as the study data comes: whitespace-aligned or tab-separated
 * LPJ-GUESS tables (CRLF or LF), {@code ;}-separated R exports with quoted names, plain CSV. Delimited files are
 * parsed as RFC 4180 CSV ({@link Csv}), so quoted fields may hold separators, quotes and line breaks. Every accessor
 * that can fail reports file, line (where the record starts) and column name.
 */
public final class TextTable {
    /** How fields are separated. WHITESPACE treats any run of spaces and tabs as one separator. */
    public enum Delimiter { WHITESPACE, COMMA, SEMICOLON, TAB }

    private final Path file;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows;
    private final int[] lines;

    private TextTable(Path file, List<String> header, List<String[]> rows, int[] lines) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.lines = lines;
        for (int i = 0; i < header.size(); i++) columns.putIfAbsent(header.get(i), i);
    }

    /**
     * Reads {@code file}. Every data row must have as many fields as the header, or {@code header + 1} when the
     * header omits a leading row-name column (R's {@code write.table} default), which is then dropped.
     */
    public static TextTable read(Path file, Delimiter delimiter) {
        return read(file, delimiter, StandardCharsets.UTF_8, null);
    }

    /**
     * Keeps the rows a filter accepts; the filter sees the header and the row's fields. Lets a reader take one
     * country's rows from a global table (e.g. SPAM's 900,000-row CSVs) without holding the rest in memory.
     */
    @FunctionalInterface
    public interface RowFilter {
        boolean keep(List<String> header, String[] fields);
    }

    /**
     * Reads {@code file} in {@code charset} (SPAM's CSVs are Latin-1), keeping only the rows {@code filter} accepts
     * (all when null). Line numbers in errors stay those of the file.
     */
    public static TextTable read(Path file, Delimiter delimiter, java.nio.charset.Charset charset, RowFilter filter) {
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Records in = delimiter == Delimiter.WHITESPACE ? new WhitespaceRecords(Files.newBufferedReader(file, charset))
                : new CsvRecords(Files.newBufferedReader(file, charset), delimiter)) {
            boolean first = true;
            for (String[] fields; (fields = in.next()) != null; ) {
                int number = in.line();
                if (header == null) {
                    if (fields.length > 0 && fields[0].startsWith("\uFEFF")) fields[0] = fields[0].substring(1);
                    header = new ArrayList<>(List.of(fields));
                    continue;
                }
                if (first && fields.length == header.size() + 1) {
                    header.add(0, ""); // leading unnamed row-name column
                }
                first = false;
                if (fields.length != header.size()) {
                    throw new InputException(file, number, null, "expected " + header.size() + " columns as in the header ("
                            + String.join(", ", header) + "), found " + fields.length);
                }
                if (filter != null && !filter.keep(header, fields)) continue;
                rows.add(fields);
                lines.add(number);
            }
        } catch (NoSuchFileException e) {
            throw InputException.file(file, "file not found");
        } catch (java.nio.charset.CharacterCodingException e) {
            // the reader decodes ahead in blocks, so the line it stopped at is not the bad byte's: name the file only
            throw InputException.file(file, "not " + charset.name() + " text (a byte sequence that is not a character; "
                    + "a binary file, or saved in another encoding?)");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new InputException(file, at == null ? 0 : at.getLineNr(), null, "malformed CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw InputException.file(file, "cannot read: " + e.getMessage());
        }
        if (header == null) throw InputException.file(file, "empty file: expected a header line");
        return new TextTable(file, header, rows, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The records of a file, blank lines skipped, each with the line it starts on. */
    private interface Records extends java.io.Closeable {
        /** The next record's fields, or null at the end. */
        String[] next() throws IOException;

        /** The line the last record started on (from 1). */
        int line();
    }

    /** Whitespace-aligned tables (LPJ-GUESS), a record a line. */
    private static final class WhitespaceRecords implements Records {
        private final BufferedReader in;
        private int number;

        WhitespaceRecords(BufferedReader in) {
            this.in = in;
        }

        @Override
        public String[] next() throws IOException {
            for (String line; (line = in.readLine()) != null; ) {
                number++;
                if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
                if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (!line.isBlank()) return split(line, Delimiter.WHITESPACE);
            }
            return null;
        }

        @Override
        public int line() {
            return number;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Delimited files through {@link Csv}'s parser: quoted fields may hold separators, quotes and line breaks. */
    private static final class CsvRecords implements Records {
        private final com.fasterxml.jackson.dataformat.csv.CsvParser parser;
        private int line;

        CsvRecords(BufferedReader in, Delimiter delimiter) throws IOException {
            char sep = delimiter == Delimiter.COMMA ? ',' : delimiter == Delimiter.SEMICOLON ? ';' : '\t';
            parser = (com.fasterxml.jackson.dataformat.csv.CsvParser) Csv.MAPPER.createParser(in);
            parser.setSchema(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withColumnSeparator(sep));
        }

        @Override
        public String[] next() throws IOException {
            com.fasterxml.jackson.core.JsonToken t = parser.nextToken();
            if (t == null) return null;
            List<String> fields = new ArrayList<>();
            line = -1;
            while ((t = parser.nextToken()) == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                if (fields.isEmpty()) line = parser.currentTokenLocation().getLineNr();
                fields.add(parser.getText());
            }
            return fields.toArray(new String[0]);
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    static String[] split(String line, Delimiter delimiter) {
        if (delimiter == Delimiter.WHITESPACE) {
            List<String> out = new ArrayList<>();
            int n = line.length(), i = 0;
            while (i < n) {
                while (i < n && isSpace(line.charAt(i))) i++;
                if (i >= n) break;
                if (line.charAt(i) == '"') {
                    int end = line.indexOf('"', i + 1);
                    if (end < 0) end = n;
                    out.add(line.substring(i + 1, end));
                    i = end + 1;
                } else {
                    int start = i;
                    while (i < n && !isSpace(line.charAt(i))) i++;
                    out.add(line.substring(start, i));
                }
            }
            return out.toArray(new String[0]);
        }
        char sep = delimiter == Delimiter.COMMA ? ',' : delimiter == Delimiter.SEMICOLON ? ';' : '\t';
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out.toArray(new String[0]);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public int size() {
        return rows.size();
    }

    /** The file line number of data row {@code row}. */
    public int line(int row) {
        return lines[row];
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** Column index of {@code name}, or an error naming the columns the file has. */
    public int column(String name) {
        Integer c = columns.get(name);
        if (c == null) {
            throw new InputException(file, 1, name, "missing column; the header has: " + String.join(", ", header));
        }
        return c;
    }

    public void requireColumns(String... names) {
        for (String n : names) column(n);
    }

    public String text(int row, int column) {
        return rows.get(row)[column];
    }

    public String text(int row, String column) {
        return text(row, column(column));
    }

    /** A finite number at {@code row}, {@code column}; otherwise an error naming file, line and column. */
    public double number(int row, int column) {
        String s = rows.get(row)[column];
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new InputException(file, lines[row], header.get(column), "expected a number, found '" + s + "'");
        }
    }

    public double number(int row, String column) {
        return number(row, column(column));
    }

    /** A number that must not be negative. */
    public double nonNegative(int row, String column) {
        double v = number(row, column);
        if (v < 0) throw new InputException(file, lines[row], column, "expected a value >= 0, found " + text(row, column));
        return v;
    }

    /**
     * A finite number in {@code [lo, hi]}: the plausible range of a physical quantity, declared next to the reader
     * that reads it, so impossible values stop at the file instead of overflowing a total later.
     */
    public double inRange(int row, String column, double lo, double hi, String unit) {
        double v = number(row, column);
        if (v < lo || v > hi) {
            throw new InputException(file, lines[row], column, "expected a value in [" + Numbers.format(lo) + ", "
                    + Numbers.format(hi) + "]" + (unit == null || unit.isEmpty() ? "" : " " + unit) + ", found " + text(row, column));
        }
        return v;
    }

    /** This table, or an error when it has a header but no data rows. */
    public TextTable requireRows() {
        if (rows.isEmpty()) throw new InputException(file, 0, null, "no data rows (the file has only a header line)");
        return this;
    }

    public int integer(int row, int column) {
        String s = rows.get(row)[column];
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(s);
                if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) return (int) d;
            } catch (NumberFormatException ignored) {
                // fall through to the error below
            }
            throw new InputException(file, lines[row], header.get(column), "expected an integer, found '" + s + "'");
        }
    }

    public int integer(int row, String column) {
        return integer(row, column(column));
    }

    /** An error about one cell of this table. */
    public InputException error(int row, String column, String message) {
        return new InputException(file, lines[row], column, message);
    }
}
