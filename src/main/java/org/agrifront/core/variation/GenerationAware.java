package org.agrifront.core.variation;

/**
 * An operator that adapts to the search, e.g. a mutation rate that follows the fitness trend. The engine calls
 * it after each generation's replacement with the population's minimisation-form objectives and total
 * violations.
 */
public interface GenerationAware {
    void onGeneration(int generation, double[][] minimizedObjectives, double[] totalViolations);
}
