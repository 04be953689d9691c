package org.agrifront.problems.landuse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.agrifront.core.Problem;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.io.TextTable;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.ProblemType;
import org.agrifront.problems.Problems;

/** Reads {@code "type": "landuse-robust"} problem files ({@link RobustLandUseSpec}). */
public final class RobustLandUseType implements ProblemType {
    /** Columns of {@code scenario-optima.csv} that regret mode reads: scenario, then each objective's gain. */
    public static final List<String> OPTIMA_COLUMNS = List.of("scenario", "carbon_gain_percent", "crop_gain_percent", "runoff_gain_percent");

    @Override
    public String type() {
        return "landuse-robust";
    }

    @Override
    public String description() {
        return "one land-use allocation judged under several climate scenarios (worst-case, mean or regret gains; every target in every scenario)";
    }

    @Override
    public Problem<?> load(ProblemSource source) {
        return loadRobust(source);
    }

    public static RobustLandUseProblem loadRobust(ProblemSource source) {
        Path file = source.file();
        RobustLandUseSpec spec = Json.read(file, RobustLandUseSpec.class);
        RobustLandUseProblem.Mode mode;
        try {
            mode = spec.mode() == null ? RobustLandUseProblem.Mode.WORST : RobustLandUseProblem.Mode.parse(spec.mode());
        } catch (IllegalArgumentException e) {
            throw Json.invalid(file, "$.mode", e.getMessage());
        }
        double factor = spec.constraintFactor() == null ? 1.0 : spec.constraintFactor();
        if (!(factor > 0 && factor <= 10)) throw Json.invalid(file, "$.constraintFactor", "expected a number in (0, 10], found " + factor);
        List<RobustLandUseSpec.Scenario> list = Json.require(file, "$.scenarios", spec.scenarios());
        if (list.isEmpty()) throw Json.invalid(file, "$.scenarios", "expected at least one scenario");
        List<String> names = new ArrayList<>();
        List<LandUseData> data = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.scenarios[" + i + "]";
            RobustLandUseSpec.Scenario sc = list.get(i);
            if (sc == null) throw Json.invalid(file, at, "expected an object with 'name' and 'problem'");
            String name = Json.require(file, at + ".name", sc.name());
            if (!name.matches("[A-Za-z0-9.-]+")) {
                throw Json.invalid(file, at + ".name", "'" + name + "': use letters, digits, '.' and '-' (it prefixes column names)");
            }
            if (!seen.add(name)) throw Json.invalid(file, at + ".name", "scenario name '" + name + "' given twice");
            Path problemFile = source.resolve(Json.require(file, at + ".problem", sc.problem()));
            if (!Files.isRegularFile(problemFile)) throw Json.invalid(file, at + ".problem", "problem file " + problemFile + " not found");
            // errors name the scenario's own file (and line, field)
            LandUseProblem single = LandUseType.loadLandUse(ProblemSource.of(problemFile, source.dataOverride()));
            LandUseData d = single.data();
            if (sc.perturbation() != null) {
                try {
                    d = perturb(d, sc.perturbation());
                } catch (IllegalArgumentException e) {
                    throw Json.invalid(file, at + ".perturbation", e.getMessage());
                }
            }
            if (!data.isEmpty()) {
                String mismatch = RobustLandUseProblem.mismatch(data.get(0), d);
                if (mismatch != null) {
                    throw Json.invalid(file, at + ".problem", "scenario '" + name + "' (" + problemFile + ") " + mismatch
                            + " than scenario '" + names.get(0) + "' (" + files.get(0) + "); all scenarios need the same cells in the same order");
                }
            }
            names.add(name);
            data.add(d);
            files.add(problemFile);
        }
        double[][] optima = null;
        if (mode == RobustLandUseProblem.Mode.REGRET) {
            if (spec.scenarioOptima() == null) {
                throw Json.invalid(file, "$.scenarioOptima", "regret mode needs each scenario's optima: run 'bounds' on this file in "
                        + "worst mode and name its scenario-optima.csv here");
            }
            optima = readOptima(source.resolve(spec.scenarioOptima()), names);
        }
        String name = spec.name() != null ? spec.name() : Problems.defaultName(file);
        try {
            return new RobustLandUseProblem(name, names, data, mode, factor, optima);
        } catch (ArithmeticException e) {
            throw Json.invalid(file, "$.constraintFactor", "constraint factor " + factor + " times the reference totals is too large: " + e.getMessage());
        }
    }

    /** Each scenario's optimum gain (percent) of carbon, crop and runoff from {@code bounds}' scenario-optima.csv. */
    public static double[][] readOptima(Path file, List<String> names) {
        if (!Files.isRegularFile(file)) {
            throw InputException.file(file, "file not found: run 'bounds' on the problem in worst mode first (it writes scenario-optima.csv)");
        }
        TextTable t = TextTable.read(file, TextTable.Delimiter.COMMA).requireRows();
        t.requireColumns(OPTIMA_COLUMNS.toArray(String[]::new));
        double[][] out = new double[names.size()][];
        for (int r = 0; r < t.size(); r++) {
            int s = names.indexOf(t.text(r, "scenario"));
            if (s < 0) throw t.error(r, "scenario", "scenario '" + t.text(r, "scenario") + "' is not one of this problem's " + names);
            if (out[s] != null) throw t.error(r, "scenario", "scenario '" + names.get(s) + "' listed twice");
            out[s] = new double[3];
            for (int k = 0; k < 3; k++) out[s][k] = t.number(r, OPTIMA_COLUMNS.get(k + 1));
        }
        for (int s = 0; s < out.length; s++) {
            if (out[s] == null) throw InputException.file(file, "no row for scenario '" + names.get(s) + "'");
        }
        return out;
    }

    /** The seeded perturbation of {@link RobustLandUseSpec.Perturbation}. */
    static LandUseData perturb(LandUseData d, RobustLandUseSpec.Perturbation p) {
        if (p.seed() == null) throw new IllegalArgumentException("seed: required");
        double spread = p.spread() == null ? 0.05 : p.spread();
        if (!(spread >= 0 && spread <= 1)) throw new IllegalArgumentException("spread: expected a number in [0, 1], found " + spread);
        SplittableRandom rng = new SplittableRandom(p.seed());
        long[] raw = d.rawValues();
        long[] out = new long[raw.length];
        for (int i = 0; i < raw.length; i++) out[i] = Math.round(raw[i] * Math.exp(spread * rng.nextGaussian() - spread * spread / 2));
        int n = d.cells();
        double[] lon = new double[n], lat = new double[n];
        int[] biome = new int[n], unit = new int[n];
        for (int c = 0; c < n; c++) {
            lon[c] = d.lon(c);
            lat[c] = d.lat(c);
            biome[c] = d.biome(c);
            unit[c] = d.unit(c);
        }
        double[] ref = new double[LandUseData.SERVICES];
        for (LandUseData.Service s : LandUseData.Service.values()) ref[s.ordinal()] = d.reference(s);
        Map<String, Object> prov = new java.util.LinkedHashMap<>(d.provenance());
        prov.put("perturbation", "values x exp(" + spread + " z - " + spread + "^2/2), z ~ N(0,1), seed " + p.seed());
        return new LandUseData(lon, lat, biome, unit, d.options(), out, ref, prov);
    }
}
