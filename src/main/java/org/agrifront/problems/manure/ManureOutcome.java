package org.agrifront.problems.manure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agrifront.core.Individual;
import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;

/**
 * The files a manure run writes next to {@code front.csv}, all for the front's minimum-GWP plan (the plan the paper
 * analyses; ties broken by transport; if no plan is feasible, the least violating one, marked so):
 * <ul>
 * <li>{@code manure-outcome.json}: moved N and P, the sources' LCCSRs and the national mean LCCSRs before and after,
 * the largest relative GHG increase of a recipient, transport, the recipients and the flows;</li>
 * <li>{@code manure-plan.csv}: one row per flow, source → recipient, share, pig equivalents, t N, t P, km, t·km,
 * t CO2e;</li>
 * <li>{@code manure-balance.csv}: every province's Eqs. 2–5 before and after the transfer;</li>
 * <li>{@code manure-flows.geojson} and {@code manure-flows.png}: the flow map ({@link ManureFlowMap}).</li>
 * </ul>
 */
public final class ManureOutcome {
    public static final String OUTCOME = "manure-outcome.json";
    public static final String PLAN = "manure-plan.csv";
    public static final String BALANCE = "manure-balance.csv";

    private ManureOutcome() {
    }

    /** The front's minimum-GWP feasible plan (least violation if none is feasible); null for an empty front. */
    public static Individual<double[]> minimumGwp(List<Individual<double[]>> front) {
        Individual<double[]> best = null;
        for (Individual<double[]> ind : front) {
            if (best == null || better(ind, best)) best = ind;
        }
        return best;
    }

    private static boolean better(Individual<double[]> a, Individual<double[]> b) {
        if (a.feasible() != b.feasible()) return a.feasible();
        if (!a.feasible() && a.totalViolation() != b.totalViolation()) return a.totalViolation() < b.totalViolation();
        if (a.objectives()[1] != b.objectives()[1]) return a.objectives()[1] < b.objectives()[1];
        return a.objectives()[0] < b.objectives()[0];
    }

    public static void write(Path dir, ManureProblem problem, List<Individual<double[]>> front) {
        Individual<double[]> best = minimumGwp(front);
        if (best == null) return;
        TransferPlan plan = new TransferPlan(problem.network(), best.genome());
        org.agrifront.io.Json.write(dir.resolve(OUTCOME), outcome(plan, best, front.size()));
        AtomicFiles.writeString(dir.resolve(PLAN), planCsv(plan));
        AtomicFiles.writeString(dir.resolve(BALANCE), balanceCsv(plan));
        ManureFlowMap.write(dir, plan, String.format(java.util.Locale.ROOT, "%s: minimum-GWP transfer plan%s (%.4g t CO2e, %.4g t km)",
                problem.name(), best.feasible() ? "" : " (INFEASIBLE)", plan.gwp(), plan.transport()));
    }

    /** The content of {@code manure-outcome.json} for {@code plan}. */
    public static Map<String, Object> outcome(TransferPlan plan, Individual<double[]> chosen, int frontSize) {
        TransferNetwork net = plan.network();
        NutrientBalance b = net.balance();
        ManureData d = net.data();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", "minimum GWP of the final front (ties: minimum transport)");
        m.put("feasible", chosen.feasible());
        m.put("front_size", frontSize);
        m.put("moved_n_mt", plan.movedN() / 1e6);
        m.put("moved_p_mt", plan.movedP() / 1e6);
        double pe = 0;
        for (int l = 0; l < net.links(); l++) pe += plan.pigEquivalents(l);
        m.put("moved_pig_equivalents", pe);
        m.put("transport_tkm", plan.transport());
        m.put("gwp_t_co2e", plan.gwp());
        Map<String, Object> srcN = new LinkedHashMap<>(), srcP = new LinkedHashMap<>();
        for (int s = 0; s < net.sourceCount(); s++) {
            int i = net.source(s);
            srcN.put(d.code(i), beforeAfter(b.lccsrN(i), plan.lccsrNAfter(i)));
            srcP.put(d.code(i), beforeAfter(b.lccsrP(i), plan.lccsrPAfter(i)));
        }
        m.put("source_lccsr_n", srcN);
        m.put("source_lccsr_p", srcP);
        m.put("national_mean_lccsr_n", beforeAfter(b.meanLccsrN(), plan.meanLccsrNAfter()));
        m.put("national_mean_lccsr_p", beforeAfter(b.meanLccsrP(), plan.meanLccsrPAfter()));
        int worst = plan.largestGhgIncrease();
        m.put("gwp_increase_pct", plan.ghgIncreasePercent(worst));
        m.put("gwp_increase_province", d.code(worst));
        Map<String, Object> rec = new LinkedHashMap<>();
        double[] inN = new double[d.size()], inP = new double[d.size()];
        for (int l = 0; l < net.links(); l++) {
            inN[net.linkRecipient(l)] += plan.nitrogen(l);
            inP[net.linkRecipient(l)] += plan.phosphorus(l);
        }
        for (int k = 0; k < net.recipients(); k++) {
            int i = net.recipient(k);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("received_n_t", inN[i]);
            r.put("received_p_t", inP[i]);
            r.put("lccsr_n", beforeAfter(b.lccsrN(i), plan.lccsrNAfter(i)));
            r.put("lccsr_p", beforeAfter(b.lccsrP(i), plan.lccsrPAfter(i)));
            double base = d.ghg(i).baselineMt();
            r.put("ghg_mt_co2e", beforeAfter(base, base + plan.ghgIncreaseMt(i)));
            r.put("ghg_increase_pct", plan.ghgIncreasePercent(i));
            rec.put(d.code(i), r);
        }
        m.put("recipients", rec);
        List<Map<String, Object>> flows = new ArrayList<>();
        for (int l = 0; l < net.links(); l++) {
            if (plan.share(l) <= 0) continue;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("source", d.code(net.source(net.linkSource(l))));
            f.put("recipient", d.code(net.linkRecipient(l)));
            f.put("share", plan.share(l));
            f.put("pig_equivalents", plan.pigEquivalents(l));
            f.put("n_t", plan.nitrogen(l));
            f.put("p_t", plan.phosphorus(l));
            f.put("km", net.km(l));
            f.put("t_co2e", plan.co2e(l));
            flows.add(f);
        }
        m.put("flows", flows);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("distance", "great-circle km between the province points of provinces.csv (capitals stand in for cropland centroids)");
        notes.put("transport", "sum over flows of (t N + t P moved) x km");
        notes.put("gwp", "application in recipients: (direct N2O-N factor + IPCC 2006 indirect) x 44/28 x 298 per kg N, plus paddy CH4 x 25");
        notes.put("ghg_baseline", "recipients' baseline agricultural GHG is reconstructed (data README); Sichuan 44.1 and Yunnan 33.1 Mt CO2e are the paper's");
        notes.put("national_mean_lccsr", "unweighted mean over all provinces, as the paper's national average");
        m.put("notes", notes);
        return m;
    }

    private static Map<String, Double> beforeAfter(double before, double after) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("before", before);
        m.put("after", after);
        return m;
    }

    static String planCsv(TransferPlan plan) {
        TransferNetwork net = plan.network();
        ManureData d = net.data();
        StringBuilder sb = new StringBuilder("source,recipient,share,pig_equivalents,n_t,p_t,km,tkm,t_co2e\n");
        for (int l = 0; l < net.links(); l++) {
            if (plan.share(l) <= 0) continue;
            sb.append(d.code(net.source(net.linkSource(l)))).append(',').append(d.code(net.linkRecipient(l)));
            for (double v : new double[] {plan.share(l), plan.pigEquivalents(l), plan.nitrogen(l), plan.phosphorus(l),
                net.km(l), plan.tonneKm(l), plan.co2e(l)}) {
                sb.append(',').append(Numbers.format(v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String balanceCsv(TransferPlan plan) {
        TransferNetwork net = plan.network();
        ManureData d = net.data();
        NutrientBalance b = net.balance();
        boolean[] recipient = new boolean[d.size()];
        for (int k = 0; k < net.recipients(); k++) recipient[net.recipient(k)] = true;
        StringBuilder sb = new StringBuilder("code,name,role,pig_equivalents,supply_n_t,supply_p_t,demand_n_t,demand_p_t,"
                + "pd_n_kg,pd_p_kg,capacity_n_pig_eq,capacity_p_pig_eq,lccsr_n_before,lccsr_p_before,supply_n_after_t,"
                + "supply_p_after_t,lccsr_n_after,lccsr_p_after,ghg_baseline_mt_co2e,ghg_increase_mt_co2e,ghg_increase_pct\n");
        for (int i = 0; i < d.size(); i++) {
            String role = b.isSource(i) ? "source" : recipient[i] ? "recipient" : "";
            sb.append(d.code(i)).append(',').append(csvText(d.province(i).name())).append(',').append(role);
            for (double v : new double[] {b.pigEquivalents(i), b.supplyN(i), b.supplyP(i), b.demandN(i), b.demandP(i),
                1000 * b.perPigEquivalentN(i), 1000 * b.perPigEquivalentP(i), b.capacityN(i), b.capacityP(i), b.lccsrN(i),
                b.lccsrP(i), plan.supplyNAfter(i), plan.supplyPAfter(i), plan.lccsrNAfter(i), plan.lccsrPAfter(i),
                d.ghg(i).baselineMt(), plan.ghgIncreaseMt(i), plan.ghgIncreasePercent(i)}) {
                sb.append(',').append(Numbers.format(v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
