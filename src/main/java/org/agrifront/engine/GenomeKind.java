package org.agrifront.engine;

import org.agrifront.core.CategoricalEncoding;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;

/** The genome kinds an algorithm may accept: one option index per gene ({@code byte[]}) or real values. */
public enum GenomeKind {
    CATEGORICAL, REAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind of {@code problem}'s genome. */
    public static GenomeKind of(Problem<?> problem) {
        if (problem.encoding() instanceof CategoricalEncoding) return CATEGORICAL;
        if (problem.encoding() instanceof RealEncoding) return REAL;
        throw new IllegalArgumentException("unsupported encoding " + problem.encoding());
    }
}
