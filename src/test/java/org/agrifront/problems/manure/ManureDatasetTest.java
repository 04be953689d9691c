package org.agrifront.problems.manure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reconstructed China 2020 dataset against the paper's published figures (Xu et al. 2026). */
class ManureDatasetTest {
    static final Path DATA = Path.of("problems/manure-china-2020");

    @Test
    void nationalTotalsEqualThePapersWithinOnePercent() {
        ManureData d = ManureReader.read(DATA);
        NutrientBalance b = NutrientBalance.of(d);
        // Table 1 (Mt) by type: pig, beef cattle, dairy cattle, poultry
        double[] paperN = {2.04, 1.97, 0.468, 2.46}, paperP = {0.348, 0.300, 0.089, 0.437};
        double[] pigEqShare = {34.7, 23.4, 4.80, 37.0};
        assertEquals(List.of("pig", "beef_cattle", "dairy_cattle", "poultry"), d.types());
        double totalPe = 0;
        double[] pe = new double[4], n = new double[4], p = new double[4];
        for (int i = 0; i < d.size(); i++) {
            for (int t = 0; t < 4; t++) {
                double h = d.heads(i, t);
                pe[t] += NutrientBalance.pigEquivalents(h, d.headsPer100PigEquivalents(t));
                n[t] += h * d.coefficientN(i, t) / 1e9;
                p[t] += h * d.coefficientP(i, t) / 1e9;
            }
        }
        for (double x : pe) totalPe += x;
        for (int t = 0; t < 4; t++) {
            within(paperN[t], n[t], "manure N of " + d.types().get(t));
            within(paperP[t], p[t], "manure P of " + d.types().get(t));
            within(pigEqShare[t], 100 * pe[t] / totalPe, "pig-equivalent share of " + d.types().get(t));
        }
        within(6.94, sum(d.size(), b::supplyN) / 1e6, "manure N");
        within(1.175, sum(d.size(), b::supplyP) / 1e6, "manure P (paper 1.17-1.18)");
        within(24.3, sum(d.size(), d::cropN) / 1e6, "crop N demand");
        within(6.46, sum(d.size(), d::cropP) / 1e6, "crop P demand");
        within(0.932, b.meanLccsrN(), "mean N LCCSR");
        within(0.486, b.meanLccsrP(), "mean P LCCSR");
    }

    @Test
    void theSourcesNamedSharesAndHeilongjiangsDeficitAreThePapers() {
        ManureData d = ManureReader.read(DATA);
        NutrientBalance b = NutrientBalance.of(d);
        List<String> sources = new ArrayList<>();
        for (int s : TransferNetwork.sources(b)) sources.add(d.code(s));
        assertEquals(List.of("FJ", "XZ", "QH"), sources);
        int xz = d.indexOf("XZ"), qh = d.indexOf("QH"), fj = d.indexOf("FJ"), hl = d.indexOf("HL");
        within(7.58, b.lccsrN(xz), "Tibet N LCCSR");
        within(1.91, b.lccsrP(xz), "Tibet P LCCSR");
        within(0.146, b.surplusN(xz) / 1e6, "Tibet N surplus");
        within(0.013, b.surplusP(xz) / 1e6, "Tibet P surplus");
        within(6.03, b.lccsrN(qh), "Qinghai N LCCSR");
        within(2.58, b.lccsrP(qh), "Qinghai P LCCSR");
        within(0.144, b.surplusN(qh) / 1e6, "Qinghai N surplus");
        within(0.016, b.surplusP(qh) / 1e6, "Qinghai P surplus");
        within(1.04, b.lccsrN(fj), "Fujian N LCCSR");
        within(0.010, b.surplusN(fj) / 1e6, "Fujian N surplus");
        double total = sum(d.size(), b::supplyN);
        within(22.2, 100 * (b.supplyN(d.indexOf("SD")) + b.supplyN(d.indexOf("SC")) + b.supplyN(d.indexOf("HA"))) / total, "SD+SC+HA");
        within(0.583, 100 * (b.supplyN(d.indexOf("BJ")) + b.supplyN(d.indexOf("SH")) + b.supplyN(d.indexOf("TJ"))) / total, "BJ+SH+TJ");
        within(1.28, b.deficitN(hl) / 1e6, "Heilongjiang N deficit");
        for (int i = 0; i < d.size(); i++) assertTrue(b.deficitN(i) <= b.deficitN(hl), d.code(i) + " has a larger N deficit than HL");
    }

    @Test
    void theCommittedTablesAreExactlyWhatTheReconstructionWrites(@TempDir Path tmp) throws IOException {
        ManureReconstruction.compute(DATA).write(tmp);
        for (String f : ManureReconstruction.writtenFiles()) {
            assertArrayEquals(Files.readAllBytes(DATA.resolve(f)), Files.readAllBytes(tmp.resolve(f)), f + " differs from its reconstruction");
        }
    }

    private static void within(double paper, double actual, String what) {
        assertEquals(paper, actual, 0.01 * Math.abs(paper), what + ": paper " + paper + ", dataset " + actual);
    }

    private static double sum(int n, java.util.function.IntToDoubleFunction f) {
        double s = 0;
        for (int i = 0; i < n; i++) s += f.applyAsDouble(i);
        return s;
    }
}
