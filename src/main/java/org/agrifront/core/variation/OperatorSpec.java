package org.agrifront.core.variation;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A variation operator by Agrifront name with numeric parameters, as written in problem, experiment or CLI
 * options, e.g. {@code {"name": "uniform", "probability": 0.9}} or {@code {"name": "reset", "genes": 1}}.
 */
public record OperatorSpec(String name, Map<String, Double> parameters) {
    public OperatorSpec {
        Objects.requireNonNull(name, "name");
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public static OperatorSpec of(String name) {
        return new OperatorSpec(name, Map.of());
    }

    public static OperatorSpec of(String name, String key, double value) {
        return new OperatorSpec(name, Map.of(key, value));
    }

    public double get(String key, double defaultValue) {
        Double v = parameters.get(key);
        return v == null ? defaultValue : v;
    }

    /** Text form used in metadata and CLI: {@code name(k=v,...)}. */
    @Override
    public String toString() {
        if (parameters.isEmpty()) return name;
        StringBuilder sb = new StringBuilder(name).append('(');
        parameters.forEach((k, v) -> sb.append(k).append('=').append(v).append(','));
        sb.setLength(sb.length() - 1);
        return sb.append(')').toString();
    }

    /**
     * Parses {@code name} or {@code name:key=value,key=value} (the CLI form), e.g. {@code reset:genes=2}.
     */
    public static OperatorSpec parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) return of(text.trim());
        Map<String, Double> params = new TreeMap<>();
        for (String part : text.substring(colon + 1).split(",")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("expected key=value in operator '" + text + "', found '" + part + "'");
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            try {
                params.put(key, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("operator '" + text + "': parameter '" + key + "' expects a number, found '" + value + "'");
            }
        }
        return new OperatorSpec(text.substring(0, colon).trim(), params);
    }
}
