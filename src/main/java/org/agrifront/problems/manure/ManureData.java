package org.agrifront.problems.manure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The provincial inputs of the manure study (Xu et al. 2026): province points and N2O emission factors, livestock
 * head counts by type with their pig-equivalent ratios, manure nutrient coefficients per head, crop nutrient demand,
 * the parameters of Eq. 2 and the greenhouse-gas inputs of the recipients. Index {@code i} is a province in the
 * order of {@code provinces.csv}; index {@code t} a livestock type in the order of {@code livestock-types.csv}.
 * Quantities: heads; kg per head and year; tonnes per year; Mt CO2e per year.
 */
public final class ManureData {

    /** A province: two-letter code, name, the point used for distances (WGS 84) and its direct N2O factor. */
    public record Province(String code, String name, double lon, double lat, String efRegion, double n2oEfDirect) {
    }

    /**
     * Eq. 2 parameters of one province: FP, the share of crop demand met by fertilisation; MP, the manure share of
     * fertilisation; MR, the seasonal utilisation of manure nutrients; each for N and P.
     */
    public record BalanceParameters(double fpN, double fpP, double mpN, double mpP, double mrN, double mrP) {
        /** D / A for nitrogen: FP·MP / MR. */
        public double demandRatioN() {
            return fpN * mpN / mrN;
        }

        public double demandRatioP() {
            return fpP * mpP / mrP;
        }
    }

    /**
     * Greenhouse-gas inputs of a province as a recipient: the crop manure is applied to ({@code paddy} or
     * {@code upland}), extra CH4 per kg of manure N applied, and the baseline agricultural emissions.
     */
    public record Ghg(String applicationCrop, double ch4PerN, double baselineMt) {
    }

    private final List<Province> provinces;
    private final List<String> types;
    private final double[] headsPer100PigEquivalents;
    private final double[][] heads;
    private final double[][] coefficientN;
    private final double[][] coefficientP;
    private final double[] cropN;
    private final double[] cropP;
    private final List<BalanceParameters> parameters;
    private final List<Ghg> ghg;
    private final Map<String, Object> provenance;
    private final Map<String, Integer> index = new HashMap<>();

    public ManureData(List<Province> provinces, List<String> types, double[] headsPer100PigEquivalents,
                      double[][] heads, double[][] coefficientN, double[][] coefficientP, double[] cropN,
                      double[] cropP, List<BalanceParameters> parameters, List<Ghg> ghg, Map<String, Object> provenance) {
        int n = provinces.size();
        if (heads.length != n || coefficientN.length != n || coefficientP.length != n || cropN.length != n
                || cropP.length != n || parameters.size() != n || ghg.size() != n) {
            throw new IllegalArgumentException("every table needs one entry per province (" + n + ")");
        }
        if (headsPer100PigEquivalents.length != types.size()) {
            throw new IllegalArgumentException("one pig-equivalent ratio per livestock type expected");
        }
        this.provinces = List.copyOf(provinces);
        this.types = List.copyOf(types);
        this.headsPer100PigEquivalents = headsPer100PigEquivalents.clone();
        this.heads = heads;
        this.coefficientN = coefficientN;
        this.coefficientP = coefficientP;
        this.cropN = cropN.clone();
        this.cropP = cropP.clone();
        this.parameters = List.copyOf(parameters);
        this.ghg = List.copyOf(ghg);
        this.provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
        for (int i = 0; i < n; i++) {
            if (index.put(provinces.get(i).code(), i) != null) {
                throw new IllegalArgumentException("province " + provinces.get(i).code() + " listed twice");
            }
        }
    }

    public int size() {
        return provinces.size();
    }

    public List<Province> provinces() {
        return provinces;
    }

    public Province province(int i) {
        return provinces.get(i);
    }

    public String code(int i) {
        return provinces.get(i).code();
    }

    /** Index of province {@code code}, or -1. */
    public int indexOf(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    public List<String> types() {
        return types;
    }

    /** Heads of type {@code t} that make 100 pig equivalents (the Guidelines: 100 pigs = 15 dairy cows = ...). */
    public double headsPer100PigEquivalents(int t) {
        return headsPer100PigEquivalents[t];
    }

    public double heads(int i, int t) {
        return heads[i][t];
    }

    /** Manure N available for land application per head and year, kg. */
    public double coefficientN(int i, int t) {
        return coefficientN[i][t];
    }

    public double coefficientP(int i, int t) {
        return coefficientP[i][t];
    }

    /** Crop nutrient demand A (Eq. 1), t N per year. */
    public double cropN(int i) {
        return cropN[i];
    }

    public double cropP(int i) {
        return cropP[i];
    }

    public BalanceParameters parameters(int i) {
        return parameters.get(i);
    }

    public Ghg ghg(int i) {
        return ghg.get(i);
    }

    public Map<String, Object> provenance() {
        return provenance;
    }
}
