package org.agrifront.problems.manure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agrifront.core.Constraint;
import org.agrifront.core.Encoding;
import org.agrifront.core.Individual;
import org.agrifront.core.Objective;
import org.agrifront.core.Output;
import org.agrifront.core.Problem;
import org.agrifront.core.RealEncoding;
import org.agrifront.core.Repair;
import org.agrifront.io.Numbers;

/**
 * Interprovincial manure transfer (Xu et al. 2026, npj Sustain. Agric.): every source province (LCCSR &gt; 1) sends
 * its whole excess, in NLPE units that keep its N:P ratio, to its candidate recipients.
 * <ul>
 * <li><b>Decision</b>: one weight in [0, 1] per (source, recipient) link; a source's shares are its weights
 * normalised to sum 1 (equal shares if all are 0).</li>
 * <li><b>Objectives</b> (both minimised): transport, Σ (t N + t P moved) × great-circle km between province points
 * (the paper: Euclidean distance between cropland centroids); GWP of applying the moved manure N in the recipients,
 * t CO2e (direct N2O with the recipient's factor, IPCC indirect N2O, paddy CH4; see {@link GhgFactors}).</li>
 * <li><b>Constraints</b>: no recipient's LCCSR above 1 after the transfer, for N and for P; the violation is the
 * sum over recipients of LCCSR − 1 where positive.</li>
 * </ul>
 * Both objectives and the loads are linear in the shares ({@link TransferNetwork}), so the single-objective optima
 * are linear programmes (the {@code exact} package's manure model).
 */
public final class ManureProblem implements Problem<double[]> {
    private final String name;
    private final TransferNetwork net;
    private final RealEncoding encoding;
    private final Map<String, Object> provenance;
    private final List<Objective> objectives = List.of(
            Objective.min("transport", "t km (N + P moved x great-circle km)"),
            Objective.min("gwp", "t CO2e (application in recipients)"));
    private final List<Constraint> constraints = List.of(
            new Constraint("recipient_lccsr_n", "LCCSR above 1, summed over recipients", "every recipient's N LCCSR <= 1 after the transfer"),
            new Constraint("recipient_lccsr_p", "LCCSR above 1, summed over recipients", "every recipient's P LCCSR <= 1 after the transfer"));
    private final List<Output> outputs = List.of(
            new Output("max_gwp_increase_pct", "% of the recipient's baseline agricultural GHG"),
            new Output("max_recipient_lccsr_n", "-"),
            new Output("max_recipient_lccsr_p", "-"),
            new Output("mean_lccsr_n_after", "- (unweighted over provinces)"),
            new Output("mean_lccsr_p_after", "- (unweighted over provinces)"));

    public ManureProblem(String name, TransferNetwork net, Map<String, Object> provenance) {
        this.name = name;
        this.net = net;
        this.encoding = RealEncoding.uniform(net.links(), 0, 1);
        this.provenance = provenance == null ? Map.of() : provenance;
    }

    public TransferNetwork network() {
        return net;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Encoding<double[]> encoding() {
        return encoding;
    }

    @Override
    public List<Objective> objectives() {
        return objectives;
    }

    @Override
    public List<Constraint> constraints() {
        return constraints;
    }

    @Override
    public void evaluate(double[] genome, double[] objectives, double[] violations) {
        int recipients = net.recipients();
        double[] loadN = new double[recipients], loadP = new double[recipients];
        double transport = 0, gwp = 0;
        for (int s = 0, sources = net.sourceCount(); s < sources; s++) {
            int a = net.firstLink(s), b = net.endLink(s);
            double sum = 0;
            for (int l = a; l < b; l++) sum += Math.max(0, genome[l]);
            for (int l = a; l < b; l++) {
                double share = sum > 0 ? Math.max(0, genome[l]) / sum : 1.0 / (b - a);
                transport += share * net.tonneKm(l);
                gwp += share * net.co2e(l);
                int k = net.linkSlot(l);
                loadN[k] += share * net.nitrogen(l);
                loadP[k] += share * net.phosphorus(l);
            }
        }
        double overN = 0, overP = 0;
        for (int k = 0; k < recipients; k++) {
            overN += net.excess(k, loadN[k], true);
            overP += net.excess(k, loadP[k], false);
        }
        objectives[0] = transport;
        objectives[1] = gwp;
        violations[0] = overN;
        violations[1] = overP;
    }

    @Override
    public List<Output> outputs() {
        return outputs;
    }

    @Override
    public void computeOutputs(double[] genome, double[] values) {
        TransferPlan plan = new TransferPlan(net, genome);
        values[0] = plan.ghgIncreasePercent(plan.largestGhgIncrease());
        values[1] = plan.maxRecipientLccsrN();
        values[2] = plan.maxRecipientLccsrP();
        values[3] = plan.meanLccsrNAfter();
        values[4] = plan.meanLccsrPAfter();
    }

    @Override
    public List<String> initializations() {
        return List.of("random", NEUTRAL);
    }

    @Override
    public String defaultInitialization() {
        return NEUTRAL;
    }

    /**
     * {@code neutral}: uniform random weights (as {@code random}) moved into the recipients' carrying capacity by
     * the {@link CapacityRepair}, so that every member sends each source's whole excess within capacity wherever
     * the candidates can take it. Uses no exact knowledge.
     */
    @Override
    public double[] initialGenome(String initialization, int index, int size, java.util.random.RandomGenerator rng) {
        if (!NEUTRAL.equals(initialization)) return Problem.super.initialGenome(initialization, index, size, rng);
        double[] g = encoding.random(rng);
        new CapacityRepair(net).repair(g);
        return g;
    }

    @Override
    public Optional<Repair<double[]>> repair() {
        return Optional.of(new CapacityRepair(net));
    }

    @Override
    public String variableName(int i) {
        return net.data().code(net.source(net.linkSource(i))) + ">" + net.data().code(net.linkRecipient(i));
    }

    @Override
    public List<String> variableAttributeNames() {
        return List.of("source", "recipient", "km", "pig_equivalents_at_share_1", "n_t_at_share_1", "p_t_at_share_1",
                "t_co2e_at_share_1");
    }

    @Override
    public List<String> variableAttributes(int l) {
        return List.of(net.data().code(net.source(net.linkSource(l))), net.data().code(net.linkRecipient(l)),
                Numbers.format(net.km(l)), Numbers.format(net.pigEquivalents(l)), Numbers.format(net.nitrogen(l)),
                Numbers.format(net.phosphorus(l)), Numbers.format(net.co2e(l)));
    }

    @Override
    public void writeArtifacts(Path runDir, List<Individual<double[]>> front) {
        ManureOutcome.write(runDir, this, front);
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>(provenance);
        NutrientBalance b = net.balance();
        ManureData data = net.data();
        d.put("provinces", data.size());
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (int s = 0; s < net.sourceCount(); s++) {
            List<String> to = new ArrayList<>();
            for (int l = net.firstLink(s); l < net.endLink(s); l++) to.add(data.code(net.linkRecipient(l)));
            links.put(data.code(net.source(s)), to);
        }
        d.put("recipients", links);
        d.put("meanLccsrBefore", Map.of("n", b.meanLccsrN(), "p", b.meanLccsrP()));
        GhgFactors g = net.ghg();
        Map<String, Object> ghg = new LinkedHashMap<>();
        ghg.put("gwpN2o", g.gwpN2o());
        ghg.put("gwpCh4", g.gwpCh4());
        ghg.put("fracGasm", g.fracGasm());
        ghg.put("ef4", g.ef4());
        ghg.put("fracLeach", g.fracLeach());
        ghg.put("ef5", g.ef5());
        d.put("ghg", ghg);
        d.put("distance", "great-circle km between province points (haversine, R = 6371.0088 km)");
        return d;
    }
}
