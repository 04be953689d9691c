package org.agrifront.cli;

import java.io.PrintWriter;

import java.util.Map;

import org.agrifront.experiment.SingleRun;

import org.agrifront.io.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agrifront}: the command line, a thin layer over the Java API. User errors print one line and exit 2;
 * {@code --debug} adds the stack trace.
 */
@Command(name = "agrifront", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Evolutionary multi-objective optimisation of agricultural land systems.",
        subcommands = {RunCommand.class, StudyCommand.class, AlgorithmsCommand.class, ReportCommand.class, ValidateCommand.class, GenerateCommand.class,
                BoundsCommand.class, ScenariosCommand.class, MonteCarloCommand.class, PlotCommand.class,
                IndicatorsCommand.class, BenchCommand.class, MapCommand.class, InitCommand.class, CrossEvalCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for bad input (files, options). */
    public static final int BAD_INPUT = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the CLI with error output going to {@code err}. */
    public static int execute(PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setErr(err);
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(Main::handleParameter);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
        return cl;
    }

    /**
     * The command list of the top-level help: each command's first sentence in full (picocli's default shows the
     * first line of the description, which cuts most of them off mid-sentence).
     */
    static String commandList(CommandLine.Help help) {
        Map<String, CommandLine.Help> subs = help.subcommands();
        if (subs.isEmpty()) return "";
        int width = subs.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
        int textWidth = Math.max(30, help.commandSpec().usageMessage().width() - width);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, CommandLine.Help> e : subs.entrySet()) {
            String[] lines = e.getValue().commandSpec().usageMessage().description();
            String text = String.join(" ", lines).replace("%n", " ").replaceAll("\\s+", " ").strip();
            int end = text.indexOf(". ");
            int colon = text.indexOf(": ");
            if (colon >= 0 && (end < 0 || colon < end)) end = colon; // "… as follows:" and a list
            if (end > 0) text = text.substring(0, end + 1).replaceAll(":$", ".");
            // plain word wrap (picocli's breaks inside file names such as front.csv)
            StringBuilder line = new StringBuilder(String.format("  %-" + (width - 2) + "s", e.getKey()));
            int used = 0;
            for (String word : text.split(" ")) {
                if (used > 0 && used + 1 + word.length() > textWidth) {
                    out.append(line).append('\n');
                    line = new StringBuilder(" ".repeat(width + 2));
                    used = 0;
                }
                if (used > 0) {
                    line.append(' ');
                    used++;
                }
                line.append(word);
                used += word.length();
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean debug = parsed != null && parsed.hasMatchedOption("--debug")
                || cl.getCommandSpec().root().userObject() instanceof Main m && m.debug;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) debug = true;
        }
        PrintWriter err = cl.getErr();
        Throwable cause = e;
        while ((cause instanceof java.util.concurrent.ExecutionException || cause instanceof java.util.concurrent.CompletionException)
                && cause.getCause() != null) cause = cause.getCause();
        int code;
        if (cause instanceof InputException || cause instanceof IllegalArgumentException
                || cause instanceof CommandLine.ParameterException) {
            err.println("error: " + cause.getMessage());
            code = BAD_INPUT;
        } else if (cause instanceof java.io.UncheckedIOException) {
            err.println("error: " + cause.getMessage());
            code = 1;
        } else {
            err.println("error: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            code = 1;
        }
        if (debug) cause.printStackTrace(err);
        err.flush();
        return code;
    }

    /** A command-line mistake: one line and where to read more, instead of the whole usage text. */
    private static int handleParameter(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String command = cl.getCommandSpec().qualifiedName();
        String message = e.getMessage() == null ? "invalid command line" : e.getMessage().strip().replace(System.lineSeparator(), " ").replace('\n', ' ');
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
        }
        err.println("error: " + message + " (see '" + command + " --help')");
        err.flush();
        return BAD_INPUT;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"agrifront " + SingleRun.agrifrontVersion()};
        }
    }
}
