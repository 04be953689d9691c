package org.agrifront.problems.manure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NutrientBalanceTest {
    private static final double EPS = 1e-9;

    @Test
    void eqs2to5MatchTheHandComputedThreeProvinceExample() {
        NutrientBalance b = NutrientBalance.of(TinyManure.data());
        // pig equivalents: 1000 pigs + 300 cattle x 100/30
        assertEquals(2000, b.pigEquivalents(0), EPS);
        assertEquals(100, b.pigEquivalents(1), EPS);
        // S = heads x kg per head
        assertEquals(11, b.supplyN(0), EPS);
        assertEquals(1.9, b.supplyP(0), EPS);
        // Eq. 2: D = A FP MP / MR
        assertEquals(4, b.demandN(0), EPS);
        assertEquals(1, b.demandP(0), EPS);
        assertEquals(10, b.demandN(1), EPS);
        assertEquals(2, b.demandP(1), EPS);
        // Eq. 3: PD = S / RE
        assertEquals(0.0055, b.perPigEquivalentN(0), EPS);
        assertEquals(0.00095, b.perPigEquivalentP(0), EPS);
        // Eq. 4: CA = D / PD
        assertEquals(4 / 0.0055, b.capacityN(0), 1e-6);
        assertEquals(1 / 0.00095, b.capacityP(0), 1e-6);
        // Eq. 5: I = RE / CA, which equals S / D
        assertEquals(2.75, b.lccsrN(0), EPS);
        assertEquals(1.9, b.lccsrP(0), EPS);
        assertEquals(b.pigEquivalents(0) / b.capacityN(0), b.lccsrN(0), EPS);
        assertEquals(0.05, b.lccsrN(1), EPS);
        assertEquals(0.2, b.lccsrP(2), EPS);
        assertEquals(7, b.surplusN(0), EPS);
        assertEquals(0.9, b.surplusP(0), EPS);
        assertEquals(9.5, b.deficitN(1), EPS);
        assertEquals((2.75 + 0.05 + 0.2) / 3, b.meanLccsrN(), EPS);
        assertEquals((1.9 + 0.05 + 0.2) / 3, b.meanLccsrP(), EPS);
        assertTrue(b.isSource(0));
        assertFalse(b.isSource(1));
    }

    @Test
    void theExcessIsSetByTheBindingNutrientAndKeepsTheSourcesNToPRatio() {
        NutrientBalance b = NutrientBalance.of(TinyManure.data());
        double excess = b.excessPigEquivalents(0);
        assertEquals(2000 - 4 / 0.0055, excess, 1e-9);
        assertEquals(7, excess * b.perPigEquivalentN(0), 1e-9); // N surplus leaves exactly
        assertEquals(1.9 * 7 / 11, excess * b.perPigEquivalentP(0), 1e-9); // P follows at the source's ratio
        assertEquals(0, b.excessPigEquivalents(1));
    }

    @Test
    void greatCircleKilometresOfFiveDegreesOfLatitude() {
        assertEquals(5 * Math.PI / 180 * 6371.0088, GreatCircle.km(0, 0, 0, 5), 1e-9);
        assertEquals(0, GreatCircle.km(116.41, 39.9, 116.41, 39.9), 1e-12);
        // Beijing - Shanghai, about 1,070 km
        assertEquals(1067, GreatCircle.km(116.41, 39.90, 121.47, 31.23), 10);
    }
}
