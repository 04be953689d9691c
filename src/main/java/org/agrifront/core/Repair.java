package org.agrifront.core;

/** Changes a genome in place so that it satisfies (some of) the problem's constraints. Draws no random numbers. */
@FunctionalInterface
public interface Repair<G> {
    void repair(G genome);
}
