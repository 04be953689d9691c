package org.agrifront.problems.croplivestock;

/**
 * Where the cells are: a raster of {@code width × height} pixels, georeferenced by an affine transform
 * ({@code x = originX + (col + 0.5) * pixelX} at pixel centres, {@code y = originY + (row + 0.5) * pixelY}, pixelY
 * negative for north-up rasters) in the coordinate reference system {@code crs} (e.g. {@code EPSG:4326}).
 * {@code pixel[i]} is the raster index ({@code row * width + col}) of planning cell {@code i}; pixels outside
 * the plateau are no cell.
 */
public record Grid(int width, int height, double originX, double originY, double pixelX, double pixelY, String crs,
                   int[] pixel) {
    public Grid {
        if (width < 1 || height < 1) throw new IllegalArgumentException("raster size must be positive, found " + width + " x " + height);
        for (int p : pixel) {
            if (p < 0 || p >= width * height) throw new IllegalArgumentException("pixel index " + p + " outside the raster");
        }
    }

    public int cells() {
        return pixel.length;
    }

    public int row(int cell) {
        return pixel[cell] / width;
    }

    public int col(int cell) {
        return pixel[cell] % width;
    }

    /** x (longitude) of the centre of {@code cell}. */
    public double x(int cell) {
        return originX + (col(cell) + 0.5) * pixelX;
    }

    /** y (latitude) of the centre of {@code cell}. */
    public double y(int cell) {
        return originY + (row(cell) + 0.5) * pixelY;
    }

    /** A raster of the grid's size holding {@code values[cell]} at each cell's pixel and {@code fill} elsewhere. */
    public double[] toRaster(double[] values, double fill) {
        double[] r = new double[width * height];
        java.util.Arrays.fill(r, fill);
        for (int i = 0; i < pixel.length; i++) r[pixel[i]] = values[i];
        return r;
    }
}
