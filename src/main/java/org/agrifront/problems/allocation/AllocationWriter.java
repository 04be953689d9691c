package org.agrifront.problems.allocation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;

/**
 * Writes the tables of an allocation problem: {@code cells.csv} and one values file per table, in the layout
 * {@link AllocationReader} reads. Values are given in fixed point with a number of decimals, so they are written
 * exactly; {@link #NOT_ALLOWED} leaves the field empty.
 */
public final class AllocationWriter {
    /** A fixed-point value that writes an empty field: the option is not allowed in that cell. */
    public static final long NOT_ALLOWED = Long.MIN_VALUE;

    private AllocationWriter() {
    }

    /**
     * {@code cells.csv}: {@code id}, then {@code lon}/{@code lat} when given (null for none), then the named text
     * columns (groups, allocations) in map order.
     */
    public static void writeCells(Path file, List<String> ids, double[] lon, double[] lat, Map<String, String[]> columns) {
        StringBuilder sb = new StringBuilder("id");
        if (lon != null) sb.append(",lon,lat");
        for (String c : columns.keySet()) sb.append(',').append(c);
        sb.append('\n');
        for (int i = 0; i < ids.size(); i++) {
            sb.append(ids.get(i));
            if (lon != null) sb.append(',').append(Numbers.format(lon[i])).append(',').append(Numbers.format(lat[i]));
            for (String[] col : columns.values()) sb.append(',').append(col[i]);
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /** One values file: {@code id} plus one column per option; {@code fixed[cell * options + option]} / 10^decimals. */
    public static void writeValues(Path file, List<String> ids, List<String> options, long[] fixed, int decimals) {
        int k = options.size();
        StringBuilder sb = new StringBuilder("id");
        for (String o : options) sb.append(',').append(o);
        sb.append('\n');
        for (int c = 0; c < ids.size(); c++) {
            sb.append(ids.get(c));
            for (int o = 0; o < k; o++) {
                sb.append(',');
                long v = fixed[c * k + o];
                if (v != NOT_ALLOWED) sb.append(BigDecimal.valueOf(v, decimals).stripTrailingZeros().toPlainString());
            }
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }
}
