package org.agrifront.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Statistics pinned to values computed once with reference implementations:
 * <ul>
 * <li>SciPy 1.10.1 (Debian bookworm {@code python3-scipy}), script run with {@code /usr/bin/python3}:
 * <pre>
 * import numpy as np; from scipy import stats
 * g1, g2, g3 = (the arrays G1, G2, G3 below)
 * stats.kruskal(g1, g2, g3)                    # H=19.894943194475378, p=4.78484613040419e-05
 * r = stats.mannwhitneyu(a, b, alternative="two-sided", method="asymptotic", use_continuity=True)
 *   # (g1,g2): U=95.0 p=0.0007545409681150701; (g1,g3): U=22.0 p=0.03741989556604335 (both pairs share a
 *   # tied value, so the test is asymptotic); A12 = U / (m n): 0.95, 0.22
 * stats.mannwhitneyu(g2, g3, method="exact")   # no ties: U=0.0, p=1.082508822446903e-05; A12 = 0.0
 * x = np.array(g1); x.mean(), x.std(ddof=1), np.percentile(x, [25, 50, 75])
 *   # 0.7158, 0.014304622407537451, [0.706, 0.7135, 0.72575]
 * stats.bootstrap((x,), np.mean, confidence_level=0.95, n_resamples=20000, method="percentile",
 *                 random_state=np.random.default_rng(1)).confidence_interval   # (0.7075, 0.7244)
 * stats.mannwhitneyu(U_EXACT, V_EXACT, method="exact")   # U=58.0, p=0.13591114767585355
 * </pre></li>
 * <li>R 4.2.2 (Debian bookworm {@code r-base-core}), {@code Rscript}:
 * <pre>
 * p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5, 0.04), method = "holm")   # 0.05 0.12 0.12 0.03 0.5 0.12
 * kruskal.test(list(g1, g2, g3))   # chi-squared = 19.8949431944754, df = 2, p-value = 4.7848461304042e-05
 * quantile(g1, c(.25, .5, .75), type = 7); sd(g1)   # 0.706 0.7135 0.72575; 0.014304622407537453
 * </pre></li>
 * </ul>
 */
class StatisticsReferenceTest {
    static final double[] G1 = {0.712, 0.698, 0.731, 0.705, 0.722, 0.698, 0.741, 0.715, 0.709, 0.727};
    static final double[] G2 = {0.688, 0.701, 0.695, 0.679, 0.703, 0.690, 0.684, 0.698, 0.692, 0.686};
    static final double[] G3 = {0.720, 0.733, 0.728, 0.741, 0.719, 0.736, 0.725, 0.730, 0.738, 0.722};
    static final double[] U_EXACT = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    static final double[] V_EXACT = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.061, 3.14, 1.291};

    @Test
    void kruskalWallisMatchesScipyAndR() {
        KruskalWallis.Result r = KruskalWallis.test(List.of(G1, G2, G3));
        assertEquals(19.894943194475378, r.h(), 1e-12);
        assertEquals(2, r.df());
        assertEquals(4.78484613040419e-05, r.p(), 1e-15);
    }

    @Test
    void mannWhitneyWithTiesMatchesScipysAsymptoticTest() {
        assertMwu(G1, G2, 95.0, 0.0007545409681150701);
        assertMwu(G1, G3, 22.0, 0.03741989556604335);
    }

    @Test
    void mannWhitneyOnSmallSamplesWithoutTiesIsExactAsScipys() {
        assertMwu(G2, G3, 0.0, 1.082508822446903e-05);
        assertMwu(U_EXACT, V_EXACT, 58.0, 0.13591114767585355);
    }

    private static void assertMwu(double[] x, double[] y, double u, double p) {
        MannWhitney.Result r = MannWhitney.test(x, y);
        assertEquals(u, r.u(), 0);
        assertEquals(p, r.p(), 1e-12 * Math.max(p, 1e-3));
    }

    @Test
    void a12IsUOverMnAndMatchesTheScipyUStatistics() {
        assertEquals(0.95, VarghaDelaney.a12(G1, G2), 1e-15);
        assertEquals(0.22, VarghaDelaney.a12(G1, G3), 1e-15);
        assertEquals(0.0, VarghaDelaney.a12(G2, G3), 0);
        // by hand: x = {1, 2, 3}, y = {2, 2}: wins 2 (3 > 2 twice) + ties 2 * 0.5 = 3 of 6 pairs
        assertEquals(0.5, VarghaDelaney.a12(new double[] {1, 2, 3}, new double[] {2, 2}), 0);
        assertEquals("large", VarghaDelaney.magnitude(0.95));
        assertEquals("negligible", VarghaDelaney.magnitude(0.52));
    }

    @Test
    void holmMatchesRsPAdjust() {
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005, 0.5, 0.04});
        assertArrayEquals(new double[] {0.05, 0.12, 0.12, 0.03, 0.5, 0.12}, adjusted, 1e-15);
    }

    @Test
    void descriptiveStatisticsMatchNumpyAndR() {
        Descriptive s = Descriptive.of(G1, 20_000, 1);
        assertEquals(10, s.n());
        assertEquals(0.7158, s.mean(), 1e-15);
        assertEquals(0.014304622407537451, s.sd(), 1e-15);
        assertEquals(0.706, s.q1(), 1e-15);
        assertEquals(0.7135, s.median(), 1e-15);
        assertEquals(0.72575, s.q3(), 1e-15);
        assertEquals(0.72575 - 0.706, s.iqr(), 1e-15);
        assertEquals(0.014304622407537451 / 0.7158, s.cv(), 1e-15);
        // a different generator than SciPy's, so the percentile bounds agree to the bootstrap's own noise only
        assertEquals(0.7075, s.ciLow(), 0.0006);
        assertEquals(0.7244, s.ciHigh(), 0.0006);
    }

    @Test
    void bootstrapIsDeterministicForASeedAndLeavesNaNsOut() {
        double[] withNaN = {0.712, Double.NaN, 0.698, 0.731};
        Descriptive a = Descriptive.of(withNaN, 2000, 7), b = Descriptive.of(withNaN, 2000, 7);
        assertEquals(a, b);
        assertEquals(3, a.n());
        assertTrue(a.ciLow() <= a.mean() && a.mean() <= a.ciHigh());
        assertArrayEquals(new double[] {0.712, Double.NaN, 0.698, 0.731}, withNaN, 0);
    }
}
