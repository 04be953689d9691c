package org.agrifront.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The experiment files shipped in experiments/ stay valid as the code changes. */
class ShippedExperimentsTest {
    @Test
    void quickstartIsFortyRunsOfBothAlgorithmsInBothEngines() {
        Study s = StudyReader.read(Path.of("experiments/quickstart.json"));
        assertEquals("quickstart", s.name());
        assertEquals(List.of("moea-nsga2", "jmetal-nsga2", "moea-nsga3", "jmetal-nsga3"),
                s.algorithms().stream().map(Study.StudyAlgorithm::id).toList());
        assertEquals(40, s.tasks().size());
        assertEquals(10_100, s.algorithms().get(0).evaluations());
        assertEquals("landuse-synthetic", s.problems().get(0).name());
    }
}
