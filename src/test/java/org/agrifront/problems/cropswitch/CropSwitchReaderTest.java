package org.agrifront.problems.cropswitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agrifront.cli.Main;
import org.agrifront.io.TextTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CropSwitchReaderTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void instance() {
        data = dir.resolve("data");
        CropSwitchGenerator.generate(data, new CropSwitchGenerator.Params(40, 2));
    }

    @Test
    void generatingTwiceGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again");
        CropSwitchGenerator.generate(again, new CropSwitchGenerator.Params(40, 2));
        for (String f : List.of(CropSwitchReader.HARVESTED, CropSwitchReader.CELL_CROPS, CropSwitchReader.PROVINCE_CROPS)) {
            assertTrue(Arrays.equals(Files.readAllBytes(data.resolve(f)), Files.readAllBytes(again.resolve(f))), f);
        }
    }

    @Test
    void theSpamTablesHaveSpamsColumnsAndTheReaderSplitsTheirAreasExactly() {
        TextTable ha = TextTable.read(data.resolve(CropSwitchReader.HARVESTED), TextTable.Delimiter.COMMA, StandardCharsets.ISO_8859_1, null);
        List<String> header = new ArrayList<>(CropSwitchReader.SPAM_LEADING);
        for (String code : CropSwitchReader.SPAM_CODES) header.add(code + "_a");
        header.addAll(CropSwitchReader.SPAM_TRAILING);
        assertEquals(header, ha.header());
        assertEquals(40, ha.size());

        CropSwitchData d = CropSwitchReader.read(data, "CHN");
        assertEquals(40, d.cells());
        assertEquals(13, d.crops().size());
        // the 13 crops' areas add up to the nine SPAM codes' areas of every cell
        double[] cellArea = new double[d.cells()];
        for (int e = 0; e < d.entries(); e++) cellArea[d.cellOf(e)] += d.area(e);
        for (int c = 0; c < d.cells(); c++) {
            double spam = 0;
            for (String code : List.of("whea", "rice", "maiz", "soyb", "grou", "rape", "sugc", "sugb", "cott")) {
                spam += ha.number(c, code + "_a");
            }
            assertEquals(spam, cellArea[c], 1e-6 * spam, "cell " + d.cell5m(c));
            assertEquals(Long.parseLong(ha.text(c, "cell5m")), d.cell5m(c));
        }
        // cell5m is the 5-arc-minute grid index from 180W, 90N
        long id = d.cell5m(0);
        assertEquals(-180 + (id % 4320 + 0.5) / 12, d.x(0), 1e-5);
        assertEquals(90 - (id / 4320 + 0.5) / 12, d.y(0), 1e-5);
    }

    @Test
    void anotherCountrysRowsAreIgnored() throws IOException {
        Path f = data.resolve(CropSwitchReader.HARVESTED);
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
        lines.set(3, lines.get(3).replaceFirst("^CHN,", "IND,"));
        Files.write(f, lines, StandardCharsets.ISO_8859_1);
        assertEquals(39, CropSwitchReader.read(data, "CHN").cells());
    }

    Path problem() throws IOException {
        Path p = dir.resolve("problem.json");
        Files.writeString(p, "{\"type\": \"cropswitch\", \"data\": \"" + data.toString().replace("\\", "/") + "\"}\n");
        return p;
    }

    static Object[] cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), args);
        return new Object[] {code, err.toString()};
    }

    static void assertOneLineError(Object[] result, String... fragments) {
        String err = (String) result[1];
        assertEquals(2, result[0], "exit code; stderr was: " + err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
        assertFalse(err.contains("Exception"), err);
        for (String f : fragments) assertTrue(err.contains(f), "'" + f + "' in: " + err);
    }

    private void replaceField(String file, int lineNumber, String column, String value) throws IOException {
        Path f = data.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
        List<String> header = List.of(lines.get(0).split(",", -1));
        String[] cells = lines.get(lineNumber - 1).split(",", -1);
        cells[header.indexOf(column)] = value;
        lines.set(lineNumber - 1, String.join(",", cells));
        Files.write(f, lines, StandardCharsets.ISO_8859_1);
    }

    @Test
    void theGeneratedInstanceValidates() throws IOException {
        Object[] r = cli("validate", problem().toString());
        assertEquals(0, r[0], (String) r[1]);
    }

    @Test
    void aCropNotInTheCropTable() throws IOException {
        replaceField(CropSwitchReader.CELL_CROPS, 3, "crop", "barley");
        assertOneLineError(cli("validate", problem().toString()), CropSwitchReader.CELL_CROPS + ":3:", "field 'crop'",
                "unknown crop 'barley'", "not in the crop table crops.csv");
    }

    @Test
    void aCellWithANegativeArea() throws IOException {
        replaceField(CropSwitchReader.HARVESTED, 5, "whea_a", "-12.5");
        assertOneLineError(cli("validate", problem().toString()), CropSwitchReader.HARVESTED + ":5:", "field 'whea_a'",
                "expected a value in [0, 100000] ha, found -12.5");
    }

    @Test
    void aRotationNamingAnUnknownCrop() throws IOException {
        replaceField(CropSwitchReader.ROTATIONS, 2, "crop_b", "millet");
        assertOneLineError(cli("validate", problem().toString()), CropSwitchReader.ROTATIONS + ":2:", "field 'crop_b'",
                "unknown crop 'millet'");
    }

    @Test
    void sharesOfACodeThatDoNotSumToOne() throws IOException {
        Path f = data.resolve(CropSwitchReader.PROVINCE_CROPS);
        List<String> lines = Files.readAllLines(f);
        int line = 0;
        for (int i = 1; i < lines.size(); i++) if (lines.get(i).startsWith("Henan,winter_wheat,")) line = i + 1; // Henan: winter wheat only
        replaceField(CropSwitchReader.PROVINCE_CROPS, line, "spam_share", "0.7");
        assertOneLineError(cli("validate", problem().toString()), CropSwitchReader.PROVINCE_CROPS + ":" + line + ":",
                "field 'spam_share'", "'whea' in province 'Henan' sum to 0.7, expected 1");
    }
}
