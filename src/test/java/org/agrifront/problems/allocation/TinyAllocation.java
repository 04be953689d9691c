package org.agrifront.problems.allocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrifront.problems.ProblemSource;

/** Writes small allocation problems into a folder for tests. */
final class TinyAllocation {
    private TinyAllocation() {
    }

    static final String PROBLEM = """
            {"type": "allocation", "name": "tiny", "_comment": "a comment the reader ignores",
             "cells": "cells.csv", "options": ["forest", "crop", "pasture"],
             "values": {"carbon": "carbon.csv", "food": "food.csv", "water": "water.csv"},
             "objectives": [{"name": "carbon", "sense": "max", "unit": "t C"}, {"name": "food", "sense": "max"}],
             "constraints": [{"value": "water", "min": 30}, {"value": "food", "min": {"baseline": "current", "factor": 0.9}, "max": 40}],
             "baseline": "current", "groups": ["region"]}
            """;

    /** Eight cells, three options; cell c4 cannot be crop. */
    static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("problem.json"), PROBLEM);
        Files.writeString(dir.resolve("cells.csv"), """
                id,lon,lat,region,current
                c1,10.5,50.5,a,crop
                c2,11.5,50.5,a,forest
                c3,12.5,50.5,a,pasture
                c4,10.5,49.5,b,forest
                c5,11.5,49.5,b,crop
                c6,12.5,49.5,b,pasture
                c7,10.5,48.5,b,crop
                c8,11.5,48.5,b,forest
                """);
        Files.writeString(dir.resolve("carbon.csv"), """
                id,forest,crop,pasture
                c1,10,2,5
                c2,12,3,6
                c3,9,2.5,7
                c4,11,,4
                c5,8,3,5.5
                c6,10.5,1,4
                c7,9.5,2,6
                c8,13,4,5
                """);
        Files.writeString(dir.resolve("food.csv"), """
                id,forest,crop,pasture
                c1,0,9,3
                c2,0,6,2
                c3,0,7,4
                c4,0,,1
                c5,0,10,3
                c6,0,5,2.5
                c7,0,8,3
                c8,0,4,1
                """);
        Files.writeString(dir.resolve("water.csv"), """
                id,forest,crop,pasture
                c1,3,5,6
                c2,2,4,5
                c3,3,4,6
                c4,2,,4
                c5,3,6,5
                c6,2,3,5
                c7,3,5,6
                c8,2,4,4
                """);
        return dir.resolve("problem.json");
    }

    static AllocationProblem load(Path problemFile) {
        return AllocationReader.read(ProblemSource.of(problemFile, null));
    }
}
