package org.agrifront.engine.moea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.moeaframework.core.Solution;
import org.moeaframework.core.comparator.EpsilonBoxDominanceComparator;
import org.moeaframework.core.population.EpsilonBoxDominanceArchive;

/** Regression: MOEA Framework's int epsilon-box index saturates above ~2e7 / epsilon; the wide comparator does not. */
class WideEpsilonBoxComparatorTest {

    static Solution point(double f1, double f2) {
        Solution s = new Solution(0, 2, 0);
        s.setObjectiveValues(new double[] {f1, f2});
        return s;
    }

    @Test
    void largeObjectivesInDifferentBoxesStayApart() {
        Solution a = point(3.0e8, 3.0e7), b = point(2.9e8, 3.1e7), c = point(3.1e8, 3.2e7);
        EpsilonBoxDominanceComparator library = new EpsilonBoxDominanceComparator(0.01);
        library.compare(a, b);
        assertTrue(library.isSameBox(), "the library puts both in one (saturated) box");

        WideEpsilonBoxComparator wide = new WideEpsilonBoxComparator(0.01);
        assertEquals(0, wide.compare(a, b), "a trade-off: neither dominates");
        assertFalse(wide.isSameBox());
        assertEquals(-1, wide.compare(a, c), "a dominates c");

        EpsilonBoxDominanceArchive narrow = new EpsilonBoxDominanceArchive(0.01);
        EpsilonBoxDominanceArchive archive = new EpsilonBoxDominanceArchive(wide);
        for (Solution s : new Solution[] {a, b, c}) {
            narrow.add(s);
            archive.add(s);
        }
        assertEquals(1, narrow.size());
        assertEquals(2, archive.size());
    }
}
