package org.agrifront.engine.jmetal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.core.RealEncoding;
import org.agrifront.engine.Candidate;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.bounds.Bounds;

/**
 * A jMetal {@link DoubleSolution} over a real genome, for the algorithms with their own real-valued operators (DE,
 * particle swarms). {@link #variables()} is a writable view of the candidate's {@code double[]}, so the library
 * reads and moves the genes in place; bounds come from the problem's {@link RealEncoding}. Constraints are stored
 * as {@code -violation} (jMetal treats values {@code < 0} as violated).
 */
final class RealSolution implements DoubleSolution, CarriesCandidate<double[]> {
    private static final long serialVersionUID = 1L;
    final transient Candidate<double[]> candidate;
    private final transient List<Bounds<Double>> bounds;
    private final double[] objectives;
    private final double[] constraints;
    private final Map<Object, Object> attributes;

    RealSolution(Candidate<double[]> candidate, List<Bounds<Double>> bounds, int objectives, int constraints) {
        this.candidate = candidate;
        this.bounds = bounds;
        this.objectives = new double[objectives];
        this.constraints = new double[constraints];
        this.attributes = new HashMap<>();
    }

    private RealSolution(RealSolution other) {
        this.candidate = other.candidate.withGenome(other.candidate.genome.clone());
        this.bounds = other.bounds;
        this.objectives = other.objectives.clone();
        this.constraints = other.constraints.clone();
        this.attributes = new HashMap<>(other.attributes);
    }

    @Override
    public Candidate<double[]> candidate() {
        return candidate;
    }

    @Override
    public List<Double> variables() {
        double[] x = candidate.genome;
        return new AbstractList<>() {
            @Override
            public Double get(int index) {
                return x[index];
            }

            @Override
            public Double set(int index, Double value) {
                double old = x[index];
                x[index] = value;
                candidate.evaluated = false;
                return old;
            }

            @Override
            public int size() {
                return x.length;
            }
        };
    }

    @Override
    public Bounds<Double> getBounds(int index) {
        return bounds.get(index);
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
    public RealSolution copy() {
        return new RealSolution(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RealSolution other && Arrays.equals(candidate.genome, other.candidate.genome);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(candidate.genome);
    }
}
