package org.agrifront.engine;

import java.util.List;
import java.util.Set;

/**
 * What an engine says about one algorithm: its canonical Agrifront name (the same in every engine), the aliases
 * users type, the genome kinds it accepts, its own parameters (the parameters every algorithm shares are in
 * {@link Algorithms#COMMON_PARAMETERS}), how it treats constraints, and the library class behind it.
 */
public record AlgorithmDescriptor(String name, List<String> aliases, Set<GenomeKind> genomes,
                                  List<ParameterSpec> parameters, String constraintHandling, String libraryClass,
                                  String description) {
    public AlgorithmDescriptor {
        aliases = List.copyOf(aliases);
        genomes = Set.copyOf(genomes);
        parameters = List.copyOf(parameters);
    }

    public boolean accepts(GenomeKind kind) {
        return genomes.contains(kind);
    }
}
