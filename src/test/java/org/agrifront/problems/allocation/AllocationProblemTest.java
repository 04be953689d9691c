package org.agrifront.problems.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.agrifront.core.CategoricalGenome;
import org.agrifront.core.Problem;
import org.agrifront.core.variation.Mutation;
import org.agrifront.core.variation.OperatorSpec;
import org.agrifront.io.InputException;
import org.agrifront.problems.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocationProblemTest {
    @TempDir
    Path dir;

    @Test
    void totalsViolationsAndBaselineBoundsByHand() throws IOException {
        AllocationProblem p = TinyAllocation.load(TinyAllocation.write(dir));
        assertEquals(List.of("carbon", "food"), p.objectives().stream().map(o -> o.name()).toList());
        assertEquals(List.of("water"), p.outputs().stream().map(o -> o.name()).toList());
        byte[] base = p.baselineAllocation().orElseThrow(); // crop forest pasture forest crop pasture crop forest
        double[] obj = new double[2], viol = new double[2];
        p.evaluate(base, obj, viol);
        assertEquals(2 + 12 + 7 + 11 + 3 + 4 + 2 + 13, obj[0], 1e-12);
        assertEquals(9 + 0 + 4 + 0 + 10 + 2.5 + 8 + 0, obj[1], 1e-12); // 33.5
        // water 5+2+6+2+6+5+5+2 = 33 >= 30; food 33.5 in [0.9 x 33.5, 40]
        assertArrayEquals(new double[] {0, 0}, viol);
        assertEquals(33.5, p.objectiveReferences().get("food"), 1e-12);
        byte[] forest = new byte[8]; // all forest: water 20 (short 10 of 30), food 0 (short 30.15 of 30.15)
        p.evaluate(forest, obj, viol);
        assertEquals(10.0 / 30, viol[0], 1e-12);
        assertEquals(1.0, viol[1], 1e-12);
        byte[] crop = {1, 1, 1, 2, 1, 1, 1, 1}; // food 9+6+7+1+10+5+8+4 = 50 > 40: 10 over, relative to 40
        p.evaluate(crop, obj, viol);
        assertEquals(10.0 / 40, viol[1], 1e-12);
    }

    @Test
    void foundByTheServiceLoaderAndCommentsIgnored() throws IOException {
        Problem<?> p = Problems.load(TinyAllocation.write(dir));
        assertTrue(p instanceof AllocationProblem);
        assertTrue(Problems.typeNames().contains("allocation"));
    }

    @Test
    void incrementalEvaluationEqualsFullAfterRandomChanges() throws IOException {
        AllocationProblem p = TinyAllocation.load(TinyAllocation.write(dir));
        SplittableRandom rng = new SplittableRandom(5);
        CategoricalGenome g = CategoricalGenome.of(p, p.initialGenome("random", 0, 1, rng));
        double[] o1 = new double[2], v1 = new double[2], o2 = new double[2], v2 = new double[2];
        g.evaluate(p, o1, v1);
        for (int step = 0; step < 500; step++) {
            int c = rng.nextInt(8);
            byte[] allowed = p.allowedOptions()[c];
            g.set(c, allowed[rng.nextInt(allowed.length)]);
            g.evaluate(p, o1, v1);
            p.evaluate(g.genes().clone(), o2, v2);
            assertArrayEquals(o2, o1);
            assertArrayEquals(v2, v1);
        }
    }

    @Test
    void startsAndOperatorsUseOnlyAllowedOptionsAndTheNeutralStartIsFeasible() throws IOException {
        AllocationProblem p = TinyAllocation.load(TinyAllocation.write(dir));
        assertEquals(Problem.NEUTRAL, p.defaultInitialization());
        assertFalse(p.isInformed(Problem.NEUTRAL));
        SplittableRandom rng = new SplittableRandom(3);
        double[] obj = new double[2], viol = new double[2];
        for (int i = 0; i < 50; i++) {
            byte[] g = p.initialGenome(Problem.NEUTRAL, i, 50, rng);
            assertTrue(g[3] != 1, "crop is not allowed in c4");
            p.evaluate(g, obj, viol);
            assertArrayEquals(new double[] {0, 0}, viol, "neutral member " + i + " repaired to feasibility");
        }
        for (String op : List.of("reset:genes=3", "weighted-best:genes=4,random=0.5", "group-block:blocks=2,level=0",
                "weighted-best:repair=1")) {
            @SuppressWarnings("unchecked")
            Mutation<CategoricalGenome> m = (Mutation<CategoricalGenome>) p.mutation(OperatorSpec.parse(op)).orElseThrow();
            CategoricalGenome g = CategoricalGenome.of(p, p.baselineAllocation().orElseThrow());
            for (int i = 0; i < 300; i++) {
                m.mutate(g, rng);
                assertTrue(g.get(3) != 1, op + " never sets crop in c4");
            }
        }
        // the repairing mutation leaves every child feasible here (a feasible allocation is always reachable)
        @SuppressWarnings("unchecked")
        Mutation<CategoricalGenome> m = (Mutation<CategoricalGenome>) p.mutation(AllocationProblem.DEFAULT_MUTATION).orElseThrow();
        CategoricalGenome g = CategoricalGenome.of(p, p.baselineAllocation().orElseThrow());
        for (int i = 0; i < 200; i++) {
            m.mutate(g, rng);
            g.evaluate(p, obj, viol);
            assertArrayEquals(new double[] {0, 0}, viol);
        }
    }

    @Test
    void theRepairReachesFeasibilityFromEveryAllForestStart() throws IOException {
        AllocationProblem p = TinyAllocation.load(TinyAllocation.write(dir));
        byte[] g = new byte[8];
        p.repair().orElseThrow().repair(g);
        double[] obj = new double[2], viol = new double[2];
        p.evaluate(g, obj, viol);
        assertArrayEquals(new double[] {0, 0}, viol);
    }

    // ---- bad input: one error naming file, line and field ----

    static InputException loadError(Path problem) {
        return assertThrows(InputException.class, () -> TinyAllocation.load(problem));
    }

    @Test
    void unknownOptionColumn() throws IOException {
        Path p = TinyAllocation.write(dir);
        Files.writeString(dir.resolve("food.csv"), Files.readString(dir.resolve("food.csv")).replace("id,forest,crop,pasture", "id,forest,crop,pastur"));
        InputException e = loadError(p);
        assertTrue(e.getMessage().contains("food.csv:1: field 'pastur': unknown option column"), e.getMessage());
    }

    @Test
    void duplicateIdInCellsAndInAValuesFile() throws IOException {
        Path p = TinyAllocation.write(dir);
        String cells = Files.readString(dir.resolve("cells.csv"));
        Files.writeString(dir.resolve("cells.csv"), cells.replace("c5,11.5", "c4,11.5"));
        InputException e = loadError(p);
        assertTrue(e.getMessage().contains("cells.csv:6: field 'id': duplicate id 'c4' (also on line 5)"), e.getMessage());
        Files.writeString(dir.resolve("cells.csv"), cells);
        Files.writeString(dir.resolve("water.csv"), Files.readString(dir.resolve("water.csv")).replace("c6,2,3,5", "c5,2,3,5"));
        e = loadError(p);
        assertTrue(e.getMessage().contains("water.csv:7: field 'id': duplicate id 'c5' (also on line 6)"), e.getMessage());
    }

    @Test
    void nonNumericValue() throws IOException {
        Path p = TinyAllocation.write(dir);
        Files.writeString(dir.resolve("carbon.csv"), Files.readString(dir.resolve("carbon.csv")).replace("c3,9,2.5,7", "c3,9,2.5,seven"));
        InputException e = loadError(p);
        assertTrue(e.getMessage().contains("carbon.csv:4: field 'pasture': expected a number (or an empty field: option not allowed), found 'seven'"),
                e.getMessage());
    }

    @Test
    void baselineNamingAnUnknownOrDisallowedOption() throws IOException {
        Path p = TinyAllocation.write(dir);
        String cells = Files.readString(dir.resolve("cells.csv"));
        Files.writeString(dir.resolve("cells.csv"), cells.replace("c3,12.5,50.5,a,pasture", "c3,12.5,50.5,a,meadow"));
        InputException e = loadError(p);
        assertTrue(e.getMessage().contains("cells.csv:4: field 'current': unknown option 'meadow'; options: forest, crop, pasture"), e.getMessage());
        Files.writeString(dir.resolve("cells.csv"), cells.replace("c4,10.5,49.5,b,forest", "c4,10.5,49.5,b,crop"));
        e = loadError(p);
        assertTrue(e.getMessage().contains("cells.csv:5: field 'current': option 'crop' is not allowed in cell 'c4': its field is empty in carbon.csv"),
                e.getMessage());
    }

    @Test
    void unknownIdsAndMissingRowsAndBadJson() throws IOException {
        Path p = TinyAllocation.write(dir);
        String water = Files.readString(dir.resolve("water.csv"));
        Files.writeString(dir.resolve("water.csv"), water.replace("c8,2,4,4", "c9,2,4,4"));
        assertTrue(loadError(p).getMessage().contains("water.csv:9: field 'id': id 'c9' is not a cell of cells.csv"));
        Files.writeString(dir.resolve("water.csv"), water.replace("c8,2,4,4\n", ""));
        assertTrue(loadError(p).getMessage().contains("water.csv: no row for cell 'c8' of cells.csv"));
        Files.writeString(dir.resolve("water.csv"), water);
        Files.writeString(p, TinyAllocation.PROBLEM.replace("\"value\": \"water\"", "\"value\": \"rain\""));
        assertTrue(loadError(p).getMessage().contains("field '$.constraints[0].value': no values table 'rain'; $.values names: carbon, food, water"));
        Files.writeString(p, TinyAllocation.PROBLEM.replace("\"groups\"", "\"group\""));
        assertTrue(loadError(p).getMessage().contains("field '$.group': unknown field"));
    }
}
