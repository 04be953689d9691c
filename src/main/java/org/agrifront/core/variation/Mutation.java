package org.agrifront.core.variation;

import java.util.random.RandomGenerator;

/** Mutates a child in place. {@code W} is the working genome, as for {@link Crossover}. */
public interface Mutation<W> {
    void mutate(W genome, RandomGenerator rng);
}
