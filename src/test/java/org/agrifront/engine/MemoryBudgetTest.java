package org.agrifront.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.agrifront.core.Problem;
import org.agrifront.experiment.StudyFixtures;
import org.agrifront.problems.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that cannot fit in the heap fail before they start, with the sizes in the message; counts never overflow. */
class MemoryBudgetTest {
    @TempDir
    Path root;

    @Test
    void aPopulationBeyondTheHeapIsRefusedAndAnOrdinaryOneIsNot() throws Exception {
        Problem<?> p = Problems.load(StudyFixtures.tradeoff(root)); // 16 binary genes, 2 objectives
        long heap = 1L << 30;
        assertDoesNotThrow(() -> MemoryBudget.check(p, AlgorithmSpec.of("nsga2", 100_000), heap));
        // 3 populations x (16 + 8 x 4 + 160 bytes) = 624 bytes a solution; 2e9 of them need 1.25 TB
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MemoryBudget.check(p, AlgorithmSpec.of("nsga2", 2_000_000_000), heap));
        assertTrue(e.getMessage().startsWith("population 2000000000 of tradeoff (16 genes) needs at least 1248.0 GB, more than the 1.1 GB this Java may use"),
                e.getMessage());
    }

    @Test
    void referenceDirectionCountsSaturateInsteadOfWrapping() {
        assertEquals(1001, ReferenceDirections.count(2, 1000));
        assertEquals(120, ReferenceDirections.count(8, 3));
        assertEquals(Long.MAX_VALUE, ReferenceDirections.count(8, 1_000_000));
        assertEquals(Integer.MAX_VALUE - 3, Algorithms.defaultPopulation("nsga3", 8, Map.of("divisions", 1e6)));
    }
}
