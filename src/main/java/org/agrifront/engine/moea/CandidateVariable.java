package org.agrifront.engine.moea;

import org.agrifront.engine.Candidate;
import org.agrifront.engine.GenomeOps;
import org.moeaframework.core.Defined;
import org.moeaframework.core.variable.AbstractVariable;
import org.moeaframework.core.variable.Variable;

/**
 * The whole genome as one MOEA Framework variable (never one object per gene). It carries the
 * {@link Candidate} with its natural-unit evaluation; a MOEA {@code Solution.copy()} copies it (attributes are not
 * copied by MOEA, so nothing lives there).
 */
final class CandidateVariable<W> extends AbstractVariable {
    private static final long serialVersionUID = 1L;
    final transient Candidate<W> candidate;
    private final transient GenomeOps<?, W> ops;

    CandidateVariable(Candidate<W> candidate, GenomeOps<?, W> ops) {
        this.candidate = candidate;
        this.ops = ops;
    }

    @Override
    public CandidateVariable<W> copy() {
        return new CandidateVariable<>(candidate.withGenome(ops.copy(candidate.genome)), ops);
    }

    @Override
    public void randomize() {
        throw new UnsupportedOperationException("Agrifront creates initial genomes through its own initialisation");
    }

    @Override
    public String encode() {
        StringBuilder sb = new StringBuilder();
        int n = ops.length(candidate.genome);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            sb.append(ops.gene(candidate.genome, i));
        }
        return sb.toString();
    }

    @Override
    public void decode(String value) {
        throw new UnsupportedOperationException("decode is not supported; read Agrifront's solutions.csv instead");
    }

    @Override
    public String getDefinition() {
        return Defined.createDefinition(Variable.class, CandidateVariable.class, ops.length(candidate.genome));
    }

    @Override
    public String toString() {
        return "genome(" + ops.length(candidate.genome) + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CandidateVariable<?> other)) return false;
        @SuppressWarnings("unchecked")
        CandidateVariable<W> v = (CandidateVariable<W>) other;
        return ops.sameGenes(candidate.genome, v.candidate.genome);
    }

    @Override
    public int hashCode() {
        return ops.hash(candidate.genome);
    }
}
