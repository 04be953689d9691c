package org.agrifront.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One engine's algorithms by canonical name and alias, with their typed parameters. Unknown names and parameters
 * are answered with one line listing the known ones. Immutable once built.
 */
public final class AlgorithmRegistry {
    private final String engine;
    private final Map<String, AlgorithmDescriptor> byName = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    public AlgorithmRegistry(String engine, List<AlgorithmDescriptor> algorithms) {
        this.engine = engine;
        for (AlgorithmDescriptor d : algorithms) {
            if (byName.put(d.name(), d) != null) throw new IllegalStateException("duplicate algorithm " + d.name());
            aliases.put(d.name(), d.name());
            for (String a : d.aliases()) aliases.put(a.toLowerCase(Locale.ROOT), d.name());
        }
    }

    public String engine() {
        return engine;
    }

    public List<AlgorithmDescriptor> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public boolean has(String name) {
        return aliases.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The descriptor for {@code name} or an alias of it; an unknown name lists the known ones. */
    public AlgorithmDescriptor get(String name) {
        String c = aliases.get(name.toLowerCase(Locale.ROOT));
        if (c == null) {
            String hint = Algorithms.isKnown(name) ? "engine '" + engine + "' has no algorithm '" + Algorithms.canonical(name) + "'"
                    : "unknown algorithm '" + name + "'";
            throw new IllegalArgumentException(hint + "; known: " + String.join(", ", names()) + " (engine '" + engine
                    + "'; 'agrifront algorithms' lists every engine's)");
        }
        return byName.get(c);
    }

    /** Descriptor of every parameter {@code name} accepts: its own, then the common ones. */
    public List<ParameterSpec> parameters(String name) {
        List<ParameterSpec> out = new ArrayList<>(get(name).parameters());
        out.addAll(Algorithms.COMMON_PARAMETERS);
        return out;
    }

    /**
     * Checks an algorithm spec against this registry and {@code problem}'s genome: known algorithm that accepts the
     * genome, known parameters of the right type and range. Throws with one line naming what is wrong.
     */
    public AlgorithmDescriptor check(AlgorithmSpec spec, GenomeKind genome) {
        AlgorithmDescriptor d = get(spec.name());
        if (genome != null && !d.accepts(genome)) {
            throw new IllegalArgumentException("algorithm '" + d.name() + "' of engine '" + engine + "' needs a "
                    + String.join(" or ", d.genomes().stream().map(GenomeKind::label).sorted().toList())
                    + " genome; this problem's genome is " + genome.label());
        }
        List<ParameterSpec> known = parameters(d.name());
        for (Map.Entry<String, Double> p : spec.parameters().entrySet()) {
            ParameterSpec ps = known.stream().filter(k -> k.name().equals(p.getKey())).findFirst().orElse(null);
            if (ps == null) {
                throw new IllegalArgumentException("unknown parameter '" + p.getKey() + "' for algorithm '" + d.name()
                        + "'; known: " + String.join(", ", known.stream().map(ParameterSpec::name).toList()));
            }
            String problem = ps.check(p.getValue());
            if (problem != null) {
                throw new IllegalArgumentException("parameter '" + p.getKey() + "' of algorithm '" + d.name() + "': " + problem);
            }
        }
        return d;
    }
}
