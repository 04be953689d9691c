package org.agrifront.engine.jmetal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.util.EnvironmentalSelection;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.util.ReferencePoint;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.solution.doublesolution.impl.DefaultDoubleSolution;
import org.uma.jmetal.util.bounds.Bounds;

class RobustEnvironmentalSelectionTest {
    /** jMetal's solutions draw their initial variables from JMetalRandom, which the adapter binds to the run's stream. */
    private org.agrifront.core.RandomStreams.Binding binding;

    @org.junit.jupiter.api.BeforeEach
    void bindStream() {
        binding = org.agrifront.core.RandomStreams.bind(org.agrifront.core.RandomStreams.create(1));
    }

    @org.junit.jupiter.api.AfterEach
    void unbind() {
        binding.close();
    }

    static DoubleSolution point(double... f) {
        DoubleSolution s = new DefaultDoubleSolution(List.of(Bounds.create(0.0, 1.0)), f.length, 0);
        for (int i = 0; i < f.length; i++) s.objectives()[i] = f[i];
        s.variables().set(0, f[0] * 0.01 + f[1] * 0.001 + f[2] * 0.0001); // distinct genomes for equals()
        return s;
    }

    static List<ReferencePoint<DoubleSolution>> directions() {
        List<ReferencePoint<DoubleSolution>> out = new ArrayList<>();
        new ReferencePoint<DoubleSolution>().generateReferencePoints(out, 3, 4);
        return out;
    }

    /**
     * The ideal solution alone in the first front is the extreme point of all three objectives: jMetal then takes
     * its own (translated, zero) values as intercepts and divides by 1e-9; the robust selection uses each objective's
     * worst value among the candidates.
     */
    @Test
    void coincidingExtremePointsFallBackToTheWorstValues() {
        DoubleSolution ideal = point(0, 0, 0);
        List<DoubleSolution> last = List.of(point(3, 1, 0.5), point(1, 5, 0.2), point(0.5, 0.5, 2));
        List<List<DoubleSolution>> fronts = List.of(List.of(ideal), last);
        List<DoubleSolution> extremes = List.of(ideal, ideal, ideal);
        List<Double> jmetal = new EnvironmentalSelection<>(fronts, 2, directions(), 3).constructHyperplane(last, extremes);
        assertEquals(List.of(0.0, 0.0, 0.0), jmetal);
        RobustEnvironmentalSelection<DoubleSolution> robust = new RobustEnvironmentalSelection<>(fronts, 2, directions(), 3);
        assertEquals(List.of(3.0, 5.0, 2.0), robust.constructHyperplane(last, extremes));
        assertEquals(1, robust.fallbacks());
    }

    /** Distinct extreme points on the plane f1 + f2 + f3 = 2 give intercepts 2: the hyperplane is kept. */
    @Test
    void aProperHyperplaneIsKept() {
        List<DoubleSolution> front = List.of(point(2, 0, 0), point(0, 2, 0), point(0, 0, 2), point(1, 1, 0));
        RobustEnvironmentalSelection<DoubleSolution> robust = new RobustEnvironmentalSelection<>(List.of(front), 2, directions(), 3);
        List<Double> i = robust.constructHyperplane(front, front.subList(0, 3));
        for (double v : i) assertEquals(2.0, v, 1e-12);
        assertEquals(0, robust.fallbacks());
    }

    /** Extreme points on the plane x1 + x2 − 2 x3 = 1, which cuts the third axis at −0.5. */
    @Test
    void aNegativeInterceptFallsBack() {
        List<DoubleSolution> extremes = List.of(point(1, 0, 0), point(0, 1, 0), point(1, 1, 0.5));
        List<Double> jmetal = new EnvironmentalSelection<>(List.of(extremes), 1, directions(), 3).constructHyperplane(extremes, extremes);
        assertEquals(-0.5, jmetal.get(2), 1e-12, "jMetal's own intercepts " + jmetal);
        RobustEnvironmentalSelection<DoubleSolution> robust = new RobustEnvironmentalSelection<>(List.of(extremes), 1, directions(), 3);
        assertEquals(List.of(1.0, 1.0, 0.5), robust.constructHyperplane(extremes, extremes));
    }

    @Test
    void interceptsMustBeFiniteAndAboveAMillionthOfTheRange() {
        assertTrue(RobustEnvironmentalSelection.valid(List.of(1.0, 2.0), new double[] {1, 2}));
        assertFalse(RobustEnvironmentalSelection.valid(List.of(1.0, -2.0), new double[] {1, 2}));
        assertFalse(RobustEnvironmentalSelection.valid(List.of(1.0, Double.NaN), new double[] {1, 2}));
        assertFalse(RobustEnvironmentalSelection.valid(List.of(1.0, Double.POSITIVE_INFINITY), new double[] {1, 2}));
        assertFalse(RobustEnvironmentalSelection.valid(List.of(1e-7, 1.0), new double[] {1, 2}));
    }
}
