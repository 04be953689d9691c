package org.agrifront.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agrifront.problems.cropswitch.CropSwitchGenerator;
import org.agrifront.problems.landuse.LandUseGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agrifront generate …}: synthetic instances in the real data's formats. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic instance in the same file formats as the real data.",
        subcommands = {GenerateCommand.LandUse.class, GenerateCommand.CropSwitch.class})
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
            LandUseGenerator.Params p = new LandUseGenerator.Params(cells, biomes, units, seed);
            LandUseGenerator.generate(out, p);
            System.out.println("wrote synthetic land-use instance (" + cells + " cells, " + biomes + " biomes, "
                    + units + " units, seed " + seed + ") to " + out);
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
            CropSwitchGenerator.generate(out, new CropSwitchGenerator.Params(cells, seed));
            System.out.println("wrote synthetic crop-switching instance (" + cells + " cells, seed " + seed + ") to " + out);
            return 0;
        }
    }
}
