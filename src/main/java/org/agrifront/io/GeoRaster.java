package org.agrifront.io;

import java.util.List;
import java.util.Objects;

/**
 * A raster on a {@link RasterGrid}: one or more bands of values stored as {@code double}, a sample type deciding how
 * they are stored in a file, and one nodata value shared by all bands. Categorical bands (land use, crop, biome) carry
 * category names indexed by code: {@code categories.get(3)} names the cells whose value is 3.
 *
 * <pre>{@code
 * RasterGrid grid = RasterGrid.global(1.0);
 * double[] codes = grid.scatter(grid.cellsAt(lons, lats), genome, 255);
 * GeoRaster map = GeoRaster.of(grid, SampleType.BYTE, 255,
 *         Band.categorical("land use", List.of("PNV", "Crops", "Pasture"), codes));
 * GeoTiff.write(Path.of("results/landuse/allocation.tif"), map);
 * }</pre>
 * Value arrays are row-major (row 0 north) and are not copied: treat a raster as read-only once built.
 */
public final class GeoRaster {
    /** How values are stored in a file; integer types require integral values within their range. */
    public enum SampleType {
        /** unsigned 8-bit, 0..255: categorical maps with up to 255 codes (nodata e.g. 255). */
        BYTE(0, 255),
        /** signed 32-bit integers. */
        INT32(Integer.MIN_VALUE, Integer.MAX_VALUE),
        /** 32-bit float: values are rounded to float when written. */
        FLOAT32(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
        /** 64-bit float: values round-trip exactly. */
        FLOAT64(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        private final double min;
        private final double max;

        SampleType(double min, double max) {
            this.min = min;
            this.max = max;
        }

        public boolean isInteger() {
            return this == BYTE || this == INT32;
        }

        /** True when {@code v} can be stored without change (NaN only in float types). */
        public boolean holds(double v) {
            if (!isInteger()) return true;
            return v == Math.rint(v) && v >= min && v <= max;
        }
    }

    /**
     * One band: a name (shown by GDAL as the band description), a unit (may be empty), category names (empty for a
     * continuous band) and the grid's values.
     */
    public record Band(String name, String unit, List<String> categories, double[] values) {
        public Band {
            Objects.requireNonNull(name, "name");
            unit = unit == null ? "" : unit;
            categories = categories == null ? List.of() : List.copyOf(categories);
            Objects.requireNonNull(values, "values");
        }

        /** A band of measured or computed quantities, e.g. carbon storage in kgC/m². */
        public static Band continuous(String name, String unit, double[] values) {
            return new Band(name, unit, List.of(), values);
        }

        /** A band of codes 0..n-1 named by {@code categories}, e.g. the 10 land uses. */
        public static Band categorical(String name, List<String> categories, double[] values) {
            return new Band(name, "", categories, values);
        }

        public boolean isCategorical() {
            return !categories.isEmpty();
        }
    }

    private final RasterGrid grid;
    private final SampleType type;
    private final double nodata;
    private final List<Band> bands;

    /**
     * @param nodata the value marking cells without data; {@code NaN} means "no nodata value" for integer types and
     *               NaN cells for float types
     * @throws IllegalArgumentException when a band has the wrong number of values, a value the type cannot hold, or
     *                                  category names on a float band
     */
    public GeoRaster(RasterGrid grid, SampleType type, double nodata, List<Band> bands) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.type = Objects.requireNonNull(type, "type");
        this.nodata = nodata;
        this.bands = List.copyOf(bands);
        if (this.bands.isEmpty()) throw new IllegalArgumentException("a raster needs at least one band");
        if (!Double.isNaN(nodata) && !type.holds(nodata)) {
            throw new IllegalArgumentException("nodata " + Numbers.format(nodata) + " cannot be stored as " + type);
        }
        for (Band band : this.bands) check(band);
    }

    public static GeoRaster of(RasterGrid grid, SampleType type, double nodata, Band... bands) {
        return new GeoRaster(grid, type, nodata, List.of(bands));
    }

    private void check(Band band) {
        if (band.values().length != grid.size()) {
            throw new IllegalArgumentException("band '" + band.name() + "' has " + band.values().length
                    + " values for a " + grid + " (" + grid.size() + " cells)");
        }
        if (band.isCategorical() && !type.isInteger()) {
            throw new IllegalArgumentException("band '" + band.name() + "' has categories but the raster type is " + type);
        }
        if (!type.isInteger()) return;
        double[] v = band.values();
        for (int i = 0; i < v.length; i++) {
            if (!type.holds(v[i])) {
                throw new IllegalArgumentException("band '" + band.name() + "' value " + Numbers.format(v[i])
                        + " at column " + i % grid.width() + ", row " + i / grid.width() + " cannot be stored as " + type);
            }
        }
    }

    public RasterGrid grid() {
        return grid;
    }

    public SampleType type() {
        return type;
    }

    /** The nodata value, NaN when there is none (or, in float rasters, when NaN marks missing cells). */
    public double nodata() {
        return nodata;
    }

    public boolean isNodata(double v) {
        return Double.isNaN(nodata) ? Double.isNaN(v) : v == nodata;
    }

    public List<Band> bands() {
        return bands;
    }

    public Band band(int index) {
        return bands.get(index);
    }

    /** The band called {@code name}; an error lists the names there are. */
    public Band band(String name) {
        for (Band b : bands) if (b.name().equals(name)) return b;
        throw new IllegalArgumentException("no band '" + name + "'; bands: "
                + String.join(", ", bands.stream().map(Band::name).toList()));
    }

    /** The value of band {@code band} at ({@code column}, {@code row}). */
    public double value(int band, int column, int row) {
        return bands.get(band).values()[grid.index(column, row)];
    }
}
