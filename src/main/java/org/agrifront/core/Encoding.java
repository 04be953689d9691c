package org.agrifront.core;

import java.util.random.RandomGenerator;

/**
 * The decision space of a problem. {@code G} is the primitive genome type: {@code byte[]} for categorical
 * problems (one option index per gene), {@code double[]} for real-valued ones.
 */
public sealed interface Encoding<G> permits CategoricalEncoding, RealEncoding {
    /** Number of genes. */
    int length();

    /** A uniformly random genome, drawn from {@code rng}. */
    G random(RandomGenerator rng);

    /** Short name used in metadata, e.g. {@code categorical(9412 x 10)}. */
    String describe();
}
