package org.agrifront.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agrifront.core.Sense;
import org.junit.jupiter.api.Test;

/** Normalisation by the reference front, senses turned into minimisation, and the indicators on top. */
class QualityIndicatorsTest {
    static final Sense[] SENSES = {Sense.MAX, Sense.MIN};
    // natural values: maximise profit in [100, 300], minimise emissions in [10, 30]
    static final double[] REFERENCE = {100, 10, 200, 20, 300, 30};

    @Test
    void normalisationMapsTheReferenceFrontOntoTheUnitBox() {
        Normalization n = Normalization.of(REFERENCE, 3, SENSES);
        double[] norm = n.apply(REFERENCE, 3);
        // profit 300 is best: normalised 0; emissions 10 best: 0
        assertEquals(1.0, norm[0], 1e-15);
        assertEquals(0.0, norm[1], 1e-15);
        assertEquals(0.0, norm[4], 1e-15);
        assertEquals(1.0, norm[5], 1e-15);
        assertEquals(300.0, n.naturalIdeal()[0], 0);
        assertEquals(10.0, n.naturalIdeal()[1], 0);
        assertEquals(100.0, n.naturalNadir()[0], 0);
    }

    @Test
    void theReferenceFrontScoresPerfectDistancesAndAKnownHypervolume() {
        QualityIndicators q = new QualityIndicators(Normalization.of(REFERENCE, 3, SENSES), REFERENCE, 3,
                QualityIndicators.Settings.defaults());
        QualityIndicators.Values v = q.evaluate(REFERENCE, 3);
        // normalised points (0,1) (0.5,0.5) (1,0), reference point (1.1, 1.1); strips of the staircase from the left:
        // (1.1 - 0)(1.1 - 1) + (1.1 - 0.5)(1 - 0.5) + (1.1 - 1)(0.5 - 0) = 0.11 + 0.3 + 0.05
        double hv = 0.46;
        assertEquals(hv, v.get(Indicator.HYPERVOLUME), 1e-12);
        assertEquals(0.0, v.get(Indicator.IGD_PLUS), 0);
        assertEquals(0.0, v.get(Indicator.GD), 0);
        assertEquals(0.0, v.get(Indicator.EPSILON_ADDITIVE), 0);
        assertEquals(0.0, v.get(Indicator.SPREAD), 1e-12);
        assertEquals(3.0, v.get(Indicator.NONDOMINATED), 0);
        assertEquals(0.0, v.hypervolumeStandardError(), 0);
    }

    @Test
    void aWorseFrontIsWorseOnEveryIndicatorAndDominatedOrDuplicatePointsAreDropped() {
        QualityIndicators q = new QualityIndicators(Normalization.of(REFERENCE, 3, SENSES), REFERENCE, 3,
                QualityIndicators.Settings.defaults());
        // profit 200 and emissions 20 shifted by 10% of the ranges: (180, 22) normalised (0.6, 0.6); plus duplicate
        // and a dominated point (150, 25)
        double[] worse = {180, 22, 180, 22, 150, 25};
        QualityIndicators.Values v = q.evaluate(worse, 3);
        assertEquals(1.0, v.get(Indicator.NONDOMINATED), 0);
        assertEquals(0.5 * 0.5, v.get(Indicator.HYPERVOLUME), 1e-12); // (1.1 - 0.6)^2
        assertEquals(0.6, v.get(Indicator.EPSILON_ADDITIVE), 1e-12); // to reach (1,0) or (0,1): 0.6
        assertTrue(v.get(Indicator.IGD_PLUS) > 0);
    }

    @Test
    void manyObjectivesUseMonteCarloWithAStandardError() {
        Sense[] five = {Sense.MIN, Sense.MIN, Sense.MIN, Sense.MIN, Sense.MIN};
        double[] ref = new double[5 * 5];
        for (int i = 0; i < 5; i++) ref[i * 5 + i] = 1; // unit vectors
        QualityIndicators q = new QualityIndicators(Normalization.of(ref, 5, five), ref, 5,
                new QualityIndicators.Settings(1.1, 4, 50_000, 1));
        QualityIndicators.Values v = q.evaluate(ref, 5);
        assertTrue(v.hypervolumeStandardError() > 0);
        double exact = Hypervolume.exact(ref, 5, 5, new double[] {1.1, 1.1, 1.1, 1.1, 1.1});
        assertTrue(Math.abs(v.get(Indicator.HYPERVOLUME) - exact) < 4 * v.hypervolumeStandardError());
    }
}
