package org.agrifront.problems.manure;

/**
 * Factors of the application-phase greenhouse-gas objective, per kg of manure N applied in a recipient province:
 * <pre>
 *   CO2e = (EF_direct + FracGASM·EF4 + FracLEACH·EF5) · 44/28 · GWP_N2O  +  CH4 · GWP_CH4
 * </pre>
 * EF_direct is the recipient's direct N2O-N factor ({@code provinces.csv}, the provincial inventory guideline's six
 * regions); the indirect N2O-N terms (volatilisation and re-deposition, leaching and runoff) use the IPCC 2006
 * Guidelines' defaults (Vol. 4, Ch. 11, Table 11.3: FracGASM = 0.20 for manure, EF4 = 0.010, FracLEACH = 0.30,
 * EF5 = 0.0075); 44/28 turns N2O-N into N2O; CH4 is the recipient's extra methane per kg manure N ({@code ghg.csv}:
 * paddy fields emit more CH4 when organic fertiliser replaces mineral N, the paper's "indirect" emissions;
 * upland fields none). GWP_N2O = 298 and GWP_CH4 = 25 (100-year, IPCC AR4), as in the paper.
 */
public record GhgFactors(double gwpN2o, double gwpCh4, double fracGasm, double ef4, double fracLeach, double ef5) {
    public static final GhgFactors DEFAULTS = new GhgFactors(298, 25, 0.20, 0.010, 0.30, 0.0075);
    /** Mass ratio N2O / N2O-N. */
    public static final double N2O_PER_N2O_N = 44.0 / 28.0;

    /** Largest plausible global-warming potential (SF6's, the largest in IPCC tables, is 23,500). */
    public static final double MAX_GWP = 1e5;

    public GhgFactors {
        range("gwpN2o", gwpN2o, MAX_GWP);
        range("gwpCh4", gwpCh4, MAX_GWP);
        // fractions of N and emission factors (kg N2O-N per kg N) are shares of one kilogram
        range("fracGasm", fracGasm, 1);
        range("ef4", ef4, 1);
        range("fracLeach", fracLeach, 1);
        range("ef5", ef5, 1);
    }

    private static void range(String name, double v, double max) {
        if (!(v >= 0 && v <= max)) {
            throw new IllegalArgumentException(name + ": expected a number in [0, " + (max == 1 ? "1" : String.valueOf((long) max))
                    + "], found " + v);
        }
    }

    /** N2O (direct + indirect) in kg CO2e per kg manure N applied where the direct factor is {@code efDirect}. */
    public double n2oCo2ePerN(double efDirect) {
        return (efDirect + fracGasm * ef4 + fracLeach * ef5) * N2O_PER_N2O_N * gwpN2o;
    }

    /** Total kg CO2e per kg manure N applied. */
    public double co2ePerN(double efDirect, double ch4PerN) {
        return n2oCo2ePerN(efDirect) + ch4PerN * gwpCh4;
    }
}
