package org.agrifront.engine;

/**
 * One typed algorithm parameter with its default and range, as {@code agrifront algorithms} lists it and as
 * {@code --param} / a study's {@code parameters} are checked. {@code defaultValue} is NaN where the default is
 * derived from the problem (e.g. NSGA-III divisions from the number of objectives); {@code defaultText} says how.
 */
public record ParameterSpec(String name, Type type, double defaultValue, String defaultText, double min, double max,
                            String description) {
    public enum Type { INTEGER, REAL }

    public static ParameterSpec integer(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, Type.INTEGER, defaultValue, null, min, max, description);
    }

    public static ParameterSpec real(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, Type.REAL, defaultValue, null, min, max, description);
    }

    /** A parameter whose default is derived at run time; {@code defaultText} says how. */
    public ParameterSpec derived(String text) {
        return new ParameterSpec(name, type, Double.NaN, text, min, max, description);
    }

    /** The default as shown to users. */
    public String defaultLabel() {
        if (defaultText != null) return defaultText;
        return format(defaultValue);
    }

    public String format(double v) {
        if (type == Type.INTEGER && v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Null when {@code value} is acceptable, else what is wrong (without the parameter's name). */
    public String check(double value) {
        if (!Double.isFinite(value)) return "expected a finite number, found " + value;
        if (type == Type.INTEGER && value != Math.rint(value)) return "expected a whole number, found " + value;
        if (value < min || value > max) {
            return "expected a value in [" + format(min) + ", " + format(max) + "], found " + format(value);
        }
        return null;
    }
}
