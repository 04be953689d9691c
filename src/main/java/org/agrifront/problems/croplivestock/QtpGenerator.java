package org.agrifront.problems.croplivestock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic Qinghai–Tibetan Plateau in the file layout of {@link QtpFiles}, for development and tests while the
 * study's data (SPAM crops, Gridded Livestock of the World, biomass, conflict model; paper "Data availability") are
 * not at hand. It imitates the structure of the real plateau, not its numbers. Everything follows from the seed.
 * <p>
 * <b>Geography.</b> {@code cells} planning cells on a regular lon/lat grid (EPSG:4326) over 73–104.5°E,
 * 26–39.8°N, chosen as the most central pixels of a tilted ellipse, so the cells cover roughly the plateau's
 * 2.5 million km² (a cell is far coarser than the paper's 5 km units; quantities are per cell). Six regions follow
 * the provinces sharing the plateau (Qinghai, Tibet, western Sichuan, Gannan/Gansu, Diqing/Yunnan, southern
 * Xinjiang) with their 2020 census populations; basins are the paper's seven exorheic rivers (Yellow, Yangtze,
 * Mekong, Salween, Ganges-Brahmaputra, Indus, Tarim; Methods, constraint (4)) plus the endorheic interior
 * (Qiangtang, Qaidam), assigned to the nearest of a few source-region points.
 * Wetness rises from the arid north-west to the humid south-east; runoff depth 12–900 mm/yr follows it.
 * <p>
 * <b>Where the numbers come from</b> (per hectare or head and year; ranges are ours where the paper's
 * Supplementary Table S8 and Supplementary Methods, which are not part of the seed text, would give them):
 * <ul>
 * <li>Safe boundaries (paper Methods, "Defining the safe and just operating spaces"): water = natural runoff
 * minus environmental flow requirements of 80% of runoff (Mekonnen &amp; Hoekstra, paper ref. 39), i.e. 20% of
 * runoff; N and P = the surface-water standards 2 and 0.4 mg/L times the cell's runoff; GHG = carbon sequestration
 * of grassland (0.25–1.05 t CO2/ha), forest (3–6 t CO2/ha) and soil (0.15 t CO2/ha) (sources named in the paper:
 * Global Forest Watch, ref. 41 grassland, FAO soil-sequestration map).</li>
 * <li>Just boundaries (same section): the paper's national budgets per capita (53 km³ blue water, 0.97 Gt CO2eq,
 * 580 kt N, 317 kt P for 1.41 billion people) are far below the plateau's agricultural use per capita in any
 * realistic coefficient range, and would leave no feasible allocation. The generator therefore gives each region
 * the plateau's own current use per capita × its population × (1 + {@code justHeadroom}) (equal per-capita use
 * within the plateau). A user with the real boundaries writes them into {@code regions.csv}.</li>
 * <li>Crop water use 3,600–5,000 m³/ha (FAO Penman–Monteith crop evapotranspiration on the plateau, the paper's
 * method, ref. 30), times a cell factor 0.7–1.35 for aridity; crop GHG 0.9–1.5 t CO2eq/ha (fertiliser N2O and
 * residues, GWP N2O 298, Methods); N surplus to water 12–25 kg N/ha, P 1.2–2.5 kg P/ha; output 9,000–21,000
 * yuan/ha (barley … potatoes), times a cell yield factor.</li>
 * <li>Livestock water (drinking and service quotas, Methods): cattle 16, sheep 2.8, goats 2.5, pigs 7.5,
 * chickens 0.08 m³/head; GHG from enteric fermentation and manure with GWP CH4 25 (IPCC 2006 Tier 1 Asian
 * factors, e.g. 47 kg CH4 per head of other cattle, 5 for sheep and goats): cattle 1.35, sheep 0.15, goats 0.14,
 * pigs 0.30, chickens 0.006 t CO2eq/head; N lost to water 6, 1.3, 1.2, 3, 0.06 kg N/head; P 0.9, 0.22, 0.2,
 * 0.8, 0.015 kg P/head; output 3,800, 750, 650, 2,200, 70 yuan/head.</li>
 * <li>Grazing (Methods, "total intake of dry matter per year"): cattle (mostly yak) 2.2, sheep 0.5, goats
 * 0.4 t DM/head; available biomass = grassland net primary production 20–230 g DM/m² × grassland share × a
 * proper-use rate of 0.5 (calibrated to ref. 44's idea of biomass available for grazing). Today's grazers eat a
 * lognormal multiple (median ≈ 0.8) of it, so that about 30% of cells are over-grazed, as the paper's Fig. 1b
 * reports.</li>
 * <li>Human–wildlife conflict (Methods): a probability rising with livestock density, vegetation and farming;
 * the top 20% of cells are the high-risk zone (Results); exposure weights are FAO tropical livestock units
 * (cattle 0.7, pigs 0.2, sheep and goats 0.1, chickens 0.01; crops 0).</li>
 * <li>Growth caps (constraint (8)): chickens 8%, pigs 12% (our values; the paper uses the maximum growth rate of
 * 2019–2021 without stating it).</li>
 * <li>Non-agricultural use per person: domestic and industrial water 45–165 m³, GHG 1.2–10 t CO2eq (more in
 * towns), human-waste N 1.1 kg and P 0.15 kg reaching water.</li>
 * </ul>
 */
public final class QtpGenerator {
    static final double WEST = 73.0, EAST = 104.5, SOUTH = 26.0, NORTH = 39.8;
    static final String[] REGION_NAMES = {"Qinghai", "Tibet", "Western Sichuan", "Gannan (Gansu)", "Diqing (Yunnan)", "Southern Xinjiang"};
    /** 2020 census populations (Qinghai, Tibet; the plateau parts of the others approximated), persons. */
    static final double[] REGION_POPULATION = {5.92e6, 3.65e6, 1.93e6, 0.90e6, 0.39e6, 0.25e6};
    static final String[] BASIN_NAMES = {"Yellow River", "Yangtze River", "Mekong River", "Salween River",
            "Ganges-Brahmaputra River", "Indus River", "Tarim River", "Endorheic interior"};
    /** Source-region points of each basin (lon, lat pairs). */
    private static final double[][] BASIN_POINTS = {
            {101.5, 35.5, 98.5, 34.8, 102.8, 34.2},
            {93.5, 34.0, 100.0, 31.5, 102.5, 30.0, 97.5, 33.2},
            {97.0, 31.8, 99.2, 28.2},
            {94.5, 31.2, 98.4, 29.0},
            {89.0, 29.3, 94.5, 29.0, 84.5, 29.6, 92.0, 28.5},
            {80.5, 32.0, 78.5, 34.0},
            {77.5, 36.5, 82.0, 36.3},
            {86.0, 34.0, 91.0, 33.8, 95.5, 37.0, 83.5, 35.0, 89.0, 35.8}};
    /** Crop mix weights per region (barley, wheat, rapeseed, potatoes, maize). */
    private static final double[][] CROP_MIX = {
            {0.25, 0.25, 0.30, 0.15, 0.05}, {0.70, 0.15, 0.08, 0.05, 0.02}, {0.20, 0.15, 0.10, 0.30, 0.25},
            {0.15, 0.25, 0.20, 0.30, 0.10}, {0.15, 0.10, 0.05, 0.30, 0.40}, {0.30, 0.50, 0.05, 0.10, 0.05}};
    /** Share of grazing demand by cattle, and of the rest by goats (the remainder sheep), per region. */
    private static final double[] CATTLE_SHARE = {0.55, 0.60, 0.75, 0.60, 0.70, 0.30};
    private static final double[] GOAT_SHARE = {0.20, 0.30, 0.25, 0.15, 0.40, 0.45};
    /** Per-unit base values: water m3, GHG t CO2eq, N kg, P kg, output yuan; activity order. */
    private static final double[][] BASE = {
            {3600, 0.9, 12, 1.2, 9000}, {4200, 1.1, 18, 1.8, 10500}, {3800, 1.2, 20, 2.0, 11500},
            {4300, 1.3, 22, 2.4, 21000}, {5000, 1.5, 25, 2.5, 14000},
            {16, 1.35, 6.0, 0.9, 3800}, {0.08, 0.006, 0.06, 0.015, 70}, {2.5, 0.14, 1.2, 0.2, 650},
            {2.8, 0.15, 1.3, 0.22, 750}, {7.5, 0.30, 3.0, 0.8, 2200}};
    /** Region multipliers of crop (first 5) and livestock (last 5) water, GHG, N, P, output. */
    private static final double[][] REGION_FACTOR = {
            {1.0, 1.05, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
            {0.95, 0.85, 0.75, 0.8, 0.9, 0.95, 1.05, 0.9, 0.9, 0.95},
            {0.9, 1.1, 1.2, 1.2, 1.1, 1.0, 1.0, 1.1, 1.1, 1.1},
            {1.05, 1.05, 1.15, 1.1, 1.0, 1.05, 1.0, 1.05, 1.05, 1.0},
            {0.85, 1.1, 1.25, 1.3, 1.15, 0.95, 1.0, 1.1, 1.1, 1.1},
            {1.25, 1.0, 1.0, 1.0, 0.9, 1.1, 1.0, 0.95, 0.95, 0.9}};
    private static final double[] BIOMASS_PER_HEAD = {0, 0, 0, 0, 0, 2.2, 0, 0.4, 0.5, 0};
    private static final double[] CONFLICT_WEIGHT = {0, 0, 0, 0, 0, 0.7, 0.01, 0.1, 0.1, 0.2};
    private static final double[] MAX_GROWTH = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, 0.08, Double.NaN, Double.NaN, 0.12};
    /** Farming centres: lon, lat, sigma lon, sigma lat, weight. */
    private static final double[][] FARMING = {
            {101.6, 36.3, 1.6, 0.8, 1.0}, {90.0, 29.4, 3.5, 0.6, 0.8}, {94.4, 29.6, 1.0, 0.5, 0.5},
            {102.2, 31.0, 1.2, 0.9, 0.6}, {102.8, 34.8, 1.0, 0.6, 0.6}, {99.7, 27.8, 0.8, 0.7, 0.6},
            {96.5, 37.0, 1.8, 0.6, 0.7}, {80.0, 32.5, 1.0, 0.8, 0.3}};
    /** Towns: lon, lat, weight (drives population and industry). */
    private static final double[][] TOWNS = {
            {101.78, 36.62, 3.0}, {91.13, 29.65, 1.5}, {88.88, 29.27, 0.6}, {94.90, 36.40, 0.6}, {101.96, 30.05, 0.4},
            {102.90, 35.00, 0.3}, {99.70, 27.80, 0.3}, {97.00, 33.00, 0.3}, {94.36, 29.65, 0.3}, {97.37, 37.37, 0.3}};
    /** Protected areas: lon, lat, semi-axis lon, semi-axis lat (Sanjiangyuan, Qiangtang, Qomolangma, Qilian, Three Parallel Rivers). */
    private static final double[][] PROTECTED = {
            {95.5, 34.0, 4.5, 1.8}, {86.5, 34.5, 5.5, 1.6}, {87.0, 28.4, 1.6, 0.6}, {99.5, 38.3, 2.5, 0.7}, {99.0, 27.9, 0.9, 1.0}};

    private QtpGenerator() {
    }

    /** Parameters: number of cells, seed, and the just boundaries' headroom over equal per-capita use. */
    public record Params(int cells, long seed, double justHeadroom) {
        public static final double DEFAULT_HEADROOM = 0.5;
        /**
         * Below 100 cells a cell spans more than 25,000 km²: a town's non-agricultural emissions then exceed the
         * carbon sequestration of a cell that also holds much of the region's farmland, and the instances we tried
         * (40 cells, 8 seeds) had no feasible allocation. From 100 to 3,000 cells every seed tried was feasible.
         */
        public static final int MIN_CELLS = 100;

        public Params {
            if (cells < MIN_CELLS || cells > 200_000) {
                throw new IllegalArgumentException("cells must be in " + MIN_CELLS + "..200000, found " + cells);
            }
            if (!(justHeadroom >= 0 && justHeadroom <= 10)) throw new IllegalArgumentException("justHeadroom must be in [0, 10], found " + justHeadroom);
        }

        public Params(int cells, long seed) {
            this(cells, seed, DEFAULT_HEADROOM);
        }

        public String folderName() {
            return "qtp-c" + cells + "-s" + seed + (justHeadroom == DEFAULT_HEADROOM ? "" : "-j" + justHeadroom);
        }
    }

    /** Writes the instance (GeoTIFF rasters and CSV tables) into {@code out}. */
    public static void generate(java.nio.file.Path out, Params p) {
        QtpFiles.write(out, build(p));
    }

    /** The instance in file form. */
    public static QtpTables build(Params p) {
        SplittableRandom rng = new SplittableRandom(p.seed());
        int bbox = (int) Math.ceil(p.cells() / 0.72);
        double aspect = (EAST - WEST) / (NORTH - SOUTH);
        int cols = Math.max(4, (int) Math.round(Math.sqrt(bbox * aspect)));
        int rows = Math.max(2, (int) Math.ceil((double) bbox / cols));
        while ((long) rows * cols < p.cells() / 0.72) rows++;
        double dx = (EAST - WEST) / cols, dy = (NORTH - SOUTH) / rows;
        Smooth wetNoise = new Smooth(rng), grazeNoise = new Smooth(rng), shapeNoise = new Smooth(rng);

        // plateau: the cells pixels with the smallest tilted-ellipse score
        double[] score = new double[rows * cols];
        Integer[] order = new Integer[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double lon = WEST + (c + 0.5) * dx, lat = NORTH - (r + 0.5) * dy;
                double ex = (lon - 89.5) / 16.5, ey = (lat - (33.2 + 0.09 * (lon - 89.5))) / 6.6;
                score[r * cols + c] = ex * ex + ey * ey + 0.12 * shapeNoise.at(lon, lat);
                order[r * cols + c] = r * cols + c;
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        int[] pixel = new int[p.cells()];
        for (int i = 0; i < pixel.length; i++) pixel[i] = order[i];
        Arrays.sort(pixel);
        int n = pixel.length;

        double[] lon = new double[n], lat = new double[n], areaKm2 = new double[n];
        int[] region = new int[n], basin = new int[n];
        double[] wet = new double[n], farm = new double[n], urban = new double[n];
        for (int i = 0; i < n; i++) {
            int r = pixel[i] / cols, c = pixel[i] % cols;
            lon[i] = WEST + (c + 0.5) * dx;
            lat[i] = NORTH - (r + 0.5) * dy;
            areaKm2[i] = dx * 111.32 * Math.cos(Math.toRadians(lat[i])) * dy * 110.57;
            region[i] = region(lon[i], lat[i]);
            basin[i] = basin(lon[i] + 0.3 * rng.nextGaussian(), lat[i] + 0.3 * rng.nextGaussian());
            double u = (lon[i] - WEST) / (EAST - WEST), v = (lat[i] - SOUTH) / (NORTH - SOUTH);
            wet[i] = clamp(0.55 * (1 - v) + 0.6 * u - 0.15 + 0.12 * wetNoise.at(lon[i], lat[i]), 0, 1);
            for (double[] f : FARMING) farm[i] = Math.max(farm[i], f[4] * gauss(lon[i], lat[i], f[0], f[1], f[2], f[3]));
            for (double[] t : TOWNS) urban[i] += t[2] * gauss(lon[i], lat[i], t[0], t[1], 0.5 * dx, 0.5 * dy);
        }

        Map<String, double[]> cell = new LinkedHashMap<>();
        for (String name : QtpFiles.LAYERS) cell.put(name, new double[n]);
        double[] runoff = new double[n];
        for (int i = 0; i < n; i++) {
            double depthMm = 12 + 900 * Math.pow(wet[i], 2.2) * lognormal(rng, 0.15);
            runoff[i] = depthMm / 1000 * areaKm2[i] * 1e6;
            double forest = Math.max(0, wet[i] - 0.7) * 1.5;
            double grass = Math.min(0.9, 0.25 + 0.6 * Math.sqrt(wet[i])) - forest;
            double npp = (20 + 210 * wet[i]) * lognormal(rng, 0.2); // g DM / m2 / yr
            double biomass = npp * grass * areaKm2[i] * 0.5;        // t DM (1 g/m2 = 1 t/km2)
            cell.get("biomass")[i] = round(biomass, 1);
            double areaHa = areaKm2[i] * 100;
            double seq = areaHa * (grass * (0.25 + 0.8 * wet[i]) + forest * (3 + 3 * wet[i]) + 0.15);
            cell.get("safe_ghg")[i] = round(seq, 1);
            cell.get("safe_water")[i] = round(0.2 * runoff[i], 0);
            cell.get("safe_n")[i] = round(QtpEvaluator.N_LIMIT * runoff[i], 1);
            cell.get("safe_p")[i] = round(QtpEvaluator.P_LIMIT * runoff[i], 1);
            cell.get("crop_water_factor")[i] = round(clamp((0.8 + 0.45 * (1 - wet[i])) * lognormal(rng, 0.05), 0.7, 1.35), 3);
            cell.get("crop_yield_factor")[i] = round(clamp((0.75 + 0.5 * Math.sqrt(farm[i])) * lognormal(rng, 0.1), 0.6, 1.4), 3);

            // crops: a share of the cell where farming is intense, split by the region's crop mix
            double share = farm[i] > 0.12 ? Math.min(0.3, 0.11 * Math.pow(farm[i], 1.3) * lognormal(rng, 0.35)) : 0;
            double cropHa = round(share * areaHa, 0);
            double[] mix = new double[5];
            double mixSum = 0;
            for (int a = 0; a < 5; a++) {
                mix[a] = CROP_MIX[region[i]][a] * lognormal(rng, 0.5);
                mixSum += mix[a];
            }
            double cropSum = 0;
            for (int a = 0; a < 5; a++) {
                double ha = round(cropHa * mix[a] / mixSum, 0);
                cell.get(QtpFiles.currentLayer(Activity.values()[a]))[i] = ha;
                cropSum += ha;
            }
            cell.get("cropland")[i] = cropSum;

            // grazers: today's demand a lognormal multiple of the available biomass, heavier in the NE, S and NW
            boolean pressured = farm[i] > 0.35 || wet[i] < 0.2;
            double stocking = 0.55 * Math.exp(0.7 * (rng.nextGaussian() + 0.35 * grazeNoise.at(lon[i], lat[i]))) * (pressured ? 1.35 : 0.9);
            double demand = stocking * biomass;
            double cattle = demand * CATTLE_SHARE[region[i]];
            double goats = (demand - cattle) * GOAT_SHARE[region[i]];
            double sheep = demand - cattle - goats;
            cell.get(QtpFiles.currentLayer(Activity.CATTLE))[i] = round(cattle / BIOMASS_PER_HEAD[Activity.CATTLE.ordinal()], 0);
            cell.get(QtpFiles.currentLayer(Activity.GOATS))[i] = round(goats / BIOMASS_PER_HEAD[Activity.GOATS.ordinal()], 0);
            cell.get(QtpFiles.currentLayer(Activity.SHEEP))[i] = round(sheep / BIOMASS_PER_HEAD[Activity.SHEEP.ordinal()], 0);
        }

        // population by region, spread by area, farming and towns; then pigs, chickens and non-agricultural loads
        double[] weight = new double[n];
        double[] regionWeight = new double[REGION_NAMES.length];
        for (int i = 0; i < n; i++) {
            weight[i] = areaKm2[i] * (0.3 + 8 * farm[i] + 25 * urban[i]) * lognormal(rng, 0.3);
            regionWeight[region[i]] += weight[i];
        }
        double[] population = new double[n];
        double[] regionPopulation = new double[REGION_NAMES.length];
        for (int i = 0; i < n; i++) {
            population[i] = REGION_POPULATION[region[i]] * weight[i] / regionWeight[region[i]];
            regionPopulation[region[i]] += population[i];
            double urbanShare = urban[i] / (1 + urban[i]);
            double cropHa = cell.get("cropland")[i];
            cell.get(QtpFiles.currentLayer(Activity.PIGS))[i] = round(cropHa * (0.8 + 1.4 * rng.nextDouble()) + population[i] * 0.03, 0);
            cell.get(QtpFiles.currentLayer(Activity.CHICKENS))[i] = round(cropHa * (4 + 8 * rng.nextDouble()) + population[i] * 0.4, 0);
            cell.get("human_water")[i] = round(population[i] * (45 + 120 * urbanShare), 0);
            cell.get("human_ghg")[i] = round(population[i] * (0.8 + 4.0 * urbanShare), 1);
            cell.get("human_n")[i] = round(population[i] * 1.1, 1);
            cell.get("human_p")[i] = round(population[i] * 0.15, 1);
        }

        // coefficients per region and activity
        List<QtpTables.CoefficientRow> coefficients = new ArrayList<>();
        double[][][] coef = new double[REGION_NAMES.length][Activity.COUNT][Quantity.COUNT];
        for (int r = 0; r < REGION_NAMES.length; r++) {
            for (Activity a : Activity.all()) {
                double[] v = new double[Quantity.COUNT];
                for (Quantity q : Quantity.values()) {
                    double f = REGION_FACTOR[r][(a.isCrop() ? 0 : 5) + q.ordinal()] * (1 + 0.05 * (2 * rng.nextDouble() - 1));
                    v[q.ordinal()] = significant(BASE[a.ordinal()][q.ordinal()] * f, 3);
                }
                coef[r][a.ordinal()] = v;
                coefficients.add(new QtpTables.CoefficientRow(r + 1, a, v, 0));
            }
        }

        // protected areas; conflict probability rising with grazing livestock density, wildlife habitat (in or next to
        // a reserve) and vegetation; its top 20% is the high-risk zone
        double[] habitat = new double[n];
        for (int i = 0; i < n; i++) {
            for (double[] e : PROTECTED) {
                double ex = (lon[i] - e[0]) / e[2], ey = (lat[i] - e[1]) / e[3];
                double d2 = ex * ex + ey * ey;
                if (d2 <= 1 + 0.15 * rng.nextGaussian()) cell.get("protected")[i] = 1;
                habitat[i] = Math.max(habitat[i], Math.exp(-0.5 * Math.max(0, Math.sqrt(d2) - 1) * 4));
            }
        }
        double[] conflict = cell.get("conflict");
        for (int i = 0; i < n; i++) {
            double tlu = 0;
            for (Activity a : Activity.all()) {
                if (a.kind == Activity.Kind.GRAZER) tlu += CONFLICT_WEIGHT[a.ordinal()] * cell.get(QtpFiles.currentLayer(a))[i];
            }
            double z = -3.2 + 0.8 * Math.min(2, tlu / areaKm2[i] / 4) + 2.5 * habitat[i] + 0.5 * wet[i] + 0.6 * rng.nextGaussian();
            conflict[i] = round(1 / (1 + Math.exp(-z)), 4);
        }
        double[] sorted = conflict.clone();
        Arrays.sort(sorted);
        double top20 = sorted[(int) Math.floor(0.8 * n)];
        for (int i = 0; i < n; i++) {
            cell.get("high_conflict")[i] = conflict[i] >= top20 ? 1 : 0;
            cell.get("region")[i] = region[i] + 1;
            cell.get("basin")[i] = basin[i] + 1;
        }

        // just boundaries: equal per-capita share of today's plateau total, with headroom
        double[][] total = new double[Quantity.PRESSURES][REGION_NAMES.length];
        double[] plateau = new double[Quantity.PRESSURES];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                double load = cell.get("human_" + Quantity.pressure(k).fileKey())[i];
                for (Activity a : Activity.all()) {
                    double f = 1;
                    if (a.isCrop() && k == Quantity.WATER.ordinal()) f = cell.get("crop_water_factor")[i];
                    load += coef[region[i]][a.ordinal()][k] * f * cell.get(QtpFiles.currentLayer(a))[i];
                }
                total[k][region[i]] += load;
                plateau[k] += load;
            }
        }
        double people = Arrays.stream(regionPopulation).sum();
        List<QtpTables.RegionRow> regions = new ArrayList<>();
        for (int r = 0; r < REGION_NAMES.length; r++) {
            if (regionPopulation[r] == 0) continue;
            double[] just = new double[Quantity.PRESSURES];
            for (int k = 0; k < Quantity.PRESSURES; k++) {
                just[k] = significant(plateau[k] / people * regionPopulation[r] * (1 + p.justHeadroom()), 6);
            }
            regions.add(new QtpTables.RegionRow(r + 1, REGION_NAMES[r], Math.round(regionPopulation[r]), just, 0));
        }
        coefficients.removeIf(row -> regionPopulation[row.region() - 1] == 0);
        double[] basinRunoff = new double[BASIN_NAMES.length];
        for (int i = 0; i < n; i++) basinRunoff[basin[i]] += runoff[i];
        List<QtpTables.BasinRow> basins = new ArrayList<>();
        for (int b = 0; b < BASIN_NAMES.length; b++) {
            if (basinRunoff[b] == 0) continue;
            basins.add(new QtpTables.BasinRow(b + 1, BASIN_NAMES[b], b < 7, significant(basinRunoff[b], 6), 0));
        }
        List<QtpTables.ActivityRow> activities = new ArrayList<>();
        for (Activity a : Activity.all()) {
            activities.add(new QtpTables.ActivityRow(a, BIOMASS_PER_HEAD[a.ordinal()], CONFLICT_WEIGHT[a.ordinal()], MAX_GROWTH[a.ordinal()], 0));
        }

        Map<String, double[]> layers = new LinkedHashMap<>();
        for (String name : QtpFiles.LAYERS) {
            double[] raster = new double[rows * cols];
            Arrays.fill(raster, name.equals("region") ? 0 : Double.NaN);
            double[] v = cell.get(name);
            for (int i = 0; i < n; i++) raster[pixel[i]] = v[i];
            layers.put(name, raster);
        }
        QtpTables.Layers L = new QtpTables.Layers(cols, rows, WEST, NORTH, dx, -dy, "EPSG:4326", layers);
        return new QtpTables(L, activities, coefficients, regions, basins);
    }

    private static int region(double lon, double lat) {
        if (lat > 35.3 && lon < 86) return 5;            // southern Xinjiang
        if (lon > 98 && lat < 28.6) return 4;            // Diqing, Yunnan
        if (lon > 97.5 && lat < 33.6) return 2;          // western Sichuan
        if (lon > 101.3 && lat >= 33.6 && lat < 35.6) return 3; // Gannan
        if (lon > 89.5 && lat >= 31.8) return 0;         // Qinghai
        return 1;                                        // Tibet
    }

    private static int basin(double lon, double lat) {
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int b = 0; b < BASIN_POINTS.length; b++) {
            for (int k = 0; k < BASIN_POINTS[b].length; k += 2) {
                double ddx = (lon - BASIN_POINTS[b][k]) * Math.cos(Math.toRadians(lat)), ddy = lat - BASIN_POINTS[b][k + 1];
                double d = ddx * ddx + ddy * ddy;
                if (d < bestD) {
                    bestD = d;
                    best = b;
                }
            }
        }
        return best;
    }

    private static double gauss(double lon, double lat, double cx, double cy, double sx, double sy) {
        double a = (lon - cx) / sx, b = (lat - cy) / sy;
        return Math.exp(-0.5 * (a * a + b * b));
    }

    private static double lognormal(SplittableRandom rng, double sigma) {
        return Math.exp(sigma * rng.nextGaussian() - 0.5 * sigma * sigma);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v, int decimals) {
        double s = Math.pow(10, decimals);
        return Math.round(v * s) / s;
    }

    private static double significant(double v, int digits) {
        if (v == 0) return 0;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).doubleValue();
    }

    /** A smooth random field in about [-1, 1]: a sum of four seeded plane waves over lon/lat. */
    private static final class Smooth {
        final double[] fx = new double[4], fy = new double[4], phase = new double[4];

        Smooth(SplittableRandom rng) {
            for (int k = 0; k < 4; k++) {
                double wavelength = 4 + 10 * rng.nextDouble(), angle = rng.nextDouble() * Math.PI;
                fx[k] = 2 * Math.PI / wavelength * Math.cos(angle);
                fy[k] = 2 * Math.PI / wavelength * Math.sin(angle);
                phase[k] = rng.nextDouble() * 2 * Math.PI;
            }
        }

        double at(double lon, double lat) {
            double s = 0;
            for (int k = 0; k < 4; k++) s += Math.sin(fx[k] * lon + fy[k] * lat + phase[k]);
            return s / 2;
        }
    }
}
