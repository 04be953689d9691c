package org.agrifront.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names with commas, quotes and line breaks survive writing and reading; ordinary fields are written as they are. */
class CsvTest {
    @TempDir
    Path dir;

    @Test
    void onlyFieldsThatNeedQuotesAreQuoted() {
        assertEquals("Tropical rain forest (TrBE)", Csv.field("Tropical rain forest (TrBE)"));
        assertEquals("-1.5E-7", Csv.field("-1.5E-7"));
        assertEquals("", Csv.field(null));
        assertEquals("\"Tundra, wet\"", Csv.field("Tundra, wet"));
        assertEquals("\"the \"\"best\"\"\"", Csv.field("the \"best\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("a,b,c\n", Csv.row("a", "b", "c"));
        assertEquals("x,\"y,z\"\n", Csv.row(List.of("x", "y,z")));
    }

    @Test
    void quotedSeparatorsQuotesAndLineBreaksReadBackAndErrorsNameTheRecordsLine() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "\uFEFFname,value\r\n" + Csv.row("Tundra, wet", "1") + Csv.row("two\nlines", "2")
                + "\n" + Csv.row("the \"best\"", "3"));
        TextTable t = TextTable.read(f, TextTable.Delimiter.COMMA);
        assertEquals(List.of("name", "value"), t.header());
        assertEquals(3, t.size());
        assertEquals("Tundra, wet", t.text(0, "name"));
        assertEquals("two\nlines", t.text(1, "name"));
        assertEquals("the \"best\"", t.text(2, "name"));
        assertEquals(List.of(2, 3, 6), List.of(t.line(0), t.line(1), t.line(2)));
        assertEquals(3.0, t.number(2, "value"));

        Files.writeString(f, "name,value\n\"a\nb\",1\nc\n");
        InputException e = assertThrows(InputException.class, () -> TextTable.read(f, TextTable.Delimiter.COMMA));
        assertTrue(e.getMessage().contains("t.csv:4") && e.getMessage().contains("expected 2 columns"), e.getMessage());
    }
}
