package org.agrifront.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agrifront.problems.croplivestock.QtpGenerator;
import org.agrifront.problems.cropswitch.CropSwitchGenerator;
import org.agrifront.problems.landuse.LandUseGenerator;
import org.agrifront.problems.manure.ManureReader;
import org.agrifront.problems.manure.ManureReconstruction;
import org.agrifront.problems.manure.ReconstructionCheck;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agrifront generate …}: synthetic instances in the real data's formats. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic instance in the same file formats as the real data.",
        subcommands = {GenerateCommand.LandUse.class, GenerateCommand.Manure.class, GenerateCommand.Qtp.class,
                GenerateCommand.CropSwitch.class})
public final class GenerateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "landuse", mixinStandardHelpOptions = true,
            description = "Synthetic land-use instance in the LPJ-GUESS layout (ESquant tables, constraints.csv, fpu2biomeGrid.csv, ...).")
    static final class LandUse implements Callable<Integer> {
        @Option(names = "--cells", required = true, description = "Number of 1-degree cells.")
        int cells;
        @Option(names = "--biomes", defaultValue = "8", description = "Number of biomes (1..8). Default: ${DEFAULT-VALUE}.")
        int biomes;
        @Option(names = "--units", required = true, description = "Number of food-producing unit x biome units.")
        int units;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
        long seed;
        @Option(names = "--out", required = true, description = "Output folder.")
        Path out;

        @Override
        public Integer call() {
            if (out != null) Flags.outputFolder("--out", out);
            LandUseGenerator.Params p = new LandUseGenerator.Params(cells, biomes, units, seed);
            LandUseGenerator.generate(out, p);
            System.out.println("wrote synthetic land-use instance (" + cells + " cells, " + biomes + " biomes, "
                    + units + " units, seed " + seed + ") to " + out);
            return 0;
        }
    }

    @Command(name = "manure", mixinStandardHelpOptions = true,
            description = {"Reconstruct the manure study's provincial tables (livestock, manure coefficients, crop demand,",
                    "Eq. 2 parameters, GHG) from the paper's published figures and the proxies in DATA/calibration/,",
                    "then compare the result with the paper. Not needed with real statistics: replace the CSV files instead."})
    static final class Manure implements Callable<Integer> {
        @Option(names = "--data", defaultValue = "problems/manure-china-2020",
                description = "Dataset folder with provinces.csv and calibration/. Default: ${DEFAULT-VALUE}.")
        Path data;
        @Option(names = "--out", description = "Output folder. Default: the dataset folder itself (overwrites its tables).")
        Path out;

        @Override
        public Integer call() {
            if (out != null) Flags.outputFolder("--out", out);
            ManureReconstruction r = ManureReconstruction.compute(data);
            Path dir = out != null ? out : data;
            if (!dir.equals(data)) {
                org.agrifront.io.AtomicFiles.write(dir.resolve(ManureReader.PROVINCES),
                        o -> java.nio.file.Files.copy(data.resolve(ManureReader.PROVINCES), o));
            }
            r.write(dir);
            r.report().forEach(System.out::println);
            ReconstructionCheck.lines(ManureReader.read(dir)).forEach(System.out::println);
            System.out.println("wrote " + String.join(", ", new java.util.TreeSet<>(ManureReconstruction.writtenFiles())) + " to " + dir);
            return 0;
        }
    }

    @Command(name = "qtp", mixinStandardHelpOptions = true,
            description = {"Synthetic Qinghai-Tibetan Plateau crop-livestock instance: GeoTIFF rasters (region, basin, masks,",
                    "cropland, biomass, today's crops and livestock, non-agricultural loads, safe boundaries) and CSV tables",
                    "(activities, coefficients, regions, basins), the layout the croplivestock problem reads."})
    static final class Qtp implements Callable<Integer> {
        @Option(names = "--cells", required = true, description = "Number of planning cells (100..200000).")
        int cells;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
        long seed;
        @Option(names = "--just-headroom", defaultValue = "0.5",
                description = "Just boundaries: today's per-capita use x population x (1 + headroom). Default: ${DEFAULT-VALUE}.")
        double justHeadroom;
        @Option(names = "--out", required = true, description = "Output folder.")
        Path out;

        @Override
        public Integer call() {
            if (out != null) Flags.outputFolder("--out", out);
            QtpGenerator.generate(out, new QtpGenerator.Params(cells, seed, justHeadroom));
            System.out.println("wrote synthetic crop-livestock instance (" + cells + " cells, seed " + seed + ") to " + out);
            return 0;
        }
    }

    @Command(name = "cropswitch", mixinStandardHelpOptions = true,
            description = {"Synthetic China crop-switching instance in the SPAM 2010 v2.0 CSV layout",
                    "(spam2010V2r0_global_H_TA.csv, _H_TI.csv, _Y_TA.csv) plus crops.csv, province-crops.csv,",
                    "cell-crops.csv and rotations.csv."})
    static final class CropSwitch implements Callable<Integer> {
        @Option(names = "--cells", required = true, description = "Number of 5-arc-minute cells (31..100000).")
        int cells;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
        long seed;
        @Option(names = "--out", required = true, description = "Output folder.")
        Path out;

        @Override
        public Integer call() {
            if (out != null) Flags.outputFolder("--out", out);
            CropSwitchGenerator.generate(out, new CropSwitchGenerator.Params(cells, seed));
            System.out.println("wrote synthetic crop-switching instance (" + cells + " cells, seed " + seed + ") to " + out);
            return 0;
        }
    }
}
