package org.agrifront.bench;

/**
 * One benchmark figure beside its baseline measured in the same run. {@code ratio} is always "times better than the
 * baseline" (value / baseline for rates, baseline / value for costs such as bytes); NaN when there is no baseline.
 */
public record BenchRow(String section, String problem, String subject, String metric, double value, String unit,
                       String baseline, double baselineValue, double ratio) {

    public static BenchRow rate(String section, String problem, String subject, String metric, double value, String unit,
                                String baseline, double baselineValue) {
        return new BenchRow(section, problem, subject, metric, value, unit, baseline, baselineValue,
                baseline == null ? Double.NaN : value / baselineValue);
    }

    public static BenchRow cost(String section, String problem, String subject, String metric, double value, String unit,
                                String baseline, double baselineValue) {
        return new BenchRow(section, problem, subject, metric, value, unit, baseline, baselineValue,
                baseline == null ? Double.NaN : baselineValue / value);
    }
}
