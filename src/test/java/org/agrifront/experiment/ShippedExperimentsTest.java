package org.agrifront.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Set;

import org.agrifront.core.Problem;
import org.agrifront.engine.Algorithms;
import org.agrifront.engine.Engines;
import org.agrifront.engine.GenomeKind;
import org.agrifront.io.Json;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * experiments/landuse-neutral.json compares NSGA-II and IBEA (plain and keeping the extremes) from the neutral start within the search budget
     * (at most 200,000 evaluations per run) and never names an informed start.
     */
    @Test
    void landUseNeutralStudyStaysNeutralAndWithinTheBudget() throws Exception {
        StudySpec spec = Json.read(Path.of("experiments/landuse-neutral.json"), StudySpec.class);
        assertEquals(List.of("nsga2", "ibea", "ibea"), spec.algorithms().stream().map(StudySpec.AlgorithmEntry::name).toList());
        for (StudySpec.AlgorithmEntry e : spec.algorithms()) {
            assertEquals("neutral", e.initialization());
            assertEquals(null, e.seeding());
            assertEquals(1000.0, e.parameters().get("archive"));
            assertTrue((long) e.population() * (spec.budget().generations() + 1) <= 200_000, e.label() + " over budget");
        }
        assertEquals(5, spec.seeds().count());
    }

    @TempDir
    Path tmp;

    /**
     * experiments/algorithms.json names every algorithm of the vocabulary, and is otherwise a valid study: the
     * entries of the algorithms an engine registers today (the rest arrive with the engines' algorithm work) are
     * read by {@link StudyReader} with every check it makes. Reference fronts not yet written by {@code bounds}
     * are left out, and without the real land-use data the synthetic instance stands in.
     */
    @Test
    void algorithmsStudyRunsEveryAlgorithmInEveryEngineThatHasItAndValidates() throws Exception {
        Path file = Path.of("experiments/algorithms.json");
        StudySpec spec = Json.read(file, StudySpec.class);
        Set<String> real = Set.of("gde3", "smpso", "omopso", "cmaes");
        java.util.Map<String, Set<String>> engines = new java.util.TreeMap<>();
        List<StudySpec.AlgorithmEntry> registered = new ArrayList<>();
        for (StudySpec.AlgorithmEntry e : spec.algorithms()) {
            assertTrue(Algorithms.known().contains(e.name()), "unknown algorithm " + e.name());
            engines.computeIfAbsent(e.name(), k -> new java.util.TreeSet<>()).add(e.engine());
            assertEquals(real.contains(e.name()), e.problems() != null, e.name() + ": only the real-valued algorithms name their problems");
            assertTrue(Engines.get(e.engine()).algorithms().has(e.name()), e.engine() + " has no " + e.name());
            registered.add(e);
        }
        assertEquals(Set.copyOf(Algorithms.known()), engines.keySet(), "every algorithm of the vocabulary");
        // every engine that has an algorithm runs it
        for (String name : Algorithms.known()) {
            Set<String> having = new java.util.TreeSet<>();
            for (org.agrifront.engine.Engine en : Engines.all()) if (en.algorithms().has(name)) having.add(en.name());
            assertEquals(having, engines.get(name), name);
        }
        assertEquals(4, spec.problems().size());
        assertEquals(10, spec.seeds().count());
        assertTrue(spec.algorithms().stream().allMatch(e -> e.initialization() == null && e.seeding() == null), "neutral starts");

        boolean realData = Files.isDirectory(Path.of("../shared/data/lpjguess"));
        List<StudySpec.ProblemEntry> problems = new ArrayList<>();
        for (StudySpec.ProblemEntry p : spec.problems()) {
            String f = p.file();
            if (f.contains("landuse") && !realData) f = "problems/landuse-synthetic.json";
            String ref = p.referenceFront() != null && Files.isRegularFile(Path.of(p.referenceFront()))
                    ? Path.of(p.referenceFront()).toAbsolutePath().toString() : null;
            problems.add(new StudySpec.ProblemEntry(Path.of(f).toAbsolutePath().toString(), null, ref));
        }
        for (StudySpec.AlgorithmEntry e : registered) {
            if (e.problems() == null) continue;
            for (String name : e.problems()) {
                StudySpec.ProblemEntry p = problems.stream().filter(x -> x.file().endsWith(name + ".json")).findFirst().orElseThrow();
                Problem<?> problem = Problems.load(ProblemSource.of(Path.of(p.file()), null));
                assertEquals(GenomeKind.REAL, GenomeKind.of(problem), name + " for " + e.name());
            }
        }
        StudySpec copy = new StudySpec(spec.name(), spec.description(), problems, registered, spec.seeds(), spec.budget(),
                spec.traceInterval(), spec.threads(), spec.solutions(), spec.analysis());
        Path written = tmp.resolve("algorithms.json");
        Json.MAPPER.writeValue(written.toFile(), copy);
        Study s = StudyReader.read(written);
        long expected = 0;
        for (Study.StudyAlgorithm a : s.algorithms()) {
            for (Study.StudyProblem p : s.problems()) if (a.appliesTo(p.name())) expected += 10;
            assertEquals(Problem.NEUTRAL, a.spec().initialization());
        }
        assertEquals(expected, s.tasks().size());
        assertTrue(s.tasks().size() >= 4 * 4 * 10, "at least nsga2 and nsga3 in both engines on all four problems");
    }
}
