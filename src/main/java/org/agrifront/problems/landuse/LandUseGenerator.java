package org.agrifront.problems.landuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.agrifront.io.AtomicFiles;
import org.agrifront.problems.landuse.LandUseData.Service;

/**
 * Writes a synthetic land-use instance in the file formats of the LPJ-GUESS data ({@link LandUseReader} reads it
 * like the real thing): ESquant tables for the four scenarios (plain, space-aligned; and {@code _cor4ProtArea},
 * tab-separated with an {@code ID} column), {@code constraints.csv}, {@code fpu2biomeGrid.csv},
 * {@code fpu2biomeTable.csv}, {@code biome.txt}, the protected-area grid list and the biome legend.
 * <p>
 * The instance imitates the structure of the real data, not its numbers: cells on a 1° grid between 56°S and
 * 76°N; eight climate types by latitude (tropical forest … desert) that set typical carbon, runoff, yield and
 * forage levels, with log-normal cell noise; potential natural vegetation stores the most carbon, crops about half
 * of it, pasture about three quarters; irrigation raises yields and lowers runoff (often below zero); only pasture
 * gives forage. The reference totals come from a fractional "current" land use (mostly natural, about 12% crops,
 * 25% pasture), as the real reference comes from the 2017 land-use fractions. Everything follows from the seed.
 */
public final class LandUseGenerator {
    /** rcp, period of the four scenarios, as in the real data. */
    static final String[][] SCENARIOS = {{"26", "2033-2042"}, {"26", "2090-2099"}, {"60", "2033-2042"}, {"60", "2090-2099"}};
    /** Scenario multipliers of carbon, crop, runoff, forage. */
    private static final double[][] SCENARIO_FACTORS = {
            {1.00, 1.00, 1.00, 1.00}, {1.02, 0.98, 1.00, 1.00}, {1.00, 1.01, 1.015, 0.99}, {1.05, 1.20, 1.10, 1.08}};
    private static final String[] BIOME_NAMES = {"Tropical forest", "Temperate forest", "Boreal forest",
            "Tropical savannas", "Temperate shrub or woodland", "Grassland", "Tundra", "Desert"};
    // per climate type (biome 1..8): PNV carbon, runoff, rainfed C3 cereal yield, pasture forage (file units per cell)
    private static final double[] CARBON = {250, 160, 180, 90, 60, 70, 60, 15};
    private static final double[] RUNOFF = {8000, 4000, 2500, 2500, 1200, 1500, 1500, 200};
    private static final double[] YIELD = {6e6, 12e6, 4e6, 8e6, 7e6, 14e6, 1e6, 2e6};
    private static final double[] FORAGE = {1000, 1500, 800, 2500, 1500, 2500, 500, 200};
    /** Dryness (0 wet .. 1 dry) per climate type: scales irrigation gains and water withdrawal. */
    private static final double[] DRYNESS = {0.1, 0.3, 0.2, 0.6, 0.7, 0.6, 0.2, 0.95};

    private LandUseGenerator() {
    }

    /** Parameters of a synthetic instance. */
    public record Params(int cells, int biomes, int units, long seed) {
        public Params {
            if (cells < 1 || cells > 40_000) throw new IllegalArgumentException("cells must be in 1..40000, found " + cells);
            if (biomes < 1 || biomes > 8) throw new IllegalArgumentException("biomes must be in 1..8, found " + biomes);
            if (units < biomes || units > cells) {
                throw new IllegalArgumentException("units must be in biomes..cells (" + biomes + ".." + cells + "), found " + units);
            }
        }

        /** Folder name of this instance in a cache. */
        public String folderName() {
            return "landuse-c" + cells + "-b" + biomes + "-u" + units + "-s" + seed;
        }
    }

    /** Generates the instance into {@code out} (created if needed); every file is written atomically. */
    public static void generate(Path out, Params p) {
        SplittableRandom rng = new SplittableRandom(p.seed());
        int n = p.cells();
        int k = LandUseData.LAND_USES.size();
        // cells: distinct 1-degree cells
        double[] lon = new double[n], lat = new double[n];
        Set<Long> used = new HashSet<>();
        for (int c = 0; c < n; ) {
            int x = rng.nextInt(360), y = rng.nextInt(132);
            if (!used.add((long) x * 1000 + y)) continue;
            lon[c] = -179.5 + x;
            lat[c] = -55.5 + y;
            c++;
        }
        // climate type by latitude band, with noise; biome label folds the 8 types onto 1..B
        int[] type = new int[n], biome = new int[n];
        for (int c = 0; c < n; c++) {
            type[c] = climateType(Math.abs(lat[c]) + rng.nextDouble(-6, 6), rng);
            biome[c] = (type[c] % p.biomes()) + 1;
        }
        int[] unit = units(lon, lat, biome, p, rng);
        double[] protectedShare = new double[n];
        for (int c = 0; c < n; c++) protectedShare[c] = rng.nextDouble() < 0.15 ? round(rng.nextDouble(), 4) : 0.0;

        // plain values [service][cell][option] for the base scenario, rounded like the real plain tables
        double[][][] base = new double[LandUseData.SERVICES][n][k];
        for (int c = 0; c < n; c++) cellValues(type[c], rng, base, c);
        // fractional current land use per cell
        double[][] current = new double[n][];
        for (int c = 0; c < n; c++) current[c] = currentUse(type[c], rng, k);

        try {
            Files.createDirectories(out.resolve("ESquant"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out, e);
        }
        StringBuilder constraints = new StringBuilder("\"carbon\" \"food\" \"water\" \"forage\" \"rcp\" \t\"timePeriod\" \"timePeriod_short\"\n");
        for (int sc = 0; sc < SCENARIOS.length; sc++) {
            String rcp = SCENARIOS[sc][0], period = SCENARIOS[sc][1];
            double[] refTotals = new double[LandUseData.SERVICES];
            for (Service s : Service.values()) {
                double[][] plain = new double[n][k];
                double[][] corrected = new double[n][k];
                for (int c = 0; c < n; c++) {
                    double noise = 1.0 + 0.03 * rng.nextGaussian();
                    for (int o = 0; o < k; o++) {
                        plain[c][o] = round(base[s.ordinal()][c][o] * SCENARIO_FACTORS[sc][s.ordinal()] * noise, 2);
                    }
                    double share = protectedShare[c];
                    for (int o = 0; o < k; o++) {
                        corrected[c][o] = round(share * plain[c][0] + (1 - share) * plain[c][o], 6);
                        refTotals[s.ordinal()] += current[c][o] * corrected[c][o];
                    }
                }
                String stem = "ESquant_rcp" + rcp + "_" + period + "_INT_" + n + "_v8b_4gcms_" + s.fileCode;
                writePlain(out.resolve("ESquant").resolve(stem + ".txt"), lon, lat, plain);
                writeCorrected(out.resolve("ESquant").resolve(stem + LandUseReader.CORRECTED_SUFFIX + ".txt"), lon, lat, corrected);
            }
            constraints.append(String.format(Locale.ROOT, "%.4f %.4f %.4f %.4f \"%s\" \"%s\" \"%s\"%n",
                    refTotals[0] / Service.CARBON.referenceFactor, refTotals[1] / Service.CROP.referenceFactor,
                    refTotals[2] / Service.RUNOFF.referenceFactor, refTotals[3] / Service.FORAGE.referenceFactor,
                    rcp, period, period.substring(5)));
        }
        AtomicFiles.writeString(out.resolve("constraints.csv"), constraints.toString());
        writeMembership(out, lon, lat, biome, unit, protectedShare, p);
    }

    private static int climateType(double absLat, SplittableRandom rng) {
        if (absLat < 12) return rng.nextDouble() < 0.6 ? 0 : 3;
        if (absLat < 30) {
            double u = rng.nextDouble();
            return u < 0.35 ? 3 : u < 0.6 ? 7 : u < 0.8 ? 5 : 4;
        }
        if (absLat < 50) {
            double u = rng.nextDouble();
            return u < 0.45 ? 1 : u < 0.75 ? 5 : u < 0.9 ? 4 : 7;
        }
        if (absLat < 65) return rng.nextDouble() < 0.7 ? 2 : 1;
        return rng.nextDouble() < 0.6 ? 6 : 2;
    }

    /** Units: Voronoi regions around seed cells drawn within each biome, U seeds shared by biome size. */
    private static int[] units(double[] lon, double[] lat, int[] biome, Params p, SplittableRandom rng) {
        int n = lon.length;
        List<List<Integer>> cellsOf = new ArrayList<>();
        for (int b = 0; b <= p.biomes(); b++) cellsOf.add(new ArrayList<>());
        for (int c = 0; c < n; c++) cellsOf.get(biome[c]).add(c);
        int present = 0;
        for (int b = 1; b <= p.biomes(); b++) if (!cellsOf.get(b).isEmpty()) present++;
        int units = Math.max(p.units(), present);
        int[] seedsOf = new int[p.biomes() + 1];
        int assigned = 0;
        for (int b = 1; b <= p.biomes(); b++) {
            int size = cellsOf.get(b).size();
            if (size == 0) continue;
            seedsOf[b] = Math.max(1, Math.min(size, (int) Math.floor((double) units * size / n)));
            assigned += seedsOf[b];
        }
        // hand out the remainder to the biomes with room, largest first
        while (assigned < units) {
            int bestB = -1;
            double room = -1;
            for (int b = 1; b <= p.biomes(); b++) {
                int size = cellsOf.get(b).size();
                if (size > seedsOf[b] && (double) size / seedsOf[b] > room) {
                    room = (double) size / seedsOf[b];
                    bestB = b;
                }
            }
            if (bestB < 0) break;
            seedsOf[bestB]++;
            assigned++;
        }
        int[] unit = new int[n];
        for (int b = 1; b <= p.biomes(); b++) {
            List<Integer> cells = cellsOf.get(b);
            if (cells.isEmpty()) continue;
            List<Integer> shuffled = new ArrayList<>(cells);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                Integer t = shuffled.get(i);
                shuffled.set(i, shuffled.get(j));
                shuffled.set(j, t);
            }
            List<Integer> seeds = shuffled.subList(0, seedsOf[b]);
            for (int c : cells) {
                int bestS = 0;
                double bestD = Double.MAX_VALUE;
                for (int s = 0; s < seeds.size(); s++) {
                    int q = seeds.get(s);
                    double dx = Math.abs(lon[c] - lon[q]);
                    dx = Math.min(dx, 360 - dx) * Math.cos(Math.toRadians((lat[c] + lat[q]) / 2));
                    double dy = lat[c] - lat[q];
                    double d = dx * dx + dy * dy;
                    if (d < bestD) {
                        bestD = d;
                        bestS = s;
                    }
                }
                unit[c] = b * 1000 + bestS + 1;
            }
        }
        return unit;
    }

    private static void cellValues(int t, SplittableRandom rng, double[][][] v, int c) {
        double carbon = CARBON[t] * lognormal(rng, 0.35);
        double runoff = RUNOFF[t] * lognormal(rng, 0.5);
        double yield = YIELD[t] * lognormal(rng, 0.45);
        double forage = FORAGE[t] * lognormal(rng, 0.45);
        double dry = DRYNESS[t];
        boolean cold = t == 2 || t == 6;
        boolean tropical = t == 0 || t == 3;
        // relative yields of the four rainfed crops: C3 cereals, other C3 crops, maize, rice
        double[] crop = {1.0, 0.9 * lognormal(rng, 0.2), (cold ? 0.0 : tropical ? 1.3 : 1.1) * lognormal(rng, 0.25),
                (cold ? 0.0 : tropical ? 1.2 : 0.6) * lognormal(rng, 0.3)};
        double irrigationGain = 1.2 + 1.6 * dry * lognormal(rng, 0.2);
        double withdrawal = runoff * (0.3 + 2.0 * dry) * lognormal(rng, 0.3);
        v[0][c][0] = carbon;
        v[1][c][0] = 0;
        v[2][c][0] = runoff;
        v[3][c][0] = 0;
        for (int j = 0; j < 4; j++) {
            int rainfed = 1 + 2 * j, irrigated = rainfed + 1;
            double carbonShare = 0.45 + 0.15 * rng.nextDouble();
            v[0][c][rainfed] = carbon * carbonShare;
            v[0][c][irrigated] = carbon * (carbonShare + 0.02);
            v[1][c][rainfed] = yield * crop[j];
            v[1][c][irrigated] = yield * crop[j] * irrigationGain;
            v[2][c][rainfed] = runoff * (1.0 + 0.04 * rng.nextDouble());
            v[2][c][irrigated] = runoff - withdrawal;
            v[3][c][rainfed] = 0;
            v[3][c][irrigated] = 0;
        }
        v[0][c][9] = carbon * (0.6 + 0.25 * rng.nextDouble());
        v[1][c][9] = 0;
        v[2][c][9] = runoff * (1.1 + 0.2 * rng.nextDouble());
        v[3][c][9] = forage;
    }

    /** Fractions of the ten land uses in a cell's "current" land use. */
    private static double[] currentUse(int t, SplittableRandom rng, int k) {
        double[] f = new double[k];
        double crops = t == 7 || t == 6 ? 0.02 : 0.04 + 0.16 * rng.nextDouble();
        double pasture = t == 3 || t == 5 || t == 4 ? 0.2 + 0.3 * rng.nextDouble() : 0.05 + 0.15 * rng.nextDouble();
        f[0] = 1.0 - crops - pasture;
        f[9] = pasture;
        double sum = 0;
        double[] w = new double[8];
        for (int i = 0; i < 8; i++) {
            w[i] = (i % 2 == 1 ? 0.3 : 1.0) * rng.nextDouble();
            sum += w[i];
        }
        for (int i = 0; i < 8; i++) f[1 + i] = crops * w[i] / sum;
        return f;
    }

    private static double lognormal(SplittableRandom rng, double sigma) {
        return Math.exp(sigma * rng.nextGaussian() - sigma * sigma / 2);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    private static void writePlain(Path file, double[] lon, double[] lat, double[][] v) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%8s %8s", "Lon", "Lat"));
        for (String u : LandUseData.LAND_USES) sb.append(String.format(Locale.ROOT, " %15s", u));
        sb.append('\n');
        for (int c = 0; c < lon.length; c++) {
            sb.append(String.format(Locale.ROOT, "%8.2f %8.2f", lon[c], lat[c]));
            for (double x : v[c]) sb.append(String.format(Locale.ROOT, " %15.2f", x));
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    private static void writeCorrected(Path file, double[] lon, double[] lat, double[][] v) {
        StringBuilder sb = new StringBuilder("Lon\tLat");
        for (String u : LandUseData.LAND_USES) sb.append('\t').append(u);
        sb.append("\tID\r\n");
        for (int c = 0; c < lon.length; c++) {
            sb.append(plainNumber(lon[c])).append('\t').append(plainNumber(lat[c]));
            for (double x : v[c]) sb.append('\t').append(plainNumber(x));
            sb.append('\t').append(c + 1).append("\r\n");
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    private static String plainNumber(double x) {
        return org.agrifront.io.Numbers.format(x);
    }

    private static void writeMembership(Path out, double[] lon, double[] lat, int[] biome, int[] unit,
                                        double[] protectedShare, Params p) {
        int n = lon.length;
        StringBuilder grid = new StringBuilder("\"Lon\";\"Lat\";\"ATbiome\";\"FPU_code\";\"newFPU\";\"ID\";\"LONLAT\"\n");
        StringBuilder biomeTxt = new StringBuilder("\"Lon\" \"Lat\" \"ATbiome\"\n");
        StringBuilder prot = new StringBuilder();
        java.util.TreeMap<Integer, int[]> freq = new java.util.TreeMap<>();
        for (int c = 0; c < n; c++) {
            String lo = plainNumber(lon[c]), la = plainNumber(lat[c]);
            grid.append(lo).append(';').append(la).append(';').append(biome[c]).append(';').append(unit[c] % 1000)
                    .append(';').append(unit[c]).append(';').append(c + 1).append(";\"").append(lo).append('/').append(la).append("\"\n");
            biomeTxt.append(lo).append(' ').append(la).append(' ').append(biome[c]).append('\n');
            prot.append(String.format(Locale.ROOT, "%.4f\t%.4f\t%.4f%n", lon[c] - 0.5, lat[c] - 0.5, protectedShare[c]));
            freq.computeIfAbsent(unit[c], u -> new int[1])[0]++;
        }
        StringBuilder table = new StringBuilder("\"newFPU\";\"ATbiome\";\"Freq\"\n");
        freq.forEach((u, f) -> table.append(u).append(';').append(u / 1000).append(';').append(f[0]).append('\n'));
        StringBuilder legend = new StringBuilder("biomID biomName r g b\n");
        for (int b = 1; b <= p.biomes(); b++) legend.append(b).append(" \"").append(BIOME_NAMES[b - 1]).append("\" 0.5 0.5 0.5\n");
        AtomicFiles.writeString(out.resolve("fpu2biomeGrid.csv"), grid.toString());
        AtomicFiles.writeString(out.resolve("fpu2biomeTable.csv"), table.toString());
        AtomicFiles.writeString(out.resolve("biome.txt"), biomeTxt.toString());
        AtomicFiles.writeString(out.resolve("gridlist_hurtt_RNDM_1deg_protarea.txt"), prot.toString());
        AtomicFiles.writeString(out.resolve("legend_biomes_port_AT.txt"), legend.toString());
        AtomicFiles.writeString(out.resolve("README.md"), "# Synthetic land-use instance\n\n"
                + "Generated by `agrifront generate landuse --cells " + p.cells() + " --biomes " + p.biomes()
                + " --units " + p.units() + " --seed " + p.seed() + "`.\n"
                + "Same file layout as the LPJ-GUESS data of the global land-use study; the values are synthetic "
                + "(see LandUseGenerator's documentation), not model output.\n");
    }
}
