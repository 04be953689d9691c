package org.agrifront.problems.manure;

/**
 * Great-circle distance on a sphere of the IUGG mean Earth radius (6,371.0088 km), by the haversine formula. The
 * paper ranks transport by the Euclidean distance between provincial cropland centroids; we use great-circle
 * kilometres between the province points of {@code provinces.csv} so that the transport objective is in t·km.
 */
public final class GreatCircle {
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double km(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
