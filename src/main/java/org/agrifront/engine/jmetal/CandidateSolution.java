package org.agrifront.engine.jmetal;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeOps;
import org.uma.jmetal.solution.Solution;

/**
 * A jMetal solution over Agrifront's genome: the {@link Candidate} (genome plus natural-unit evaluation), the
 * minimised objectives jMetal sorts on, and constraints stored as {@code -violation} (jMetal treats values
 * {@code < 0} as violated). {@link #variables()} is a read-only boxed view for jMetal utilities; the GA-type
 * algorithms registered here never call it (their distances are in objective space). Real-valued operators work
 * on {@link RealSolution} instead.
 */
final class CandidateSolution<W> implements Solution<Object>, CarriesCandidate<W> {
    private static final long serialVersionUID = 1L;
    final transient Candidate<W> candidate;
    private final transient GenomeOps<?, W> ops;
    private final double[] objectives;
    private final double[] constraints;
    private final Map<Object, Object> attributes;

    CandidateSolution(Candidate<W> candidate, GenomeOps<?, W> ops, int objectives, int constraints) {
        this.candidate = candidate;
        this.ops = ops;
        this.objectives = new double[objectives];
        this.constraints = new double[constraints];
        this.attributes = new HashMap<>();
    }

    private CandidateSolution(CandidateSolution<W> other) {
        this.candidate = other.candidate.withGenome(other.ops.copy(other.candidate.genome));
        this.ops = other.ops;
        this.objectives = other.objectives.clone();
        this.constraints = other.constraints.clone();
        this.attributes = new HashMap<>(other.attributes);
    }

    @Override
    public Candidate<W> candidate() {
        return candidate;
    }

    /** Total violation (≥ 0) of the last evaluation, read directly by the comparators instead of jMetal's streams. */
    double totalViolation() {
        return candidate.totalViolation;
    }

    @Override
    public List<Object> variables() {
        return new AbstractList<>() {
            @Override
            public Object get(int index) {
                return ops.gene(candidate.genome, index);
            }

            @Override
            public int size() {
                return ops.length(candidate.genome);
            }
        };
    }

    @Override
    public double[] objectives() {
        return objectives;
    }

    @Override
    public double[] constraints() {
        return constraints;
    }

    @Override
    public Map<Object, Object> attributes() {
        return attributes;
    }

    @Override
    public CandidateSolution<W> copy() {
        return new CandidateSolution<>(this);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CandidateSolution<?> other)) return false;
        @SuppressWarnings("unchecked")
        CandidateSolution<W> s = (CandidateSolution<W>) other;
        return ops.sameGenes(candidate.genome, s.candidate.genome);
    }

    @Override
    public int hashCode() {
        return ops.hash(candidate.genome);
    }
}
