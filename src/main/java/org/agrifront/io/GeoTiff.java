package org.agrifront.io;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BandedSampleModel;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.sis.coverage.SampleDimension;
import org.apache.sis.coverage.grid.GridCoverage;
import org.apache.sis.coverage.grid.GridExtent;
import org.apache.sis.coverage.grid.GridGeometry;
import org.apache.sis.coverage.grid.PixelInCell;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.apache.sis.referencing.operation.transform.LinearTransform;
import org.apache.sis.storage.DataStoreException;
import org.apache.sis.storage.GridCoverageResource;
import org.apache.sis.storage.StorageConnector;
import org.apache.sis.storage.event.WarningEvent;
import org.apache.sis.storage.geotiff.GeoTiffStore;
import org.apache.sis.storage.geotiff.GeoTiffStoreProvider;
import org.apache.sis.util.Utilities;
import org.apache.sis.util.collection.TableColumn;
import org.apache.sis.util.collection.TreeTable;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.cs.AxisDirection;
import org.opengis.referencing.cs.CoordinateSystem;
import org.opengis.referencing.operation.Matrix;
import org.opengis.referencing.operation.MathTransform;

/**
 * Writes and reads {@link GeoRaster}s as GeoTIFF files that GDAL and QGIS read with the right place, nodata and
 * category names.
 *
 * <pre>{@code
 * GeoTiff.write(Path.of("results/landuse/allocation.tif"), map);   // + allocation.tif.aux.xml when categorical
 * GeoRaster back = GeoTiff.read(Path.of("results/landuse/allocation.tif"));
 * List<GeoRaster> inputs = GeoTiff.readAligned(List.of(cropland, grassland));  // same grid, or one-line error
 * }</pre>
 *
 * <p><b>What a file holds.</b> One image, one sample per band (deflate-compressed strips); GeoTIFF georeferencing
 * by ModelPixelScale + ModelTiepoint with the GeoKeys ModelType = geographic, RasterType = PixelIsArea and
 * GeographicType = 4326; the GDAL tags GDAL_NODATA (42113) and GDAL_METADATA (42112) with each band's description,
 * unit ({@code role="unittype"}) and category names ({@code CATEGORY_<code>} items). Because GDAL's GeoTIFF driver
 * takes category names only from its side-car file, categorical rasters also get {@code <file>.aux.xml} with
 * {@code <CategoryNames>}, so {@code gdalinfo} lists them under "Categories" and QGIS shows them.
 *
 * <p><b>Why the JDK's TIFF writer, not Apache SIS, writes.</b> The GeoTIFF writer of Apache SIS 1.6 (the first
 * release on Maven Central that writes GeoTIFF; 1.4 only reads, 1.5 is not published) writes the georeferencing
 * but neither GDAL_NODATA nor GDAL_METADATA, so nodata cells and category names would be lost. The JDK's
 * {@code javax.imageio} TIFF plug-in accepts extra TIFF fields, so the GeoTIFF and GDAL tags are added to its
 * metadata. Apache SIS reads the files back: it decodes the CRS from the GeoKeys and the grid geometry, and exposes
 * the GDAL tags through its native metadata.
 *
 * <p><b>Limits.</b> Multi-band files store bands pixel-interleaved; the JDK writer declares no ExtraSamples, so GDAL
 * prints a harmless warning ("Defining non-color channels as ExtraSamples") when it opens a file of two or more
 * bands. No overviews, tiles, colour tables or projected CRSs are written. The reader accepts any GeoTIFF in WGS 84
 * longitude/latitude (EPSG:4326 or CRS:84) on a north-up or south-up regular grid, tiled or in strips, with the
 * compressions SIS 1.6 decodes (none, LZW, deflate, PackBits, CCITT RLE; horizontal predictor). Other CRSs are an
 * error, and so are GDAL's ZSTD, LERC and JPEG compressions and its floating-point predictor ({@code PREDICTOR=3}),
 * which SIS does not decode. Only the first image is read (GDAL overviews are ignored).
 */
public final class GeoTiff {
    static final int TAG_MODEL_PIXEL_SCALE = 33550;
    static final int TAG_MODEL_TIEPOINT = 33922;
    static final int TAG_GEO_KEY_DIRECTORY = 34735;
    static final int TAG_GDAL_METADATA = 42112;
    static final int TAG_GDAL_NODATA = 42113;

    /** GeoKey directory: version 1.1.0, 3 keys: geographic model, pixel-is-area, EPSG:4326. */
    static final char[] EPSG_4326_KEYS = {1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, 4326};

    private GeoTiff() {
    }

    /**
     * Writes {@code raster} to {@code file} atomically. For a raster with categorical bands, also writes
     * {@code file.aux.xml} (GDAL's side-car) with the category names; otherwise deletes a stale one, since GDAL would
     * apply it to the new file.
     */
    public static void write(Path file, GeoRaster raster) {
        write(file, raster, EPSG_4326_KEYS);
    }

    /** Writes with the given GeoKey directory; package-private so tests can produce files in other CRSs. */
    static void write(Path file, GeoRaster raster, char[] geoKeys) {
        BufferedImage image = image(raster);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("TIFF").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("ZLib"); // TIFF compression 8, as GDAL writes deflate
            TIFFDirectory dir = TIFFDirectory.createFromMetadata(
                    writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param));
            addFields(dir, raster, geoKeys);
            IIOImage content = new IIOImage(image, null, dir.getAsMetadata());
            AtomicFiles.write(file, out -> {
                ImageOutputStream ios = new MemoryCacheImageOutputStream(out);
                writer.setOutput(ios);
                writer.write(null, content, param);
                ios.close(); // flushes; leaves `out` open for AtomicFiles
            });
        } catch (javax.imageio.metadata.IIOInvalidTreeException e) {
            throw new IllegalStateException("cannot build TIFF metadata for " + file + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        writeSidecar(file, raster);
    }

    private static BufferedImage image(GeoRaster raster) {
        RasterGrid grid = raster.grid();
        int bands = raster.bands().size();
        int dataType = switch (raster.type()) {
            case BYTE -> DataBuffer.TYPE_BYTE;
            case INT32 -> DataBuffer.TYPE_INT;
            case FLOAT32 -> DataBuffer.TYPE_FLOAT;
            case FLOAT64 -> DataBuffer.TYPE_DOUBLE;
        };
        WritableRaster pixels = Raster.createWritableRaster(
                new BandedSampleModel(dataType, grid.width(), grid.height(), bands), null);
        for (int b = 0; b < bands; b++) {
            pixels.setSamples(0, 0, grid.width(), grid.height(), b, raster.band(b).values());
        }
        ColorSpace space = bands == 1 ? ColorSpace.getInstance(ColorSpace.CS_GRAY) : new BandSpace(bands);
        ComponentColorModel colours = new ComponentColorModel(space, false, false, Transparency.OPAQUE, dataType);
        return new BufferedImage(colours, pixels, false, null);
    }

    private static void addFields(TIFFDirectory dir, GeoRaster raster, char[] geoKeys) {
        RasterGrid g = raster.grid();
        BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
        // Bands are data, not colours: BlackIsZero for every band count (the writer would call 3 bands RGB).
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_PHOTOMETRIC_INTERPRETATION),
                BaselineTIFFTagSet.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO));
        dir.addTIFFField(doubles("ModelPixelScaleTag", TAG_MODEL_PIXEL_SCALE, g.cellWidth(), g.cellHeight(), 0));
        dir.addTIFFField(doubles("ModelTiepointTag", TAG_MODEL_TIEPOINT, 0, 0, 0, g.west(), g.north(), 0));
        dir.addTIFFField(new TIFFField(new TIFFTag("GeoKeyDirectoryTag", TAG_GEO_KEY_DIRECTORY, 1 << TIFFTag.TIFF_SHORT),
                TIFFTag.TIFF_SHORT, geoKeys.length, geoKeys.clone()));
        if (!Double.isNaN(raster.nodata()) || !raster.type().isInteger()) {
            dir.addTIFFField(ascii("GDAL_NODATA", TAG_GDAL_NODATA, GdalText.nodata(raster.nodata())));
        }
        dir.addTIFFField(ascii("GDAL_METADATA", TAG_GDAL_METADATA, GdalText.metadataXml(raster.bands())));
    }

    private static TIFFField doubles(String name, int number, double... values) {
        return new TIFFField(new TIFFTag(name, number, 1 << TIFFTag.TIFF_DOUBLE), TIFFTag.TIFF_DOUBLE, values.length, values);
    }

    private static TIFFField ascii(String name, int number, String text) {
        return new TIFFField(new TIFFTag(name, number, 1 << TIFFTag.TIFF_ASCII), TIFFTag.TIFF_ASCII, 1, new String[] {text});
    }

    private static void writeSidecar(Path file, GeoRaster raster) {
        Path sidecar = file.resolveSibling(file.getFileName() + ".aux.xml");
        if (raster.bands().stream().anyMatch(GeoRaster.Band::isCategorical)) {
            AtomicFiles.writeString(sidecar, GdalText.pamXml(raster.bands()));
        } else {
            try {
                Files.deleteIfExists(sidecar);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot delete stale " + sidecar + ": " + e.getMessage(), e);
            }
        }
    }

    /** A colour space with one component per band, only so that the TIFF writer accepts an n-band image. */
    private static final class BandSpace extends ColorSpace {
        private static final long serialVersionUID = 1L;

        BandSpace(int bands) {
            super(ColorSpace.TYPE_2CLR + Math.min(bands, 15) - 2, bands);
        }

        @Override
        public float[] toRGB(float[] value) {
            return new float[] {value[0], value[0], value[0]};
        }

        @Override
        public float[] fromRGB(float[] rgb) {
            float[] v = new float[getNumComponents()];
            v[0] = rgb[0];
            return v;
        }

        @Override
        public float[] toCIEXYZ(float[] value) {
            return toRGB(value);
        }

        @Override
        public float[] fromCIEXYZ(float[] xyz) {
            return fromRGB(xyz);
        }

        @Override
        public float getMinValue(int component) {
            return -Float.MAX_VALUE;
        }

        @Override
        public float getMaxValue(int component) {
            return Float.MAX_VALUE;
        }
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /**
     * Reads a GeoTIFF in WGS 84 longitude/latitude.
     *
     * @throws InputException naming the file when it is missing, not a GeoTIFF, in another CRS, or not a regular
     *                        north-south grid
     */
    public static GeoRaster read(Path file) {
        if (!Files.isRegularFile(file)) throw InputException.file(file, "file not found");
        List<String> warnings = new ArrayList<>();
        try (GeoTiffStore store = new GeoTiffStore(new GeoTiffStoreProvider(), new StorageConnector(file))) {
            // With a listener SIS reports its warnings here instead of logging them; they explain failures below.
            store.addListener(WarningEvent.class, event -> warnings.add(event.getDescription().getMessage()));
            List<GridCoverageResource> images = store.components();
            if (images.isEmpty()) throw InputException.file(file, "the TIFF file holds no image");
            GridCoverage coverage = images.get(0).read(null).forConvertedValues(false);
            Placement placement = placement(file, coverage.getGridGeometry());
            Optional<TreeTable> nativeTags = store.getNativeMetadata();
            return raster(file, coverage, placement.grid(), placement.southUp(), nativeTags.map(TreeTable::getRoot).orElse(null));
        } catch (DataStoreException e) {
            throw InputException.file(file, "cannot read as GeoTIFF: " + e.getMessage()
                    + (warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")"));
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // SIS reports a truncated or corrupt file late, as an unchecked BackingStoreException (or worse) from
            // the pixel read: still the file's fault, so name it
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InputException(file, 0, null, "cannot read as GeoTIFF (truncated or corrupt?): " + cause.getMessage()
                    + (warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")"), e);
        }
    }

    /**
     * Reads a GeoTIFF that must lie on {@code expected} (same size, origin and cell size).
     *
     * @throws InputException naming the file and both grids when they differ
     */
    public static GeoRaster read(Path file, RasterGrid expected) {
        GeoRaster raster = read(file);
        if (!raster.grid().matches(expected)) {
            throw InputException.file(file, "raster is on a " + raster.grid() + ", expected a " + expected);
        }
        return raster;
    }

    /**
     * Reads several GeoTIFFs that must share one grid, e.g. the input layers of one study.
     *
     * @throws InputException naming the first file whose grid differs from the first file's, and both grids
     */
    public static List<GeoRaster> readAligned(List<Path> files) {
        List<GeoRaster> rasters = new ArrayList<>();
        for (Path file : files) {
            GeoRaster raster = read(file);
            if (!rasters.isEmpty() && !raster.grid().matches(rasters.get(0).grid())) {
                throw InputException.file(file, "raster is on a " + raster.grid() + ", but " + files.get(0)
                        + " is on a " + rasters.get(0).grid() + ": the files must share one grid");
            }
            rasters.add(raster);
        }
        return rasters;
    }

    /** Where a coverage lies: its grid, and whether its rows run south to north (to be flipped on reading). */
    private record Placement(RasterGrid grid, boolean southUp) {
    }

    /** The grid of a coverage whose CRS is WGS 84 longitude/latitude, or an error saying what it is instead. */
    private static Placement placement(Path file, GridGeometry geometry) {
        if (!geometry.isDefined(GridGeometry.CRS)) {
            throw InputException.file(file, "no coordinate reference system: expected WGS 84 longitude/latitude (EPSG:4326)");
        }
        CoordinateReferenceSystem crs = geometry.getCoordinateReferenceSystem();
        CoordinateReferenceSystem lonLat = AbstractCRS.castOrCopy(crs).forConvention(AxesConvention.RIGHT_HANDED);
        if (!Utilities.equalsApproximately(lonLat, CommonCRS.WGS84.normalizedGeographic())) {
            String code = IdentifiedObjects.getIdentifierOrName(crs);
            throw InputException.file(file, "coordinate reference system is '" + crs.getName().getCode() + "'"
                    + (code == null ? "" : " (" + code + ")") + ": expected WGS 84 longitude/latitude (EPSG:4326)");
        }
        if (!geometry.isDefined(GridGeometry.GRID_TO_CRS | GridGeometry.EXTENT)) {
            throw InputException.file(file, "no georeferencing (pixel scale and tie point, or transformation)");
        }
        MathTransform toCrs = geometry.getGridToCRS(PixelInCell.CELL_CORNER);
        if (!(toCrs instanceof LinearTransform linear)) {
            throw InputException.file(file, "the grid is not a regular longitude/latitude grid");
        }
        Matrix m = linear.getMatrix();
        CoordinateSystem cs = crs.getCoordinateSystem();
        int lon = axis(cs, AxisDirection.EAST), lat = axis(cs, AxisDirection.NORTH);
        if (lon < 0 || lat < 0 || m.getElement(lon, 1) != 0 || m.getElement(lat, 0) != 0
                || !(m.getElement(lon, 0) > 0) || m.getElement(lat, 1) == 0) {
            throw InputException.file(file, "the grid is rotated or mirrored: expected columns west to east, rows along latitude");
        }
        GridExtent extent = geometry.getExtent();
        int width = (int) extent.getSize(0), height = (int) extent.getSize(1);
        double dx = m.getElement(lon, 0), dy = m.getElement(lat, 1); // dy < 0: north-up
        double west = m.getElement(lon, 2) + dx * extent.getLow(0);
        double top = m.getElement(lat, 2) + dy * extent.getLow(1);
        boolean southUp = dy > 0;
        double north = southUp ? top + dy * height : top;
        return new Placement(new RasterGrid(west, north, dx, Math.abs(dy), width, height), southUp);
    }

    private static int axis(CoordinateSystem cs, AxisDirection direction) {
        for (int i = 0; i < cs.getDimension(); i++) {
            if (cs.getAxis(i).getDirection().equals(direction)) return i;
        }
        return -1;
    }

    private static GeoRaster raster(Path file, GridCoverage coverage, RasterGrid grid, boolean southUp, TreeTable.Node tags) {
        RenderedImage image = coverage.render(null);
        Raster pixels = image.getData();
        GeoRaster.SampleType type = switch (image.getSampleModel().getDataType()) {
            case DataBuffer.TYPE_BYTE -> GeoRaster.SampleType.BYTE;
            case DataBuffer.TYPE_SHORT, DataBuffer.TYPE_USHORT, DataBuffer.TYPE_INT -> GeoRaster.SampleType.INT32;
            case DataBuffer.TYPE_FLOAT -> GeoRaster.SampleType.FLOAT32;
            default -> GeoRaster.SampleType.FLOAT64;
        };
        if (pixels.getWidth() != grid.width() || pixels.getHeight() != grid.height()) {
            throw InputException.file(file, "image is " + pixels.getWidth() + " x " + pixels.getHeight()
                    + " pixels but its grid is " + grid.width() + " x " + grid.height());
        }
        double nodata = nodata(file, tags, coverage.getSampleDimensions());
        GdalText.Metadata meta = GdalText.parse(tags);
        List<List<String>> sidecarCategories = GdalText.readPamCategories(file.resolveSibling(file.getFileName() + ".aux.xml"));
        List<GeoRaster.Band> bands = new ArrayList<>();
        for (int b = 0; b < pixels.getNumBands(); b++) {
            double[] values = pixels.getSamples(pixels.getMinX(), pixels.getMinY(), grid.width(), grid.height(), b,
                    new double[grid.size()]);
            if (southUp) flipRows(values, grid.width(), grid.height());
            if (!Double.isNaN(nodata)) {
                for (int i = 0; i < values.length; i++) if (Double.isNaN(values[i])) values[i] = nodata;
            }
            List<String> categories = meta.categories(b);
            if (categories.isEmpty() && b < sidecarCategories.size()) categories = sidecarCategories.get(b);
            if (!type.isInteger()) categories = List.of();
            bands.add(new GeoRaster.Band(meta.description(b).orElse("band " + (b + 1)), meta.unit(b), categories, values));
        }
        try {
            return new GeoRaster(grid, type, nodata, bands);
        } catch (IllegalArgumentException e) {
            throw InputException.file(file, e.getMessage());
        }
    }

    private static double nodata(Path file, TreeTable.Node tags, List<SampleDimension> dimensions) {
        Object text = GdalText.find(tags, "GDAL_NODATA").map(n -> n.getValue(TableColumn.VALUE)).orElse(null);
        if (text != null) {
            try {
                return GdalText.parseNodata(text.toString());
            } catch (NumberFormatException e) {
                throw InputException.file(file, "GDAL_NODATA tag '" + text + "' is not a number");
            }
        }
        for (SampleDimension d : dimensions) {
            Optional<Number> background = d.getBackground();
            if (background.isPresent()) return background.get().doubleValue();
        }
        return Double.NaN;
    }

    private static void flipRows(double[] values, int width, int height) {
        double[] row = new double[width];
        for (int top = 0, bottom = height - 1; top < bottom; top++, bottom--) {
            System.arraycopy(values, top * width, row, 0, width);
            System.arraycopy(values, bottom * width, values, top * width, width);
            System.arraycopy(row, 0, values, bottom * width, width);
        }
    }
}
