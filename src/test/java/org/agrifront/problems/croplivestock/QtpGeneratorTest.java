package org.agrifront.problems.croplivestock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The synthetic plateau: determined by its seed, with the structure its Javadoc promises. */
class QtpGeneratorTest {
    static QtpData data(int cells, long seed) {
        return QtpAssembler.assemble(Path.of("synthetic"), QtpGenerator.build(new QtpGenerator.Params(cells, seed)), Map.of());
    }

    @Test
    void theSeedDeterminesTheInstance() {
        QtpData a = data(100, 8), b = data(100, 8), c = data(100, 9);
        assertArrayEquals(a.current(), b.current());
        assertArrayEquals(a.nominal().biomass(), b.nominal().biomass());
        assertFalse(java.util.Arrays.equals(a.current(), c.current()));
    }

    @Test
    void theDefaultInstanceHasThePromisedStructure() {
        QtpData d = data(200, 8);
        assertEquals(200, d.cells());
        assertEquals(8, d.basins().size());
        assertEquals(7, d.basins().stream().filter(QtpData.Basin::exorheic).count());
        int high = 0, overgrazed = 0;
        QtpEvaluator ev = new QtpEvaluator(d, d.nominal());
        for (int i = 0; i < d.cells(); i++) {
            if (d.highConflict()[i]) high++;
            double crops = 0, eaten = 0;
            for (Activity a : Activity.all()) {
                if (a.isCrop()) crops += d.current(i, a);
                eaten += d.nominal().biomassPerHead()[a.ordinal()] * d.current(i, a);
            }
            assertEquals(d.cropland()[i], crops, 1e-9, "cropland is today's crop area");
            if (eaten > d.nominal().biomass()[i]) overgrazed++;
            // safe water is 20% of runoff, safe N 2 mg/L of it: their ratio is 0.2 / 0.002
            assertEquals(100, d.safe()[0][i] / d.safe()[2][i], 0.1);
        }
        assertEquals(40, high, 1); // top 20% of conflict probabilities
        assertTrue(overgrazed > 20 && overgrazed < 80, "over-grazed cells: " + overgrazed);
        // just allowances: 1.5 x today's plateau load per person x population
        for (int k = 0; k < 4; k++) {
            double allowance = 0, today = ev.currentObjectives()[k];
            for (int i = 0; i < d.cells(); i++) today += d.nominal().human()[k][i];
            for (QtpData.Region r : d.regions()) allowance += r.just()[k];
            assertEquals(1.5 * today, allowance, 1.5 * today * 1e-4);
        }
    }
}
