package org.agrifront.problems.cropswitch;

import java.nio.file.Path;

import org.agrifront.core.Problem;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.ProblemType;
import org.agrifront.problems.Problems;
import org.agrifront.problems.SyntheticInstances;

/** Reads {@code "type": "cropswitch"} problem files. */
public final class CropSwitchType implements ProblemType {

    @Override
    public String type() {
        return "cropswitch";
    }

    @Override
    public String description() {
        return "crop switching in China (Xie et al. 2023): crop areas per grid cell, 8 objectives, SPAM 2010 layout or synthetic";
    }

    @Override
    public Problem<?> load(ProblemSource source) {
        return loadCropSwitch(source);
    }

    /** Loads the problem with its concrete type (for the exact model and tests). */
    public static CropSwitchProblem loadCropSwitch(ProblemSource source) {
        Path file = source.file();
        CropSwitchSpec spec = Json.read(file, CropSwitchSpec.class);
        Path dataDir = source.dataFolder(spec.data(), spec.synthetic(), () -> synthetic(source, spec.synthetic()),
                "it needs the SPAM 2010 tables and the four crop tables of CropSwitchReader (see README), or pass --data DIR");
        String iso3 = spec.iso3() == null ? "CHN" : spec.iso3();
        CropSwitchData data = CropSwitchReader.read(dataDir, iso3.isEmpty() ? null : iso3);
        String name = spec.name() != null ? spec.name() : Problems.defaultName(file);
        try {
            return new CropSwitchProblem(name, data);
        } catch (IllegalArgumentException e) {
            throw InputException.file(dataDir, e.getMessage());
        }
    }

    static Path synthetic(ProblemSource source, CropSwitchSpec.Synthetic s) {
        Path file = source.file();
        CropSwitchGenerator.Params params;
        try {
            params = new CropSwitchGenerator.Params(Json.require(file, "$.synthetic.cells", s.cells()),
                    s.seed() == null ? 1L : s.seed());
        } catch (IllegalArgumentException e) {
            throw Json.invalid(file, "$.synthetic", e.getMessage());
        }
        return SyntheticInstances.cached(source, params.folderName(), dir -> CropSwitchGenerator.generate(dir, params));
    }
}
