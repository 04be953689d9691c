package org.agrifront.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * RFC 4180 CSV through jackson-dataformat-csv: a field is quoted only when it must be (it holds a separator, a
 * quote or a line break), so ordinary names and numbers are written as they are and files stay byte-identical to
 * plain comma-joined text; a name such as {@code "Tundra, wet"} survives the round trip through {@link TextTable}.
 * Writers append numbers themselves (they never need quotes) and pass text through {@link #field}.
 */
public final class Csv {
    /** The mapper both directions use: minimal quoting on output; blank lines skipped and fields trimmed on input. */
    static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();
    private static final ObjectWriter ROW = MAPPER.writerFor(String[].class)
            .with(CsvSchema.emptySchema().withLineSeparator("\n"));

    private Csv() {
    }

    /** {@code text} as one CSV field: unchanged unless it holds a comma, quote or line break (null = empty). */
    public static String field(String text) {
        if (text == null || text.isEmpty()) return "";
        String line = row(text);
        return line.substring(0, line.length() - 1);
    }

    /** One CSV line, ending in {@code \n}. */
    public static String row(String... fields) {
        StringWriter w = new StringWriter();
        try (SequenceWriter s = ROW.writeValues(w)) {
            s.write(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** One CSV line, ending in {@code \n}. */
    public static String row(List<String> fields) {
        return row(fields.toArray(new String[0]));
    }
}
