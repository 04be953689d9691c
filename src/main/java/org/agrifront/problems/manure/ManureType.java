package org.agrifront.problems.manure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agrifront.core.Problem;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.ProblemType;
import org.agrifront.problems.Problems;

/** Reads {@code "type": "manure"} problem files. */
public final class ManureType implements ProblemType {
    public static final int DEFAULT_NEAREST = 4;

    @Override
    public String type() {
        return "manure";
    }

    @Override
    public String description() {
        return "interprovincial manure transfer (Xu et al. 2026): shares of each overloaded province's excess sent to recipients; min transport and GWP";
    }

    @Override
    public Problem<?> load(ProblemSource source) {
        return loadManure(source);
    }

    /** Loads the problem with its concrete type (for the exact model and reports). */
    public static ManureProblem loadManure(ProblemSource source) {
        Path file = source.file();
        ManureSpec spec = Json.read(file, ManureSpec.class);
        Path dir = source.dataDir(Json.require(file, "$.data", spec.data()));
        if (!Files.isDirectory(dir)) {
            throw new InputException(file, 0, "$.data", "data folder " + dir + " not found");
        }
        ManureData data = ManureReader.read(dir);
        NutrientBalance balance = NutrientBalance.of(data);
        GhgFactors ghg = ghg(file, spec.ghg());
        int nearest = spec.nearestRecipients() == null ? DEFAULT_NEAREST : spec.nearestRecipients();
        if (nearest < 1) throw Json.invalid(file, "$.nearestRecipients", "expected an integer >= 1, found " + nearest);
        int[] sources = TransferNetwork.sources(balance);
        if (sources.length == 0) {
            throw new InputException(dir.resolve(ManureReader.LIVESTOCK), 0, null,
                    "no province exceeds its land carrying capacity (all LCCSRs <= 1): there is no manure to move");
        }
        Map<String, List<String>> given = spec.recipients() == null ? Map.of() : spec.recipients();
        for (String code : given.keySet()) {
            int i = data.indexOf(code);
            if (i < 0) throw Json.invalid(file, "$.recipients." + code, "unknown province code '" + code + "' (not in " + ManureReader.PROVINCES + ")");
            if (!balance.isSource(i)) {
                throw Json.invalid(file, "$.recipients." + code, String.format(Locale.ROOT,
                        "%s is not a source: its LCCSRs (N %.3f, P %.3f) are not above 1", code, balance.lccsrN(i), balance.lccsrP(i)));
            }
        }
        int[][] recipientsOf = new int[sources.length][];
        for (int s = 0; s < sources.length; s++) {
            String code = data.code(sources[s]);
            List<String> list = given.get(code);
            recipientsOf[s] = list == null ? nearest(data, balance, sources[s], nearest) : codes(file, data, balance, code, list);
        }
        Map<String, Object> provenance = new LinkedHashMap<>(data.provenance());
        String name = spec.name() != null ? spec.name() : Problems.defaultName(file);
        try {
            return new ManureProblem(name, new TransferNetwork(data, balance, ghg, recipientsOf), provenance);
        } catch (IllegalArgumentException e) {
            throw Json.invalid(file, "$.recipients", e.getMessage());
        }
    }

    private static int[] codes(Path file, ManureData data, NutrientBalance balance, String source, List<String> list) {
        if (list.isEmpty()) throw Json.invalid(file, "$.recipients." + source, "expected at least one recipient");
        int[] out = new int[list.size()];
        for (int j = 0; j < list.size(); j++) {
            String c = list.get(j);
            String path = "$.recipients." + source + "[" + j + "]";
            int i = data.indexOf(c);
            if (i < 0) throw Json.invalid(file, path, "unknown province code '" + c + "' (not in " + ManureReader.PROVINCES + ")");
            if (balance.isSource(i)) throw Json.invalid(file, path, c + " is itself a source (LCCSR > 1) and cannot receive manure");
            for (int k = 0; k < j; k++) if (out[k] == i) throw Json.invalid(file, path, c + " listed twice");
            out[j] = i;
        }
        return out;
    }

    /** The k provinces nearest to {@code source} whose N and P LCCSRs are both below 1. */
    static int[] nearest(ManureData data, NutrientBalance balance, int source, int k) {
        ManureData.Province from = data.province(source);
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (i != source && balance.lccsrN(i) < 1 && balance.lccsrP(i) < 1) eligible.add(i);
        }
        eligible.sort(Comparator.comparingDouble((Integer i) -> GreatCircle.km(from.lon(), from.lat(),
                data.province(i).lon(), data.province(i).lat())).thenComparing(i -> i));
        return eligible.subList(0, Math.min(k, eligible.size())).stream().mapToInt(Integer::intValue).toArray();
    }

    private static GhgFactors ghg(Path file, ManureSpec.Ghg g) {
        GhgFactors d = GhgFactors.DEFAULTS;
        if (g == null) return d;
        try {
            return new GhgFactors(or(g.gwpN2o(), d.gwpN2o()), or(g.gwpCh4(), d.gwpCh4()), or(g.fracGasm(), d.fracGasm()),
                    or(g.ef4(), d.ef4()), or(g.fracLeach(), d.fracLeach()), or(g.ef5(), d.ef5()));
        } catch (IllegalArgumentException e) {
            throw Json.invalid(file, "$.ghg", e.getMessage());
        }
    }

    private static double or(Double v, double fallback) {
        return v == null ? fallback : v;
    }
}
