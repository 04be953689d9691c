package org.agrifront.problems.manure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agrifront.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Bad manure inputs end in exit code 2 and one line naming the file, the line and the field. */
class ManureInputTest {
    private static final Path PROBLEM = Path.of("problems/manure-china-2020.json");

    private static Path copyData(Path tmp) throws IOException {
        Path dir = tmp.resolve("data");
        Files.createDirectories(dir);
        for (String f : ManureReader.FILES) Files.copy(ManureDatasetTest.DATA.resolve(f), dir.resolve(f));
        return dir;
    }

    private static void replaceLine(Path file, int line, String text) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(line - 1, text);
        Files.write(file, lines);
    }

    /** Runs {@code validate} on the problem with {@code --data dir}; returns exit code and error text. */
    private static String[] validate(Path dir, Path problem) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = dir == null ? cl.execute("validate", problem.toString()) : cl.execute("validate", problem.toString(), "--data", dir.toString());
        return new String[] {Integer.toString(code), err.toString().trim()};
    }

    @Test
    void aProvinceCodeUnknownToTheCentroidTableIsReportedWithFileLineAndField(@TempDir Path tmp) throws IOException {
        Path dir = copyData(tmp);
        Path f = dir.resolve(ManureReader.LIVESTOCK);
        String line2 = Files.readAllLines(f).get(1);
        replaceLine(f, 2, "ZZ" + line2.substring(line2.indexOf(',')));
        String[] r = validate(dir, PROBLEM);
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains(f + ":2: field 'code': unknown province code 'ZZ' (not in provinces.csv)"), r[1]);
        assertEquals(1, r[1].lines().count(), "one line, no stack trace: " + r[1]);
    }

    @Test
    void aNegativeHeadCountIsReportedWithFileLineAndField(@TempDir Path tmp) throws IOException {
        Path dir = copyData(tmp);
        Path f = dir.resolve(ManureReader.LIVESTOCK);
        replaceLine(f, 4, "HE,-17177487,2326439,1173503,410479005");
        String[] r = validate(dir, PROBLEM);
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains(f + ":4: field 'pig': expected a value in [0, 100000000000] heads, found -17177487"), r[1]);
    }

    @Test
    void aMissingColumnIsReportedWithFileLineAndField(@TempDir Path tmp) throws IOException {
        Path dir = copyData(tmp);
        Path f = dir.resolve(ManureReader.COEFFICIENTS);
        List<String> lines = Files.readAllLines(f);
        List<String> cut = lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList(); // drop poultry_p
        Files.write(f, cut);
        String[] r = validate(dir, PROBLEM);
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains(f + ":1: field 'poultry_p': missing column"), r[1]);
    }

    @Test
    void aMissingProvinceRowIsReported(@TempDir Path tmp) throws IOException {
        Path dir = copyData(tmp);
        Path f = dir.resolve(ManureReader.CROP_DEMAND);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(f));
        lines.removeIf(l -> l.startsWith("GS,"));
        Files.write(f, lines);
        String[] r = validate(dir, PROBLEM);
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains(f + ": field 'code': no row for province GS (Gansu)"), r[1]);
    }

    @Test
    void anUnknownRecipientInTheProblemFileNamesItsJsonPath(@TempDir Path tmp) throws IOException {
        Path problems = tmp.resolve("problems");
        Files.createDirectories(problems);
        Path file = problems.resolve("bad.json");
        Files.writeString(file, Files.readString(PROBLEM).replace("\"XJ\", \"GS\", \"SC\", \"YN\"", "\"XJ\", \"XX\", \"SC\", \"YN\""));
        String[] r = validate(ManureDatasetTest.DATA.toAbsolutePath(), file);
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains(file + ": field '$.recipients.XZ[1]': unknown province code 'XX'"), r[1]);
    }
}
