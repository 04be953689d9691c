package org.agrifront.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;
import org.agrifront.io.InputException;
import org.agrifront.io.TextTable;

/**
 * Reads genomes from a {@code solutions.csv} (a run's, or the {@code *-solutions.csv} of {@code bounds}) to seed
 * a run's initial population. The header must name the problem's variables in order; values must lie in the
 * encoding's bounds.
 */
public final class SolutionsFile {
    private SolutionsFile() {
    }

    @SuppressWarnings("unchecked")
    public static <G> List<G> read(Path file, Problem<G> problem) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        int n = problem.encoding().length();
        List<String> header = t.header();
        if (header.size() != n + 1 || !header.get(0).equals("solution")) {
            throw new InputException(file, 1, null, "expected the columns solution," + problem.variableName(0) + ",... ("
                    + (n + 1) + " columns) of problem '" + problem.name() + "', found " + header.size() + " columns");
        }
        for (int i = 0; i < n; i++) {
            if (!header.get(i + 1).equals(problem.variableName(i))) {
                throw new InputException(file, 1, header.get(i + 1), "column " + (i + 2) + " should be variable '"
                        + problem.variableName(i) + "' of problem '" + problem.name() + "'");
            }
        }
        List<G> out = new ArrayList<>(t.size());
        for (int r = 0; r < t.size(); r++) {
            if (problem.encoding() instanceof RealEncoding real) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = t.number(r, i + 1);
                    if (x[i] < real.lower(i) || x[i] > real.upper(i)) {
                        throw t.error(r, header.get(i + 1), "expected a value in [" + real.lower(i) + ", " + real.upper(i) + "], found " + x[i]);
                    }
                }
                out.add((G) x);
            } else {
                CategoricalEncoding cat = (CategoricalEncoding) problem.encoding();
                byte[] g = new byte[n];
                for (int i = 0; i < n; i++) {
                    int v = t.integer(r, i + 1);
                    if (v < 0 || v >= cat.options()) {
                        throw t.error(r, header.get(i + 1), "expected an option index in 0.." + (cat.options() - 1) + ", found " + v);
                    }
                    g[i] = (byte) v;
                }
                out.add((G) g);
            }
        }
        return out;
    }
}
