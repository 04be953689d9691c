package org.agrifront.core.variation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.SplittableRandom;

import org.agrifront.core.RealEncoding;
import org.junit.jupiter.api.Test;

class AdaptiveMutationTest {
    private static final RealEncoding ENC = RealEncoding.uniform(10, 0, 1);

    private static AdaptiveMutation operator() {
        return new AdaptiveMutation(ENC, 0.1, 0.01, 0.5, 0.5, 1e-3, 20);
    }

    @Test
    void theRateShrinksWhileTheFitnessImprovesAndGrowsWhenItStalls() {
        AdaptiveMutation m = operator();
        double[] ok = {0, 0};
        m.onGeneration(0, new double[][] {{4, 4}, {6, 2}}, ok);
        assertEquals(0.1, m.rate(), 1e-15, "the first generation only sets the reference");
        m.onGeneration(1, new double[][] {{3, 4}, {5, 2}}, ok); // mean of objective 1 fell: improving
        assertEquals(0.05, m.rate(), 1e-15);
        m.onGeneration(2, new double[][] {{3, 4}, {5, 2}}, ok); // nothing changed: stalled
        assertEquals(0.1, m.rate(), 1e-15);
        m.onGeneration(3, new double[][] {{3, 4}, {5, 2}}, ok);
        m.onGeneration(4, new double[][] {{3, 4}, {5, 2}}, ok);
        m.onGeneration(5, new double[][] {{3, 4}, {5, 2}}, ok);
        assertEquals(0.5, m.rate(), 1e-15, "capped at max");
        for (int g = 6; g < 20; g++) m.onGeneration(g, new double[][] {{3 - g, 4}, {5 - g, 2}}, ok);
        assertEquals(0.01, m.rate(), 1e-15, "floored at min");
    }

    @Test
    void moreFeasibleMembersCountAsProgressAndInfeasiblePopulationsFollowTheirViolation() {
        AdaptiveMutation m = operator();
        m.onGeneration(0, new double[][] {{1, 1}, {2, 2}}, new double[] {3, 5});
        m.onGeneration(1, new double[][] {{1, 1}, {2, 2}}, new double[] {1, 5}); // violation falls
        assertEquals(0.05, m.rate(), 1e-15);
        m.onGeneration(2, new double[][] {{1, 1}, {2, 2}}, new double[] {1, 5}); // no change
        assertEquals(0.1, m.rate(), 1e-15);
        m.onGeneration(3, new double[][] {{9, 9}, {2, 2}}, new double[] {0, 5}); // first feasible member
        assertEquals(0.05, m.rate(), 1e-15);
    }

    @Test
    void itMutatesAboutRateTimesGenesWithinBounds() {
        AdaptiveMutation m = operator();
        SplittableRandom rng = new SplittableRandom(7);
        int changed = 0;
        for (int k = 0; k < 2000; k++) {
            double[] x = new double[10];
            java.util.Arrays.fill(x, 0.5);
            m.mutate(x, rng);
            for (double v : x) {
                if (v != 0.5) changed++;
                assertEquals(true, v >= 0 && v <= 1);
            }
        }
        assertEquals(0.1 * 20000, changed, 0.1 * 2000); // 10 genes x 2000 children x rate 0.1, within 10 %
    }

    @Test
    void theOperatorIsAvailableByNameWithItsParametersChecked() {
        org.agrifront.core.Problem<double[]> p = new org.agrifront.core.Problem<>() {
            public String name() { return "p"; }
            public org.agrifront.core.Encoding<double[]> encoding() { return ENC; }
            public java.util.List<org.agrifront.core.Objective> objectives() { return java.util.List.of(); }
            public java.util.List<org.agrifront.core.Constraint> constraints() { return java.util.List.of(); }
            public void evaluate(double[] g, double[] o, double[] v) { }
        };
        AdaptiveMutation a = assertInstanceOf(AdaptiveMutation.class,
                Operators.mutation(p, new OperatorSpec("adaptive", Map.of("rate", 0.2, "factor", 0.8))));
        assertEquals(0.2, a.rate(), 1e-15);
        assertNotEquals(a, Operators.mutation(p, OperatorSpec.of("adaptive")), "one instance per run");
        assertEquals(0.1, ((AdaptiveMutation) Operators.mutation(p, OperatorSpec.of("adaptive"))).rate(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Operators.mutation(p, OperatorSpec.of("adaptive", "speed", 1)));
        assertThrows(IllegalArgumentException.class, () -> Operators.mutation(p, OperatorSpec.of("adaptive", "factor", 1.5)));
    }
}
