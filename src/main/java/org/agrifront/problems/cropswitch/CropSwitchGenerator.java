package org.agrifront.problems.cropswitch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.agrifront.io.AtomicFiles;
import org.agrifront.io.Numbers;

/**
 * Writes a synthetic China crop-switching instance in the layout {@link CropSwitchReader} reads (the SPAM 2010 v2.0
 * CSV layout plus four small tables), so the synthetic and the real data take the same path.
 * <p>
 * <b>Structure.</b> Cells on SPAM's 5-arc-minute grid ({@code cell5m} = row × 4320 + column from 180°W, 90°N) are
 * scattered around the capitals of China's 31 provinces, in proportion to each province's harvested area of the nine
 * SPAM crops. Each province belongs to one of the paper's seven regions (NE, NC, YZ, SC, NW, SW, TR, Fig. 1), which
 * sets its crop mix, the split of SPAM codes into the 13 crops (winter wheat in the north China plain, spring wheat
 * in the north-east, north-west and Tibet; early and late rice in the Yangtze and the south, middle-season rice
 * elsewhere; summer maize after wheat in the plains, spring maize elsewhere), irrigated shares and climate. A cell
 * grows two to seven of its region's SPAM crops.
 * <p>
 * <b>Values and sources (ranges the draws are centred on; the numbers are synthetic, not the sources' tables).</b>
 * <ul>
 * <li>Harvested areas and yields: China 2010 national yields from FAOSTAT (wheat ≈ 4.7 t/ha, rice ≈ 6.5, maize ≈ 5.5,
 * soybean ≈ 1.8, rapeseed ≈ 1.8, groundnut ≈ 3.5, seed cotton ≈ 3.8, sugar beet ≈ 45, sugarcane ≈ 66 t/ha), regional
 * factors of ±20% and cell noise (log-normal, σ 0.2); harvested area per cell 1,000–10,000 ha (a 5' cell is about
 * 8,500 ha; double cropping raises harvested above physical area).</li>
 * <li>Crop water: seasonal evapotranspiration per crop of 3,800–6,500 m3/ha (12,000 for sugarcane), as FAO-56
 * crop coefficients give (Allen et al. 1998); the effective-rain share of it is green water (25% in the north-west
 * to 80% in the south, lower for winter crops), the rest is the irrigation requirement of an irrigated hectare
 * (blue water; plus 1,500 m3/ha percolation for paddy rice). These match the ranges of Mekonnen &amp; Hoekstra (2011)
 * for China's crops. Irrigated shares: rice 85–95%, wheat 20–80% by region, cotton 98% in Xinjiang.</li>
 * <li>GHG: paddy methane of 2.5–4.5 t CO2e/ha for rice (Carlson et al. 2017, Nature Climate Change), plus nitrous
 * oxide from fertiliser N at 1% N2O-N (IPCC), i.e. 4.7 kg CO2e per kg N, for every crop.</li>
 * <li>Fertiliser, pesticide and net profit: national crop means of the order of the NDRC cost–benefit compendium
 * for 2010 (N 45 kg/ha for soybean to 420 for sugarcane; P2O5 60–130; K2O 45–240; pesticides 2–12 kg/ha, cotton the
 * highest; net profit 0.05–0.35 US$/kg for grains, oilseeds and cotton, about 0.01 for sugar crops), with provincial
 * factors (log-normal, σ 0.2–0.25), as the paper uses provincial averages.</li>
 * <li>Rotations: pairs that share a growing-season slot (winter wheat–rapeseed; summer crops after a winter crop;
 * spring-sown single crops; double-rice slots; sugarcane with dryland crops), an illustration of the paper's
 * 153 calendar-checked rotations, which are not public.</li>
 * </ul>
 * Everything follows from the seed; generating twice gives the same bytes.
 */
public final class CropSwitchGenerator {

    /** The 13 crops: id, SPAM code, name, season. */
    static final String[][] CROPS = {
            {"spring_wheat", "whea", "spring wheat", "single"},
            {"winter_wheat", "whea", "winter wheat", "winter"},
            {"early_rice", "rice", "early rice", "early"},
            {"middle_rice", "rice", "middle-season rice", "summer"},
            {"late_rice", "rice", "late rice", "late"},
            {"spring_maize", "maiz", "spring maize", "single"},
            {"summer_maize", "maiz", "summer maize", "summer"},
            {"soybean", "soyb", "soybean", "summer"},
            {"rapeseed", "rape", "rapeseed", "winter"},
            {"groundnut", "grou", "groundnut", "summer"},
            {"cotton", "cott", "cotton", "single"},
            {"sugarbeet", "sugb", "sugar beet", "single"},
            {"sugarcane", "sugc", "sugarcane", "year"}};

    /** Pairs of crops that may replace each other (same season slot). */
    static final String[][] ROTATIONS = {
            {"winter_wheat", "rapeseed"},
            {"summer_maize", "soybean"}, {"summer_maize", "groundnut"}, {"summer_maize", "middle_rice"},
            {"summer_maize", "cotton"}, {"soybean", "groundnut"}, {"soybean", "middle_rice"}, {"groundnut", "cotton"},
            {"spring_wheat", "spring_maize"}, {"spring_wheat", "rapeseed"}, {"spring_wheat", "sugarbeet"},
            {"spring_maize", "soybean"}, {"spring_maize", "middle_rice"}, {"spring_maize", "sugarbeet"},
            {"spring_maize", "cotton"}, {"spring_maize", "groundnut"}, {"soybean", "sugarbeet"},
            {"early_rice", "spring_maize"}, {"early_rice", "groundnut"}, {"late_rice", "soybean"},
            {"sugarcane", "spring_maize"}, {"sugarcane", "groundnut"}};

    /** SPAM codes of the nine modelled crops, in SPAM's column order. */
    static final String[] CODES = {"whea", "rice", "maiz", "soyb", "grou", "rape", "sugc", "sugb", "cott"};
    private static final double[] YIELD_KG = {4750, 6550, 5450, 1770, 3450, 1780, 66000, 45000, 3800};

    enum Region { NE, NC, YZ, SC, NW, SW, TR }

    /** Province code, name (as SPAM's name_adm1), capital lon, lat, region, harvested area weight, spread (degrees). */
    private record Province(String code, String name, double lon, double lat, Region region, double weight, double spread) {
    }

    // capitals: WGS 84 coordinates; weights: rough 2010 harvested area (Mha) of the nine crops
    private static final Province[] PROVINCES = {
            new Province("BJ", "Beijing", 116.41, 39.90, Region.NC, 0.2, 0.4),
            new Province("TJ", "Tianjin", 117.20, 39.13, Region.NC, 0.4, 0.4),
            new Province("HE", "Hebei", 114.51, 38.04, Region.NC, 7.0, 1.5),
            new Province("SX", "Shanxi", 112.55, 37.87, Region.NC, 3.0, 1.3),
            new Province("NM", "Inner Mongolia", 111.75, 40.84, Region.NW, 6.0, 3.0),
            new Province("LN", "Liaoning", 123.43, 41.80, Region.NE, 3.5, 1.3),
            new Province("JL", "Jilin", 125.32, 43.82, Region.NE, 5.0, 1.5),
            new Province("HL", "Heilongjiang", 126.53, 45.80, Region.NE, 11.0, 2.5),
            new Province("SH", "Shanghai", 121.47, 31.23, Region.YZ, 0.2, 0.3),
            new Province("JS", "Jiangsu", 118.80, 32.06, Region.YZ, 6.0, 1.2),
            new Province("ZJ", "Zhejiang", 120.16, 30.27, Region.YZ, 2.0, 1.0),
            new Province("AH", "Anhui", 117.23, 31.82, Region.YZ, 7.5, 1.3),
            new Province("FJ", "Fujian", 119.30, 26.08, Region.SC, 1.2, 1.0),
            new Province("JX", "Jiangxi", 115.86, 28.68, Region.YZ, 4.0, 1.3),
            new Province("SD", "Shandong", 117.12, 36.65, Region.NC, 9.0, 1.5),
            new Province("HA", "Henan", 113.63, 34.75, Region.NC, 11.0, 1.5),
            new Province("HB", "Hubei", 114.31, 30.59, Region.YZ, 5.5, 1.5),
            new Province("HN", "Hunan", 112.94, 28.23, Region.YZ, 6.0, 1.5),
            new Province("GD", "Guangdong", 113.26, 23.13, Region.SC, 3.0, 1.5),
            new Province("GX", "Guangxi", 108.37, 22.82, Region.SC, 4.0, 1.5),
            new Province("HI", "Hainan", 110.35, 20.02, Region.SC, 0.5, 0.5),
            new Province("CQ", "Chongqing", 106.55, 29.56, Region.SW, 2.0, 0.9),
            new Province("SC", "Sichuan", 104.07, 30.57, Region.SW, 6.5, 2.0),
            new Province("GZ", "Guizhou", 106.63, 26.65, Region.SW, 3.0, 1.2),
            new Province("YN", "Yunnan", 102.83, 24.88, Region.SW, 4.0, 2.0),
            new Province("XZ", "Tibet", 91.11, 29.65, Region.TR, 0.2, 1.5),
            new Province("SN", "Shaanxi", 108.94, 34.34, Region.NW, 3.0, 1.5),
            new Province("GS", "Gansu", 103.83, 36.06, Region.NW, 3.0, 2.0),
            new Province("QH", "Qinghai", 101.78, 36.62, Region.TR, 0.4, 1.0),
            new Province("NX", "Ningxia", 106.23, 38.49, Region.NW, 0.8, 0.7),
            new Province("XJ", "Xinjiang", 87.62, 43.83, Region.NW, 3.5, 3.0)};

    /** Regional share of each SPAM code (CODES order) in the harvested area of the nine crops. */
    private static final double[][] MIX = {
            /* NE */ {0.03, 0.20, 0.45, 0.22, 0.05, 0.00, 0.00, 0.03, 0.00},
            /* NC */ {0.42, 0.03, 0.36, 0.05, 0.07, 0.01, 0.00, 0.00, 0.06},
            /* YZ */ {0.16, 0.45, 0.08, 0.05, 0.04, 0.18, 0.00, 0.00, 0.04},
            /* SC */ {0.00, 0.55, 0.08, 0.05, 0.12, 0.01, 0.19, 0.00, 0.00},
            /* NW */ {0.33, 0.02, 0.36, 0.05, 0.01, 0.05, 0.00, 0.04, 0.14},
            /* SW */ {0.13, 0.30, 0.30, 0.06, 0.03, 0.14, 0.04, 0.00, 0.00},
            /* TR */ {0.55, 0.00, 0.08, 0.07, 0.00, 0.30, 0.00, 0.00, 0.00}};
    /** Regional yield factor per SPAM code. */
    private static final double[][] YIELD_FACTOR = {
            /* NE */ {0.80, 1.10, 1.05, 1.05, 0.95, 1.00, 1.00, 1.00, 1.00},
            /* NC */ {1.15, 0.95, 1.00, 0.95, 1.10, 0.95, 1.00, 1.00, 1.00},
            /* YZ */ {0.95, 1.05, 0.95, 1.00, 1.00, 1.05, 1.00, 1.00, 0.95},
            /* SC */ {0.90, 0.90, 0.80, 0.95, 0.90, 0.90, 1.05, 1.00, 1.00},
            /* NW */ {0.85, 1.00, 1.10, 0.90, 1.00, 0.90, 1.00, 1.10, 1.10},
            /* SW */ {0.80, 1.00, 0.85, 0.95, 0.90, 1.00, 0.95, 1.00, 1.00},
            /* TR */ {0.90, 1.00, 0.90, 0.90, 1.00, 0.95, 1.00, 1.00, 1.00}};
    /** Regional irrigated share per SPAM code. */
    private static final double[][] IRRIGATED = {
            /* NE */ {0.30, 0.95, 0.15, 0.05, 0.10, 0.10, 0.20, 0.40, 0.50},
            /* NC */ {0.75, 0.95, 0.50, 0.20, 0.30, 0.30, 0.20, 0.50, 0.55},
            /* YZ */ {0.35, 0.95, 0.30, 0.10, 0.20, 0.15, 0.20, 0.50, 0.30},
            /* SC */ {0.30, 0.90, 0.10, 0.10, 0.20, 0.10, 0.25, 0.50, 0.30},
            /* NW */ {0.80, 0.95, 0.70, 0.30, 0.40, 0.40, 0.20, 0.70, 0.98},
            /* SW */ {0.20, 0.85, 0.10, 0.05, 0.10, 0.15, 0.30, 0.50, 0.30},
            /* TR */ {0.50, 0.90, 0.40, 0.20, 0.20, 0.30, 0.20, 0.50, 0.50}};
    /** Effective-rain share of crop evapotranspiration per region (summer season). */
    private static final double[] RAIN = {0.60, 0.45, 0.75, 0.80, 0.25, 0.70, 0.50};

    /**
     * Per crop (CROPS order): seasonal ET (m3/ha), net profit (US$/kg), N, P2O5, K2O, pesticide (kg/ha), paddy
     * methane (t CO2e/ha), winter-season rain factor (winter crops in monsoon China get less rain).
     */
    private static final double[][] CROP_BASE = {
            /* spring_wheat */ {4500, 0.050, 180, 90, 40, 3.0, 0.0, 1.0},
            /* winter_wheat */ {4800, 0.060, 200, 95, 45, 3.0, 0.0, 0.7},
            /* early_rice   */ {5000, 0.080, 170, 60, 70, 6.0, 2.5, 1.0},
            /* middle_rice  */ {6500, 0.110, 190, 65, 75, 7.0, 4.5, 1.0},
            /* late_rice    */ {5200, 0.100, 175, 60, 75, 6.5, 4.0, 1.0},
            /* spring_maize */ {5000, 0.090, 210, 75, 50, 2.0, 0.0, 1.0},
            /* summer_maize */ {4200, 0.080, 220, 70, 45, 2.0, 0.0, 1.0},
            /* soybean      */ {4300, 0.170, 45, 70, 45, 2.5, 0.0, 1.0},
            /* rapeseed     */ {3800, 0.100, 160, 75, 60, 2.0, 0.0, 0.8},
            /* groundnut    */ {4200, 0.220, 110, 100, 90, 4.0, 0.0, 1.0},
            /* cotton       */ {6000, 0.350, 250, 110, 110, 12.0, 0.0, 1.0},
            /* sugarbeet    */ {5000, 0.008, 160, 110, 90, 3.0, 0.0, 1.0},
            /* sugarcane    */ {12000, 0.009, 420, 130, 240, 6.0, 0.0, 1.0}};

    private CropSwitchGenerator() {
    }

    /** Parameters of a synthetic instance. */
    public record Params(int cells, long seed) {
        public Params {
            if (cells < 31 || cells > 100_000) throw new IllegalArgumentException("cells must be in 31..100000, found " + cells);
        }

        /** Folder name of this instance in a cache. */
        public String folderName() {
            return "cropswitch-c" + cells + "-s" + seed;
        }
    }

    /** Split of a SPAM code's area into crops (CROPS indices and shares) in a region. */
    static double[] split(Region r, int cropIndex) {
        String code = CROPS[cropIndex][1];
        String id = CROPS[cropIndex][0];
        switch (code) {
            case "whea":
                if (r == Region.NE || r == Region.TR) return new double[] {id.equals("spring_wheat") ? 1 : 0};
                if (r == Region.NW) return new double[] {0.5};
                return new double[] {id.equals("winter_wheat") ? 1 : 0};
            case "rice":
                if (r == Region.YZ) return new double[] {id.equals("middle_rice") ? 0.55 : id.equals("early_rice") ? 0.2 : 0.25};
                if (r == Region.SC) return new double[] {id.equals("middle_rice") ? 0.1 : 0.45};
                return new double[] {id.equals("middle_rice") ? 1 : 0};
            case "maiz":
                if (r == Region.NC) return new double[] {id.equals("summer_maize") ? 0.9 : 0.1};
                if (r == Region.YZ) return new double[] {id.equals("summer_maize") ? 0.6 : 0.4};
                return new double[] {id.equals("spring_maize") ? 1 : 0};
            default:
                return new double[] {1};
        }
    }

    private static int codeIndex(String code) {
        for (int s = 0; s < CODES.length; s++) if (CODES[s].equals(code)) return s;
        throw new IllegalStateException(code);
    }

    /** Generates the instance into {@code out} (created if needed); every file is written atomically. */
    public static void generate(Path out, Params p) {
        SplittableRandom rng = new SplittableRandom(p.seed());
        int n = p.cells();
        int[] cellsOf = apportion(n);
        int total = 0;
        List<int[]> cellRows = new ArrayList<>(); // {province, col, row}
        Set<Long> used = new HashSet<>();
        for (int q = 0; q < PROVINCES.length; q++) {
            Province pr = PROVINCES[q];
            for (int i = 0; i < cellsOf[q]; ) {
                double lon = pr.lon + pr.spread * rng.nextGaussian();
                double lat = pr.lat + 0.7 * pr.spread * rng.nextGaussian();
                if (lon < 73.5 || lon > 134.8 || lat < 18.2 || lat > 53.5) continue;
                int col = (int) Math.floor((lon + 180) * 12), row = (int) Math.floor((90 - lat) * 12);
                if (!used.add((long) row * 4320 + col)) continue;
                cellRows.add(new int[] {q, col, row});
                i++;
                total++;
            }
        }
        assert total == n;

        // province-level tables
        double[][][] province = new double[PROVINCES.length][CROPS.length][]; // share, N, P, K, pest, profit
        for (int q = 0; q < PROVINCES.length; q++) {
            Region r = PROVINCES[q].region;
            for (int j = 0; j < CROPS.length; j++) {
                int s = codeIndex(CROPS[j][1]);
                double share = split(r, j)[0];
                if (MIX[r.ordinal()][s] <= 0 || share <= 0) continue;
                double[] b = CROP_BASE[j];
                double f = lognormal(rng, 0.2);
                province[q][j] = new double[] {share, round(b[2] * f * lognormal(rng, 0.15), 1),
                        round(b[3] * f * lognormal(rng, 0.15), 1), round(b[4] * f * lognormal(rng, 0.15), 1),
                        round(b[5] * lognormal(rng, 0.25), 2), round(b[1] * lognormal(rng, 0.25), 4)};
            }
        }

        StringBuilder haTa = spamHeader("_a"), haTi = spamHeader("_i"), yTa = spamHeader("_a");
        StringBuilder cellCrops = new StringBuilder("cell5m,crop,blue_water_m3_ha,green_water_m3_ha,ghg_t_co2e_ha\n");
        for (int c = 0; c < n; c++) {
            int[] cr = cellRows.get(c);
            Province pr = PROVINCES[cr[0]];
            Region r = pr.region;
            long cell5m = (long) cr[2] * 4320 + cr[1];
            double x = -180 + (cr[1] + 0.5) / 12.0, y = 90 - (cr[2] + 0.5) / 12.0;
            double[] area = new double[CODES.length], irrigated = new double[CODES.length], yield = new double[CODES.length];
            double cellTotal = Math.min(10_000, Math.max(1_000, 3_500 * lognormal(rng, 0.5)));
            double[] weight = new double[CODES.length];
            double sum = 0;
            int present = 0;
            for (int s = 0; s < CODES.length; s++) {
                double mix = MIX[r.ordinal()][s];
                if (mix <= 0 || rng.nextDouble() > Math.min(0.95, 0.25 + 2.5 * mix)) continue;
                weight[s] = mix * lognormal(rng, 0.6);
                sum += weight[s];
                present++;
            }
            if (present < 2) { // every cell grows at least its region's two main crops
                int[] top = topTwo(MIX[r.ordinal()]);
                for (int s : top) {
                    if (weight[s] > 0) continue;
                    weight[s] = MIX[r.ordinal()][s] * lognormal(rng, 0.6);
                    sum += weight[s];
                }
            }
            for (int s = 0; s < CODES.length; s++) {
                if (weight[s] <= 0) continue;
                area[s] = Math.max(1.0, round(cellTotal * weight[s] / sum, 1));
                double share = Math.min(1.0, IRRIGATED[r.ordinal()][s] * (0.7 + 0.6 * rng.nextDouble()));
                irrigated[s] = round(area[s] * share, 1);
                yield[s] = Math.round(YIELD_KG[s] * YIELD_FACTOR[r.ordinal()][s] * lognormal(rng, 0.2));
            }
            String[] lead = {"CHN", "CHN-" + pr.code, Long.toString(10_000_000L + c), Long.toString(cell5m),
                    coordinate(x), coordinate(y)};
            spamRow(haTa, lead, "H", "A", "ha", area, pr, rng, true);
            spamRow(haTi, lead, "H", "I", "ha", irrigated, pr, rng, true);
            spamRow(yTa, lead, "Y", "A", "kg/ha", yield, pr, rng, false);

            // gridded intensities of the crops the cell grows
            double rain = RAIN[r.ordinal()] * lognormal(rng, 0.15);
            double etFactor = lognormal(rng, 0.1);
            for (int j = 0; j < CROPS.length; j++) {
                int s = codeIndex(CROPS[j][1]);
                if (area[s] <= 0 || province[cr[0]][j] == null) continue;
                double[] b = CROP_BASE[j];
                double et = b[0] * etFactor * lognormal(rng, 0.08);
                double rf = Math.max(0.05, Math.min(0.95, rain * b[7]));
                double green = et * rf;
                double blue = et * (1 - rf) + (CROPS[j][1].equals("rice") ? 1500 : 0);
                double ghg = b[6] * lognormal(rng, 0.3) + 0.0047 * province[cr[0]][j][1] * lognormal(rng, 0.3);
                cellCrops.append(cell5m).append(',').append(CROPS[j][0]).append(',').append(Math.round(blue)).append(',')
                        .append(Math.round(green)).append(',').append(Numbers.format(round(ghg, 3))).append('\n');
            }
        }

        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out, e);
        }
        writeLatin1(out.resolve(CropSwitchReader.HARVESTED), haTa);
        writeLatin1(out.resolve(CropSwitchReader.IRRIGATED), haTi);
        writeLatin1(out.resolve(CropSwitchReader.YIELD), yTa);
        AtomicFiles.writeString(out.resolve(CropSwitchReader.CELL_CROPS), cellCrops.toString());
        StringBuilder crops = new StringBuilder("crop,spam_code,name,season\n");
        for (String[] c : CROPS) crops.append(String.join(",", c)).append('\n');
        AtomicFiles.writeString(out.resolve(CropSwitchReader.CROPS), crops.toString());
        StringBuilder rot = new StringBuilder("crop_a,crop_b\n");
        for (String[] pair : ROTATIONS) rot.append(pair[0]).append(',').append(pair[1]).append('\n');
        AtomicFiles.writeString(out.resolve(CropSwitchReader.ROTATIONS), rot.toString());
        StringBuilder pc = new StringBuilder("name_adm1,crop,spam_share,n_kg_ha,p2o5_kg_ha,k2o_kg_ha,pesticide_kg_ha,net_profit_usd_kg\n");
        for (int q = 0; q < PROVINCES.length; q++) {
            for (int j = 0; j < CROPS.length; j++) {
                double[] v = province[q][j];
                if (v == null) continue;
                pc.append(PROVINCES[q].name).append(',').append(CROPS[j][0]);
                for (double d : v) pc.append(',').append(Numbers.format(d));
                pc.append('\n');
            }
        }
        AtomicFiles.writeString(out.resolve(CropSwitchReader.PROVINCE_CROPS), pc.toString());
        AtomicFiles.writeString(out.resolve("README.md"), "# Synthetic crop-switching instance\n\n"
                + "Generated by `agrifront generate cropswitch --cells " + n + " --seed " + p.seed() + "`.\n"
                + "The three `spam2010V2r0_global_*.csv` tables have the columns of the SPAM 2010 v2.0 CSVs (harvested area "
                + "all technologies, harvested area irrigated, yield); `crops.csv`, `province-crops.csv`, `cell-crops.csv` "
                + "and `rotations.csv` hold what SPAM does not (see CropSwitchReader). The values are synthetic draws "
                + "around published national ranges (see CropSwitchGenerator), not data.\n");
    }

    /** Cells per province in proportion to the weights (largest remainders), at least one each. */
    private static int[] apportion(int n) {
        double totalWeight = 0;
        for (Province p : PROVINCES) totalWeight += p.weight;
        int[] out = new int[PROVINCES.length];
        double[] rest = new double[PROVINCES.length];
        int given = 0;
        for (int q = 0; q < PROVINCES.length; q++) {
            double share = 1 + (n - PROVINCES.length) * PROVINCES[q].weight / totalWeight;
            out[q] = (int) Math.floor(share);
            rest[q] = share - out[q];
            given += out[q];
        }
        while (given < n) {
            int best = 0;
            for (int q = 1; q < PROVINCES.length; q++) if (rest[q] > rest[best]) best = q;
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    private static int[] topTwo(double[] mix) {
        int a = 0;
        for (int s = 1; s < mix.length; s++) if (mix[s] > mix[a]) a = s;
        int b = a == 0 ? 1 : 0;
        for (int s = 0; s < mix.length; s++) if (s != a && mix[s] > mix[b]) b = s;
        return new int[] {a, b};
    }

    private static StringBuilder spamHeader(String suffix) {
        StringBuilder sb = new StringBuilder(String.join(",", CropSwitchReader.SPAM_LEADING));
        for (String code : CropSwitchReader.SPAM_CODES) sb.append(',').append(code).append(suffix);
        sb.append(',').append(String.join(",", CropSwitchReader.SPAM_TRAILING)).append('\n');
        return sb;
    }

    /** One SPAM row; codes outside the nine get 0, except vegetables and potatoes (which the study keeps fixed). */
    private static void spamRow(StringBuilder sb, String[] lead, String recType, String techType, String unit,
                                double[] values, Province pr, SplittableRandom rng, boolean area) {
        sb.append(lead[0]).append(',').append(lead[1]).append(',').append(lead[2]).append(',').append(lead[3]).append(',')
                .append(lead[4]).append(',').append(lead[5]).append(',').append(recType).append(',').append(techType)
                .append(',').append(unit);
        for (String code : CropSwitchReader.SPAM_CODES) {
            double v;
            int s = indexOf(code);
            if (s >= 0) {
                v = values[s];
            } else if ((code.equals("vege") || code.equals("pota")) && techType.equals("A")) {
                v = area ? round(300 * rng.nextDouble(), 1) : Math.round((code.equals("vege") ? 30000 : 17000) * lognormal(rng, 0.2));
            } else {
                v = 0;
            }
            sb.append(',').append(area ? Numbers.format(v) : Long.toString(Math.round(v)));
        }
        sb.append(",2019-01-04,2009-2011,synthetic (agrifront generate cropswitch),China,").append(pr.name).append(",\n");
    }

    private static int indexOf(String code) {
        for (int s = 0; s < CODES.length; s++) if (CODES[s].equals(code)) return s;
        return -1;
    }

    private static void writeLatin1(Path file, StringBuilder text) {
        AtomicFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static double lognormal(SplittableRandom rng, double sigma) {
        return Math.exp(sigma * rng.nextGaussian() - sigma * sigma / 2);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
