package org.agrifront.problems.manure;

import java.util.List;
import java.util.Map;

/**
 * A three-province instance small enough to compute by hand. Two livestock types: pig (100 per 100 pig equivalents)
 * and cattle (30 per 100). Points on the meridian 0°: A at 0° N, C at 5° N, B at 10° N.
 * <pre>
 *          heads         kg/head N,P          A (t)    FP  MP  MR(N,P)
 *   A  1000 pig 300 cattle   pig 5,1 cattle 20,3     N 4 P 2   .5  .5  .25 .5   source
 *   B  100 pig               same                    N 10 P 4  .5  .5  .25 .5   recipient, EF .010, no CH4
 *   C  200 pig               same                    N 5 P 2   .5  .5  .25 .5   recipient, EF .005, CH4 1 kg/kg N
 * </pre>
 * By hand: RE_A = 1000 + 300·100/30 = 2000; S_A = 11 t N, 1.9 t P; D_A = 4 t N (A·.5·.5/.25), 1 t P (A·.5·.5/.5);
 * PD_A = 5.5 kg N, 0.95 kg P; CA_A = 727.27 (N), 1052.63 (P) pig equivalents; I_A = 2.75 (N), 1.9 (P); excess
 * 2000 − 727.27 = 1272.73 pig equivalents = 7 t N + 1.20909 t P. B: S 0.5 / 0.1 t, D 10 / 2 t, I 0.05 / 0.05,
 * room 9.5 t N, 1.9 t P. C: S 1 / 0.2 t, D 5 / 1 t, I 0.2 / 0.2, room 4 t N, 0.8 t P.
 */
public final class TinyManure {
    private TinyManure() {
    }

    public static ManureData data() {
        List<ManureData.Province> provinces = List.of(
                new ManureData.Province("A", "Alpha", 0, 0, "I", 0.0056),
                new ManureData.Province("B", "Beta", 0, 10, "I", 0.010),
                new ManureData.Province("C", "Gamma", 0, 5, "I", 0.005));
        double[][] heads = {{1000, 300}, {100, 0}, {200, 0}};
        double[][] coefN = {{5, 20}, {5, 20}, {5, 20}};
        double[][] coefP = {{1, 3}, {1, 3}, {1, 3}};
        ManureData.BalanceParameters p = new ManureData.BalanceParameters(0.5, 0.5, 0.5, 0.5, 0.25, 0.5);
        return new ManureData(provinces, List.of("pig", "cattle"), new double[] {100, 30}, heads, coefN, coefP,
                new double[] {4, 10, 5}, new double[] {2, 4, 2}, List.of(p, p, p),
                List.of(new ManureData.Ghg("upland", 0, 10), new ManureData.Ghg("upland", 0, 10), new ManureData.Ghg("paddy", 1, 20)),
                Map.of());
    }

    /** A sends to B (link 0) and C (link 1). */
    public static ManureProblem problem() {
        ManureData d = data();
        NutrientBalance b = NutrientBalance.of(d);
        return new ManureProblem("tiny", new TransferNetwork(d, b, GhgFactors.DEFAULTS, new int[][] {{1, 2}}), Map.of());
    }
}
