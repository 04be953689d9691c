package org.agrifront.problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.core.Problem;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;

/** Loads problem files by their {@code type}, through the {@link ProblemType} providers on the class path. */
public final class Problems {
    private Problems() {
    }

    /** Known problem types by name. */
    public static Map<String, ProblemType> types() {
        Map<String, ProblemType> out = new TreeMap<>();
        for (ProblemType t : ServiceLoader.load(ProblemType.class)) out.put(t.type(), t);
        return out;
    }

    public static Problem<?> load(Path file) {
        return load(ProblemSource.of(file, null));
    }

    public static Problem<?> load(ProblemSource source) {
        JsonNode root = Json.tree(source.file());
        if (!root.isObject()) throw new InputException(source.file(), 1, "$", "expected a JSON object");
        JsonNode type = root.get("type");
        if (type == null) throw Json.missing(source.file(), "$.type");
        if (!type.isTextual()) throw Json.invalid(source.file(), "$.type", "expected a string, found " + type);
        Map<String, ProblemType> types = types();
        ProblemType t = types.get(type.asText());
        if (t == null) {
            throw Json.invalid(source.file(), "$.type", "unknown problem type '" + type.asText() + "'; known: "
                    + String.join(", ", new ArrayList<>(types.keySet())));
        }
        Problem<?> problem = t.load(source);
        checkName(source.file(), problem.name());
        return problem;
    }

    /**
     * A problem's name becomes a folder name (results/runs/NAME, a study's NAME/): letters, digits, '.', '_' and '-',
     * not starting with '.', so no name can point outside the results folder.
     */
    public static void checkName(Path file, String name) {
        if (name == null || name.isEmpty() || name.length() > 100 || !name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            throw Json.invalid(file, "$.name", "'" + name + "' cannot name a folder; use up to 100 letters, digits, '.', '_'"
                    + " and '-', not starting with '.'");
        }
    }

    /** Default problem name: the file name without {@code .json}. */
    public static String defaultName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    public static List<String> typeNames() {
        return new ArrayList<>(types().keySet());
    }
}
