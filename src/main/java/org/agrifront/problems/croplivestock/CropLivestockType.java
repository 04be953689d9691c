package org.agrifront.problems.croplivestock;

import java.nio.file.Files;
import java.nio.file.Path;

import org.agrifront.core.Problem;
import org.agrifront.io.InputException;
import org.agrifront.io.Json;
import org.agrifront.problems.ProblemSource;
import org.agrifront.problems.SyntheticInstances;
import org.agrifront.problems.ProblemType;
import org.agrifront.problems.Problems;

/** Reads {@code "type": "croplivestock"} problem files. */
public final class CropLivestockType implements ProblemType {

    @Override
    public String type() {
        return "croplivestock";
    }

    @Override
    public String description() {
        return "crop-livestock placement on the Qinghai-Tibetan Plateau: 6 objectives, the paper's 8 constraint families; GeoTIFF + CSV data or synthetic";
    }

    @Override
    public Problem<?> load(ProblemSource source) {
        return loadCropLivestock(source);
    }

    /** Loads the problem with its concrete type. */
    public static CropLivestockProblem loadCropLivestock(ProblemSource source) {
        Path file = source.file();
        CropLivestockSpec spec = Json.read(file, CropLivestockSpec.class);
        if (spec.synthetic() != null && spec.data() != null && source.dataOverride() == null) {
            throw Json.invalid(file, "$.synthetic", "give either 'data' or 'synthetic', not both");
        }
        Path dir;
        if (source.dataOverride() != null) {
            dir = source.dataOverride();
        } else if (spec.synthetic() != null) {
            dir = synthetic(source, spec.synthetic());
        } else if (spec.data() != null) {
            dir = source.resolve(spec.data());
        } else {
            throw Json.missing(file, "$.data");
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(file, 0, "$.data", "data folder " + dir + " not found (expected the rasters and tables of "
                    + "'agrifront generate qtp'; or pass --data DIR)");
        }
        QtpData data = QtpFiles.read(dir);
        String name = spec.name() != null ? spec.name() : Problems.defaultName(file);
        return new CropLivestockProblem(name, data);
    }

    /** The cached synthetic instance, generated on first use (atomically: a temporary folder renamed into place). */
    static Path synthetic(ProblemSource source, CropLivestockSpec.Synthetic s) {
        Path file = source.file();
        QtpGenerator.Params params;
        try {
            params = new QtpGenerator.Params(Json.require(file, "$.synthetic.cells", s.cells()),
                    s.seed() == null ? 1L : s.seed(), s.justHeadroom() == null ? QtpGenerator.Params.DEFAULT_HEADROOM : s.justHeadroom());
        } catch (IllegalArgumentException e) {
            throw Json.invalid(file, "$.synthetic", e.getMessage());
        }
        return SyntheticInstances.cached(source, params.folderName(), dir -> QtpGenerator.generate(dir, params));
    }
}
