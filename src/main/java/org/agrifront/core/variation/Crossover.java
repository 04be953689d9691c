package org.agrifront.core.variation;

import java.util.random.RandomGenerator;

/**
 * Recombines two children in place. The engine hands over fresh copies of the parents, so an operator never
 * touches a population member. {@code W} is the working genome: {@link org.agrifront.core.CategoricalGenome}
 * or {@code double[]}.
 */
public interface Crossover<W> {
    void cross(W first, W second, RandomGenerator rng);
}
