package org.agrifront.engine;

/**
 * The payload both adapters keep per solution: the working genome and its last evaluation in natural units.
 * The library-side objective and constraint values are derived from it by {@link RunContext}.
 */
public final class Candidate<W> {
    public final W genome;
    public final double[] objectives;
    public final double[] violations;
    public double totalViolation;
    public boolean evaluated;

    public Candidate(W genome, int objectives, int constraints) {
        this.genome = genome;
        this.objectives = new double[objectives];
        this.violations = new double[constraints];
    }

    private Candidate(W genome, Candidate<W> other) {
        this.genome = genome;
        this.objectives = other.objectives.clone();
        this.violations = other.violations.clone();
        this.totalViolation = other.totalViolation;
        this.evaluated = other.evaluated;
    }

    /** A copy with {@code genome} (already copied by the caller) and this candidate's evaluation. */
    public Candidate<W> withGenome(W genome) {
        return new Candidate<>(genome, this);
    }
}
