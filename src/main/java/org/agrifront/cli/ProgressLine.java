package org.agrifront.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.agrifront.engine.Generation;
import org.agrifront.engine.RunListener;

/** Prints a progress line for one run on standard error, at most twice a second. */
final class ProgressLine<G> implements RunListener<G> {
    private final int generations;
    private final PrintStream err = System.err;
    private final boolean console = System.console() != null;
    private long last;

    ProgressLine(int generations) {
        this.generations = generations;
    }

    @Override
    public boolean onGeneration(Generation<G> g) {
        long now = System.nanoTime();
        boolean end = g.index() == generations;
        if (!end && now - last < (console ? 500_000_000L : 5_000_000_000L)) return true;
        last = now;
        double s = g.elapsedNanos() / 1e9;
        String remaining = g.index() == 0 ? "?" : String.format(Locale.ROOT, "%.1fs", s / g.index() * (generations - g.index()));
        String line = String.format(Locale.ROOT, "generation %d/%d  evaluations %d  elapsed %.1fs  remaining %s",
                g.index(), generations, g.evaluations(), s, remaining);
        if (console) err.print("\r" + line + (end ? "\n" : ""));
        else err.println(line);
        err.flush();
        return true;
    }
}
