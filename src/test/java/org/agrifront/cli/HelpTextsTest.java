package org.agrifront.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's help: every option and parameter described, no picocli warning, the top-level list not cut off. */
class HelpTextsTest {
    @Test
    void everyOptionAndParameterOfEveryCommandHasADescription() {
        List<String> missing = new ArrayList<>();
        walk(Main.commandLine(), missing);
        assertEquals(List.of(), missing);
    }

    private static void walk(CommandLine cl, List<String> missing) {
        CommandSpec spec = cl.getCommandSpec();
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            if (a.description().length == 0 || String.join("", a.description()).isBlank()) {
                missing.add(spec.qualifiedName() + " " + (a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel()));
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandName().equals("help")) walk(sub, missing);
        }
    }

    @Test
    void helpOfEveryCommandRendersWithoutPicocliWarnings() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            render(Main.commandLine());
        } finally {
            System.setErr(saved);
        }
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("WARN"), err.toString(StandardCharsets.UTF_8));
    }

    private static void render(CommandLine cl) {
        assertFalse(cl.getUsageMessage().isBlank());
        for (CommandLine sub : cl.getSubcommands().values()) render(sub);
    }

    @Test
    void theTopLevelListEndsEachCommandsSentence() {
        String usage = Main.commandLine().getUsageMessage();
        assertTrue(usage.contains("Run one algorithm on one problem with one seed; writes front.csv,"), usage);
        // every command's entry ends with a full stop (a sentence, not a line cut off)
        String list = usage.substring(usage.indexOf("Commands:"));
        for (String block : list.split("\n(?=  \\S)")) {
            if (block.startsWith("Commands:")) continue;
            assertTrue(block.strip().endsWith("."), "cut off: " + block);
        }
    }
}
