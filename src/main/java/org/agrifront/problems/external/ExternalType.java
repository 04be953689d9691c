package org.agrifront.problems.external;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.agrifront.core.Constraint;
import org.agrifront.core.Objective;
import org.agrifront.core.Problem;
import org.agrifront.core.Sense;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.ProblemType;
import org.agrifront.problems.Problems;

/**
 * Reads {@code "type": "external"} problem files (see {@link ExternalProblem} and {@code docs/own-problems.md}):
 * <pre>{@code
 * {"type": "external", "name": "zdt1-python", "command": ["python3", "zdt1.py"],
 *  "variables": [{"name": "x", "count": 30, "type": "real", "lower": 0, "upper": 1}],
 *  "objectives": [{"name": "f1", "sense": "min"}, {"name": "f2", "sense": "min"}],
 *  "constraints": [], "timeoutSeconds": 10}
 * }</pre>
 * Fields starting with {@code _} are comments.
 */
public final class ExternalType implements ProblemType {
    static final Set<String> TOP = Set.of("type", "name", "description", "command", "variables", "objectives",
            "constraints", "timeoutSeconds", "batch");

    @Override
    public String type() {
        return "external";
    }

    @Override
    public String description() {
        return "your own model as a separate process (any language), one line of variables in, one line of objectives and constraints out";
    }

    @Override
    public Problem<?> load(ProblemSource source) {
        Path file = source.file();
        JsonNode root = Json.tree(file);
        if (!root.isObject()) throw new InputException(file, 1, "$", "expected a JSON object");
        fields(file, "$", root, TOP);
        String name = root.has("name") ? text(file, "$.name", root.get("name")) : Problems.defaultName(file);
        JsonNode cmd = root.get("command");
        if (cmd == null) throw Json.missing(file, "$.command");
        if (!cmd.isArray() || cmd.isEmpty()) throw Json.invalid(file, "$.command", "expected an array like [\"python3\", \"model.py\"]");
        List<String> command = new ArrayList<>();
        for (int i = 0; i < cmd.size(); i++) command.add(text(file, "$.command[" + i + "]", cmd.get(i)));
        int batch = 1;
        if (root.has("batch")) {
            JsonNode b = root.get("batch");
            if (b.isBoolean()) batch = b.asBoolean() ? Integer.MAX_VALUE : 1;
            else if (b.isInt() && b.asInt() >= 1) batch = b.asInt();
            else throw Json.invalid(file, "$.batch", "expected true (whole populations), false, or the most lines per batch (a whole number >= 1), found " + b);
        }

        JsonNode vars = root.get("variables");
        if (vars == null) throw Json.missing(file, "$.variables");
        if (!vars.isArray() || vars.isEmpty()) throw Json.invalid(file, "$.variables", "expected a non-empty array");
        List<ExternalProblem.Variable> variables = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < vars.size(); i++) {
            String at = "$.variables[" + i + "]";
            JsonNode v = vars.get(i);
            if (!v.isObject()) throw Json.invalid(file, at, "expected an object");
            fields(file, at, v, Set.of("name", "count", "type", "lower", "upper", "options"));
            String vname = text(file, at + ".name", required(file, at + ".name", v.get("name")));
            if (!names.add(vname)) throw Json.invalid(file, at + ".name", "variable '" + vname + "' appears twice");
            int count = 1;
            if (v.has("count")) {
                if (!v.get("count").isInt() || v.get("count").asInt() < 1) throw Json.invalid(file, at + ".count", "expected a whole number >= 1, found " + v.get("count"));
                count = v.get("count").asInt();
            }
            String type = v.has("type") ? text(file, at + ".type", v.get("type")) : "real";
            switch (type) {
                case "real", "integer" -> {
                    double lo = number(file, at + ".lower", required(file, at + ".lower", v.get("lower")));
                    double hi = number(file, at + ".upper", required(file, at + ".upper", v.get("upper")));
                    if (type.equals("integer") && (lo != Math.rint(lo) || hi != Math.rint(hi))) {
                        throw Json.invalid(file, at, "integer bounds must be whole numbers, found " + v.get("lower") + ", " + v.get("upper"));
                    }
                    if (!(lo <= hi)) throw Json.invalid(file, at + ".upper", "upper (" + hi + ") is below lower (" + lo + ")");
                    if (v.has("options")) throw Json.invalid(file, at + ".options", "only categorical variables have options");
                    variables.add(new ExternalProblem.Variable(vname, type, count, lo, hi, null));
                }
                case "categorical" -> {
                    JsonNode opts = required(file, at + ".options", v.get("options"));
                    if (!opts.isArray() || opts.isEmpty()) throw Json.invalid(file, at + ".options", "expected a non-empty array of option names");
                    List<String> options = new ArrayList<>();
                    for (int j = 0; j < opts.size(); j++) options.add(text(file, at + ".options[" + j + "]", opts.get(j)));
                    if (v.has("lower") || v.has("upper")) throw Json.invalid(file, at, "categorical variables have options, not lower/upper");
                    variables.add(new ExternalProblem.Variable(vname, type, count, 0, options.size() - 1, List.copyOf(options)));
                }
                default -> throw Json.invalid(file, at + ".type", "expected real, integer or categorical, found '" + type + "'");
            }
        }
        JsonNode objs = root.get("objectives");
        if (objs == null) throw Json.missing(file, "$.objectives");
        if (!objs.isArray() || objs.isEmpty()) throw Json.invalid(file, "$.objectives", "expected a non-empty array");
        List<Objective> objectives = new ArrayList<>();
        Set<String> outNames = new HashSet<>();
        for (int i = 0; i < objs.size(); i++) {
            String at = "$.objectives[" + i + "]";
            JsonNode o = objs.get(i);
            if (!o.isObject()) throw Json.invalid(file, at, "expected an object like {\"name\": \"f1\", \"sense\": \"min\"}");
            fields(file, at, o, Set.of("name", "sense", "unit"));
            String oname = text(file, at + ".name", required(file, at + ".name", o.get("name")));
            if (!outNames.add(oname)) throw Json.invalid(file, at + ".name", "name '" + oname + "' appears twice");
            Sense sense;
            try {
                sense = Sense.parse(text(file, at + ".sense", required(file, at + ".sense", o.get("sense"))));
            } catch (IllegalArgumentException e) {
                throw Json.invalid(file, at + ".sense", e.getMessage());
            }
            objectives.add(new Objective(oname, sense, o.has("unit") ? text(file, at + ".unit", o.get("unit")) : ""));
        }
        List<Constraint> constraints = new ArrayList<>();
        JsonNode cons = root.get("constraints");
        if (cons != null && !cons.isArray()) throw Json.invalid(file, "$.constraints", "expected an array");
        for (int i = 0; cons != null && i < cons.size(); i++) {
            String at = "$.constraints[" + i + "]";
            JsonNode c = cons.get(i);
            if (!c.isObject()) throw Json.invalid(file, at, "expected an object like {\"name\": \"g1\"}");
            fields(file, at, c, Set.of("name", "unit", "description"));
            String cname = text(file, at + ".name", required(file, at + ".name", c.get("name")));
            if (!outNames.add(cname)) throw Json.invalid(file, at + ".name", "name '" + cname + "' appears twice");
            constraints.add(new Constraint(cname, c.has("unit") ? text(file, at + ".unit", c.get("unit")) : "",
                    c.has("description") ? text(file, at + ".description", c.get("description")) : "value <= 0 when satisfied"));
        }
        double timeout = 10;
        if (root.has("timeoutSeconds")) {
            timeout = number(file, "$.timeoutSeconds", root.get("timeoutSeconds"));
            if (!(timeout > 0 && timeout <= 86_400)) throw Json.invalid(file, "$.timeoutSeconds", "expected a number of seconds in (0, 86400], found " + root.get("timeoutSeconds"));
        }
        return new ExternalProblem(name, file, command, variables, objectives, constraints, timeout, batch);
    }

    private static JsonNode required(Path file, String at, JsonNode n) {
        if (n == null || n.isNull()) throw Json.missing(file, at);
        return n;
    }

    private static String text(Path file, String at, JsonNode n) {
        if (!n.isTextual() || n.asText().isBlank()) throw Json.invalid(file, at, "expected a non-empty string, found " + n);
        return n.asText();
    }

    private static double number(Path file, String at, JsonNode n) {
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) throw Json.invalid(file, at, "expected a finite number, found " + n);
        return n.asDouble();
    }

    private static void fields(Path file, String at, JsonNode node, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.startsWith("_") || known.contains(f)) continue;
            throw Json.invalid(file, at + "." + f, "unknown field; known: " + String.join(", ", new java.util.TreeSet<>(known))
                    + " (fields starting with '_' are comments)");
        }
    }
}
