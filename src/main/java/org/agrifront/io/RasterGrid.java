package org.agrifront.io;

/**
 * A regular, north-up longitude/latitude grid in WGS 84 (EPSG:4326): the west edge and north edge of the raster, the
 * cell size in degrees, and the number of columns and rows. Row 0 is the northernmost row; cells are addressed
 * row-major ({@code index = row * width + column}), the order of {@link GeoRaster} values.
 *
 * <p>Study data come as lists of cell centres (e.g. the 9,412 land cells of the 1° land-use study, or 5 arc-minute
 * SPAM cells); {@link #cellsAt} places them on the grid and {@link #scatter} / {@link #gather} move values between
 * those per-cell arrays and full-grid arrays:
 * <pre>{@code
 * RasterGrid grid = RasterGrid.global(1.0);               // 360 x 180 cells, west -180, north 90
 * int[] cells = grid.cellsAt(lons, lats);                 // grid index of each data cell (checked)
 * double[] full = grid.scatter(cells, carbon, -9999);     // 64,800 values, -9999 where there is no data cell
 * double[] back = grid.gather(cells, full);               // the 9,412 values again
 * }</pre>
 *
 * @param west       longitude of the grid's west edge (degrees)
 * @param north      latitude of the grid's north edge (degrees)
 * @param cellWidth  cell size in longitude (degrees, &gt; 0)
 * @param cellHeight cell size in latitude (degrees, &gt; 0)
 * @param width      number of columns
 * @param height     number of rows
 */
public record RasterGrid(double west, double north, double cellWidth, double cellHeight, int width, int height) {
    /** How far (as a fraction of a cell) a point may sit from a cell centre and still count as that centre. */
    public static final double CENTRE_TOLERANCE = 0.01;

    public RasterGrid {
        if (!(cellWidth > 0) || !(cellHeight > 0) || !Double.isFinite(cellWidth) || !Double.isFinite(cellHeight)) {
            throw new IllegalArgumentException("cell size must be positive and finite, found " + cellWidth + " x " + cellHeight);
        }
        if (!Double.isFinite(west) || !Double.isFinite(north)) {
            throw new IllegalArgumentException("grid origin must be finite, found west " + west + ", north " + north);
        }
        if (width < 1 || height < 1 || (long) width * height > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid size must be at least 1 x 1 and fit an array, found " + width + " x " + height);
        }
    }

    /** The whole globe, -180..180 x -90..90, in square cells of {@code cellSize} degrees (which must divide 180). */
    public static RasterGrid global(double cellSize) {
        double columns = 360 / cellSize, rows = 180 / cellSize;
        if (Math.abs(rows - Math.rint(rows)) > 1e-9 * rows) {
            throw new IllegalArgumentException("cell size " + cellSize + "° does not divide 180°");
        }
        return new RasterGrid(-180, 90, cellSize, cellSize, (int) Math.rint(columns), (int) Math.rint(rows));
    }

    /**
     * The smallest grid of square {@code cellSize} cells whose cell centres include every given point, so the points
     * must be cell centres of one lattice (e.g. 1° data at x.5°). Use it to map a region (e.g. one country) without
     * the empty rest of the globe.
     */
    public static RasterGrid covering(double[] lons, double[] lats, double cellSize) {
        checkSameLength(lons, lats);
        if (lons.length == 0) throw new IllegalArgumentException("no points to cover");
        double minLon = Double.POSITIVE_INFINITY, maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY, maxLat = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lons.length; i++) {
            minLon = Math.min(minLon, lons[i]);
            maxLon = Math.max(maxLon, lons[i]);
            minLat = Math.min(minLat, lats[i]);
            maxLat = Math.max(maxLat, lats[i]);
        }
        int width = (int) Math.rint((maxLon - minLon) / cellSize) + 1;
        int height = (int) Math.rint((maxLat - minLat) / cellSize) + 1;
        return new RasterGrid(minLon - cellSize / 2, maxLat + cellSize / 2, cellSize, cellSize, width, height);
    }

    /** Number of cells, {@code width * height}. */
    public int size() {
        return width * height;
    }

    public double east() {
        return west + width * cellWidth;
    }

    public double south() {
        return north - height * cellHeight;
    }

    /** Longitude of the centre of column {@code column}. */
    public double centreLon(int column) {
        return west + (column + 0.5) * cellWidth;
    }

    /** Latitude of the centre of row {@code row} (row 0 is the northernmost). */
    public double centreLat(int row) {
        return north - (row + 0.5) * cellHeight;
    }

    public int index(int column, int row) {
        return row * width + column;
    }

    /** The cell containing ({@code lon}, {@code lat}) as a row-major index, or -1 when the point is outside. */
    public int cellContaining(double lon, double lat) {
        double c = Math.floor((lon - west) / cellWidth), r = Math.floor((north - lat) / cellHeight);
        if (c < 0 || c >= width || r < 0 || r >= height) return -1;
        return index((int) c, (int) r);
    }

    /**
     * The grid index of each point, which must be a cell centre (within {@link #CENTRE_TOLERANCE} of a cell) inside
     * the grid, at most one point per cell. A point on a cell corner, outside the grid or sharing a cell with an
     * earlier point is an error naming the point's position in the lists, so a grid that does not match the data is
     * caught here rather than as a shifted map.
     *
     * @throws IllegalArgumentException naming the first offending point
     */
    public int[] cellsAt(double[] lons, double[] lats) {
        checkSameLength(lons, lats);
        int[] cells = new int[lons.length];
        java.util.BitSet taken = new java.util.BitSet(size());
        for (int i = 0; i < lons.length; i++) {
            double c = (lons[i] - west) / cellWidth - 0.5, r = (north - lats[i]) / cellHeight - 0.5;
            double column = Math.rint(c), row = Math.rint(r);
            if (!(Math.abs(c - column) <= CENTRE_TOLERANCE && Math.abs(r - row) <= CENTRE_TOLERANCE)) {
                throw new IllegalArgumentException(point(i, lons, lats) + " is not a cell centre of " + this);
            }
            if (column < 0 || column >= width || row < 0 || row >= height) {
                throw new IllegalArgumentException(point(i, lons, lats) + " lies outside " + this);
            }
            int cell = index((int) column, (int) row);
            if (taken.get(cell)) {
                int earlier = 0;
                while (cells[earlier] != cell) earlier++;
                throw new IllegalArgumentException(point(i, lons, lats) + " falls in the same cell (column " + (int) column
                        + ", row " + (int) row + ") as point " + earlier);
            }
            taken.set(cell);
            cells[i] = cell;
        }
        return cells;
    }

    /** A full-grid array holding {@code values[i]} at {@code cells[i]} and {@code nodata} everywhere else. */
    public double[] scatter(int[] cells, double[] values, double nodata) {
        if (cells.length != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + cells.length + " cells");
        }
        double[] full = new double[size()];
        java.util.Arrays.fill(full, nodata);
        for (int i = 0; i < cells.length; i++) full[cells[i]] = values[i];
        return full;
    }

    /** As {@link #scatter(int[], double[], double)} for categorical codes, e.g. a land-use genome. */
    public double[] scatter(int[] cells, byte[] codes, double nodata) {
        if (cells.length != codes.length) {
            throw new IllegalArgumentException(codes.length + " codes for " + cells.length + " cells");
        }
        double[] full = new double[size()];
        java.util.Arrays.fill(full, nodata);
        for (int i = 0; i < cells.length; i++) full[cells[i]] = codes[i];
        return full;
    }

    /** The values of a full-grid array at the given cells: the inverse of {@link #scatter}. */
    public double[] gather(int[] cells, double[] full) {
        if (full.length != size()) {
            throw new IllegalArgumentException(full.length + " values for a grid of " + size() + " cells");
        }
        double[] values = new double[cells.length];
        for (int i = 0; i < cells.length; i++) values[i] = full[cells[i]];
        return values;
    }

    /** True when both grids have the same size and their edges and cell sizes agree to 1e-6 of a cell. */
    public boolean matches(RasterGrid other) {
        double tx = 1e-6 * cellWidth, ty = 1e-6 * cellHeight;
        return width == other.width && height == other.height
                && Math.abs(west - other.west) <= tx && Math.abs(north - other.north) <= ty
                && Math.abs(cellWidth - other.cellWidth) * width <= tx
                && Math.abs(cellHeight - other.cellHeight) * height <= ty;
    }

    @Override
    public String toString() {
        return "grid of " + width + " x " + height + " cells of " + Numbers.format(cellWidth)
                + (cellWidth == cellHeight ? "" : " x " + Numbers.format(cellHeight)) + "° from (west "
                + Numbers.format(west) + ", north " + Numbers.format(north) + ")";
    }

    private static void checkSameLength(double[] lons, double[] lats) {
        if (lons.length != lats.length) {
            throw new IllegalArgumentException(lons.length + " longitudes but " + lats.length + " latitudes");
        }
    }

    private static String point(int i, double[] lons, double[] lats) {
        return "point " + i + " (lon " + Numbers.format(lons[i]) + ", lat " + Numbers.format(lats[i]) + ")";
    }
}
