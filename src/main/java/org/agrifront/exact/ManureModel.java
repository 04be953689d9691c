package org.agrifront.exact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.core.Problem;
import org.agrifront.problems.manure.ManureProblem;
import org.agrifront.problems.manure.TransferNetwork;

/**
 * The manure transfer problem as a linear programme. Variables: the share y_l ∈ [0, 1] of its source's excess sent
 * along each link; rows: Σ_l y_l = 1 per source (all excess leaves), Σ y_l·N_l ≤ N capacity and Σ y_l·P_l ≤ P
 * capacity per recipient (LCCSR ≤ 1). Transport Σ y_l·tkm_l and GWP Σ y_l·CO2e_l are linear, so:
 * <ul>
 * <li>each single-objective optimum is one LP, made lexicographic (the other objective minimised with the first held
 * at its optimum) so both extremes are Pareto-optimal;</li>
 * <li>the reference front is an ε-constraint sweep: minimise GWP with transport ≤ ε for ε evenly spaced between the
 * two extremes' transport.</li>
 * </ul>
 * LP shares are mapped onto the genome (weights = shares), passed through the problem's capacity repair to absorb
 * solver tolerances, and evaluated by the problem itself, so the written points are in front.csv's units and
 * comparable with any run.
 */
public final class ManureModel implements ExactModel {
    private static final double LEX = 1e-10;

    @Override
    public boolean supports(Problem<?> problem) {
        return problem instanceof ManureProblem;
    }

    @Override
    public BoundsResult solve(Problem<?> p, BoundsOptions options) {
        ManureProblem problem = (ManureProblem) p;
        TransferNetwork net = problem.network();
        int links = net.links();
        try (LinearProgram lp = LinearProgram.lp()) {
            for (int l = 0; l < links; l++) lp.variable(problem.variableName(l), 0, 1);
            for (int s = 0; s < net.sourceCount(); s++) {
                int row = lp.row("all excess of " + net.data().code(net.source(s)) + " leaves", 1, 1);
                for (int l = net.firstLink(s); l < net.endLink(s); l++) lp.coefficient(row, l, 1);
            }
            int[] capN = new int[net.recipients()], capP = new int[net.recipients()];
            for (int k = 0; k < net.recipients(); k++) {
                String code = net.data().code(net.recipient(k));
                capN[k] = lp.row("N capacity of " + code, Double.NEGATIVE_INFINITY, net.capacityN(k));
                capP[k] = lp.row("P capacity of " + code, Double.NEGATIVE_INFINITY, net.capacityP(k));
            }
            for (int l = 0; l < links; l++) {
                lp.coefficient(capN[net.linkSlot(l)], l, net.nitrogen(l));
                lp.coefficient(capP[net.linkSlot(l)], l, net.phosphorus(l));
            }
            int transportRow = lp.row("transport <= epsilon", Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
            int gwpRow = lp.row("gwp <= bound", Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
            for (int l = 0; l < links; l++) {
                lp.coefficient(transportRow, l, net.tonneKm(l));
                lp.coefficient(gwpRow, l, net.co2e(l));
            }
            Sweep sweep = new Sweep(problem, net, lp, transportRow, gwpRow, options.timeLimitMillis());

            ExactPoint minTransport = sweep.lexicographic("min transport", true);
            ExactPoint minGwp = sweep.lexicographic("min gwp", false);
            List<ExactPoint> optima = List.of(minTransport, minGwp);
            List<ExactPoint> front = new ArrayList<>();
            if (minTransport.status().equals("OPTIMAL") && minGwp.status().equals("OPTIMAL")) {
                double lo = sweep.lpTransport.get(0), hi = sweep.lpTransport.get(1);
                int points = Math.max(2, options.frontPoints());
                for (int k = 0; k < points; k++) {
                    double eps = lo + (hi - lo) * k / (points - 1);
                    front.add(sweep.epsilon("eps " + k, eps));
                }
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("model", "manure transfer LP: shares per link, all excess leaves each source, recipient N and P capacity");
            meta.put("solver", "OR-Tools GLOP");
            meta.put("variables", lp.variables());
            meta.put("rows", lp.rows());
            meta.put("lpObjectives", Map.of("minTransport_tkm", sweep.lpTransport.get(0), "minGwp_tCO2e", sweep.lpGwp.get(1)));
            meta.put("frontMethod", "epsilon-constraint: min gwp s.t. transport <= eps, eps evenly spaced between the extremes' transport");
            return new BoundsResult(optima, front, meta);
        }
    }

    /** Solves the LP under changing objectives and row bounds and maps each solution onto the problem. */
    private static final class Sweep {
        final ManureProblem problem;
        final TransferNetwork net;
        final LinearProgram lp;
        final int transportRow;
        final int gwpRow;
        final long timeLimit;
        final List<Double> lpTransport = new ArrayList<>();
        final List<Double> lpGwp = new ArrayList<>();

        Sweep(ManureProblem problem, TransferNetwork net, LinearProgram lp, int transportRow, int gwpRow, long timeLimit) {
            this.problem = problem;
            this.net = net;
            this.lp = lp;
            this.transportRow = transportRow;
            this.gwpRow = gwpRow;
            this.timeLimit = timeLimit;
        }

        void objective(boolean transport) {
            lp.objective(false);
            for (int l = 0; l < net.links(); l++) lp.objectiveCoefficient(l, transport ? net.tonneKm(l) : net.co2e(l));
        }

        /** Minimises one objective, then the other with the first held at its optimum. */
        ExactPoint lexicographic(String label, boolean transportFirst) {
            int firstRow = transportFirst ? transportRow : gwpRow;
            lp.rowBounds(transportRow, Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
            lp.rowBounds(gwpRow, Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
            objective(transportFirst);
            LinearProgram.Solution first = lp.solve(timeLimit);
            if (!first.ok()) return failed(label, first);
            lp.rowBounds(firstRow, Double.NEGATIVE_INFINITY, first.objective() + LEX * Math.abs(first.objective()));
            objective(!transportFirst);
            LinearProgram.Solution second = lp.solve(timeLimit);
            lp.rowBounds(firstRow, Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
            LinearProgram.Solution used = second.ok() ? second : first;
            record(used);
            return point(label, used, first.nanos() + second.nanos());
        }

        ExactPoint epsilon(String label, double eps) {
            lp.rowBounds(gwpRow, Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
            lp.rowBounds(transportRow, Double.NEGATIVE_INFINITY, eps + LEX * Math.abs(eps));
            objective(false);
            LinearProgram.Solution s = lp.solve(timeLimit);
            lp.rowBounds(transportRow, Double.NEGATIVE_INFINITY, LinearProgram.INFINITY);
            return s.ok() ? point(label, s, s.nanos()) : failed(label, s);
        }

        private void record(LinearProgram.Solution s) {
            double t = 0, g = 0;
            for (int l = 0; l < net.links(); l++) {
                t += s.value(l) * net.tonneKm(l);
                g += s.value(l) * net.co2e(l);
            }
            lpTransport.add(t);
            lpGwp.add(g);
        }

        private ExactPoint point(String label, LinearProgram.Solution s, long nanos) {
            double[] genome = new double[net.links()];
            for (int l = 0; l < genome.length; l++) genome[l] = Math.min(1, Math.max(0, s.value(l)));
            problem.repair().orElseThrow().repair(genome);
            double[] obj = new double[problem.numberOfObjectives()];
            double[] viol = new double[problem.numberOfConstraints()];
            double[] out = new double[problem.outputs().size()];
            problem.evaluate(genome, obj, viol);
            problem.computeOutputs(genome, out);
            return new ExactPoint(label, obj, out, viol, genome, s.status().name(), 0.0, nanos / 1e9);
        }

        private ExactPoint failed(String label, LinearProgram.Solution s) {
            double[] nan = new double[problem.numberOfObjectives()];
            java.util.Arrays.fill(nan, Double.NaN);
            double[] out = new double[problem.outputs().size()];
            java.util.Arrays.fill(out, Double.NaN);
            double[] viol = new double[problem.numberOfConstraints()];
            java.util.Arrays.fill(viol, Double.POSITIVE_INFINITY);
            lpTransport.add(Double.NaN);
            lpGwp.add(Double.NaN);
            return new ExactPoint(label, nan, out, viol, null, s.status().name(), Double.NaN, s.nanos() / 1e9);
        }
    }
}
