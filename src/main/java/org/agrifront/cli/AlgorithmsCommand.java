package org.agrifront.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.agrifront.engine.AlgorithmDescriptor;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Engine;
import org.agrifront.engine.Engines;
import org.agrifront.engine.GenomeKind;
import org.agrifront.engine.ParameterSpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code agrifront algorithms}: every engine's algorithms with aliases, genome kinds, parameters (default and
 * range) and constraint handling, then which engines lack each name of Agrifront's vocabulary.
 */
@Command(name = "algorithms", mixinStandardHelpOptions = true,
        description = {"List each engine's algorithms: aliases, genome kinds (categorical, real), parameters with",
                "defaults and ranges, and how constraints are handled; then which engines lack each algorithm.",
                "Parameters every algorithm accepts (archive, extremeArchive, penalty) are listed once at the end."})
public final class AlgorithmsCommand implements Callable<Integer> {
    @Option(names = "--engine", description = "Only this engine (moea, jmetal).")
    String engine;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Engine> engines = engine == null ? Engines.all() : List.of(Engines.get(engine));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(model(engines)));
        } else {
            text(engines, out);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> model(List<Engine> engines) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (Engine e : engines) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("engine", e.name());
            em.put("version", e.version());
            List<Object> algorithms = new ArrayList<>();
            for (AlgorithmDescriptor d : e.algorithms().all()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", d.name());
                a.put("aliases", d.aliases());
                a.put("genomes", genomes(d));
                a.put("parameters", d.parameters().stream().map(AlgorithmsCommand::parameter).toList());
                a.put("constraintHandling", d.constraintHandling());
                a.put("libraryClass", d.libraryClass());
                a.put("description", d.description());
                algorithms.add(a);
            }
            em.put("algorithms", algorithms);
            list.add(em);
        }
        root.put("engines", list);
        root.put("commonParameters", Algorithms.COMMON_PARAMETERS.stream().map(AlgorithmsCommand::parameter).toList());
        root.put("missing", missing(engines));
        return root;
    }

    private static Map<String, Object> parameter(ParameterSpec p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("type", p.type().name().toLowerCase(java.util.Locale.ROOT));
        m.put("default", p.defaultText() != null ? p.defaultText() : (Object) p.defaultValue());
        m.put("min", p.min());
        m.put("max", p.max());
        m.put("description", p.description());
        return m;
    }

    private static List<String> genomes(AlgorithmDescriptor d) {
        List<String> g = new ArrayList<>();
        for (GenomeKind k : GenomeKind.values()) if (d.accepts(k)) g.add(k.label());
        return g;
    }

    /** For each canonical name, the engines (of those listed) that lack it. */
    private static Map<String, List<String>> missing(List<Engine> engines) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String name : Algorithms.known()) {
            List<String> lacking = engines.stream().filter(e -> !e.algorithms().has(name)).map(Engine::name).toList();
            m.put(name, lacking);
        }
        return m;
    }

    private static void text(List<Engine> engines, PrintWriter out) {
        for (Engine e : engines) {
            out.println("== " + e.name() + " (" + e.version() + "): " + e.algorithms().names().size() + " algorithms");
            for (AlgorithmDescriptor d : e.algorithms().all()) {
                out.println(d.name() + (d.aliases().isEmpty() ? "" : " (" + String.join(", ", d.aliases()) + ")")
                        + "  [" + String.join(", ", genomes(d)) + "]  " + d.description());
                out.println("    class: " + d.libraryClass());
                out.println("    constraints: " + d.constraintHandling());
                for (ParameterSpec p : d.parameters()) out.println("    " + parameterLine(p));
            }
            out.println();
        }
        out.println("== parameters of every algorithm");
        for (ParameterSpec p : Algorithms.COMMON_PARAMETERS) out.println("    " + parameterLine(p));
        out.println();
        out.println("== availability (engines lacking each algorithm)");
        for (Map.Entry<String, List<String>> m : missing(engines).entrySet()) {
            out.println("    " + m.getKey() + ": " + (m.getValue().isEmpty() ? "in every engine listed"
                    : "missing in " + String.join(", ", m.getValue())));
        }
    }

    private static String parameterLine(ParameterSpec p) {
        return p.name() + " (" + p.type().name().toLowerCase(java.util.Locale.ROOT) + ", default " + p.defaultLabel()
                + ", range " + p.format(p.min()) + ".." + p.format(p.max()) + "): " + p.description();
    }
}
