package org.agrifront.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;
import org.agrifront.io.TextTable;

/**
 * Reads genomes back from a {@code solutions.csv} ({@link RunFiles}' format: {@code solution} then one column per
 * variable, named as the problem names them). Used to seed a run's initial population from an earlier run or from
 * exact solutions, and by analyses of a finished run. The header must name exactly the problem's variables, in
 * order, and every value must lie in the encoding's range; errors name the file, line and column.
 */
public final class SolutionsFile {
    private SolutionsFile() {
    }

    /** Every row's genome, in file order. */
    @SuppressWarnings("unchecked")
    public static <G> List<G> read(Path file, Problem<G> problem) {
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA);
        int n = problem.encoding().length();
        List<String> header = t.header();
        if (header.size() != n + 1 || !header.get(0).equals("solution")) {
            throw new org.agrifront.io.InputException(file, 1, null, "expected the columns solution and the " + n
                    + " variables of problem " + problem.name() + ", found " + (header.size() - 1) + " variable columns");
        }
        for (int v = 0; v < n; v++) {
            if (!header.get(v + 1).equals(problem.variableName(v))) {
                throw new org.agrifront.io.InputException(file, 1, header.get(v + 1), "expected variable '"
                        + problem.variableName(v) + "' in column " + (v + 2) + " (a solutions file of another instance?)");
            }
        }
        List<G> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            if (problem.encoding() instanceof RealEncoding real) {
                double[] g = new double[n];
                for (int v = 0; v < n; v++) {
                    g[v] = t.number(r, v + 1);
                    if (g[v] < real.lower(v) || g[v] > real.upper(v)) {
                        throw t.error(r, header.get(v + 1), "expected a value in [" + real.lower(v) + ", " + real.upper(v) + "], found " + g[v]);
                    }
                }
                out.add((G) g);
            } else {
                CategoricalEncoding cat = (CategoricalEncoding) problem.encoding();
                byte[] g = new byte[n];
                for (int v = 0; v < n; v++) {
                    int x = t.integer(r, v + 1);
                    if (x < 0 || x >= cat.options()) {
                        throw t.error(r, header.get(v + 1), "expected an option index in 0.." + (cat.options() - 1) + ", found " + x);
                    }
                    g[v] = (byte) x;
                }
                out.add((G) g);
            }
        }
        return out;
    }

    /** The genome of row {@code index} (the {@code solution} column's value). */
    public static <G> G row(Path file, Problem<G> problem, int index) {
        List<G> all = read(file, problem);
        if (index < 0 || index >= all.size()) {
            throw new IllegalArgumentException(file + ": no solution " + index + " (the file has " + all.size() + ", 0.." + (all.size() - 1) + ")");
        }
        return all.get(index);
    }
}
