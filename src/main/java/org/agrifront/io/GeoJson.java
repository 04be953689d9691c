package org.agrifront.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * GeoJSON (RFC 7946) FeatureCollections of JTS geometries with properties, in WGS 84 longitude/latitude: province
 * points, flow lines with amounts, unit polygons. JTS encodes and decodes the geometries; Jackson the collection.
 *
 * <pre>{@code
 * List<GeoJson.Feature> features = List.of(
 *         GeoJson.feature(GeoJson.point(114.5, 38.0), "province", "Hebei", "surplus_t", 1.25e6),
 *         GeoJson.feature(GeoJson.line(114.5, 38.0, 113.6, 34.8), "from", "Hebei", "to", "Henan", "amount_t", 3.0e5));
 * GeoJson.write(Path.of("results/manure/flows.geojson"), features);   // atomically
 * List<GeoJson.Feature> back = GeoJson.read(Path.of("results/manure/flows.geojson"));
 * }</pre>
 * One feature per line; properties keep their order; numbers are written as the shortest decimal that reads back
 * to the same double (no exponent), NaN and infinities as {@code null}; coordinates with at most 8 decimals (about
 * 1 mm). No {@code crs} member: RFC 7946 fixes the CRS to WGS 84.
 */
public final class GeoJson {
    /** Builds geometries in EPSG:4326 (x = longitude, y = latitude). */
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final int DECIMALS = 8;

    /**
     * A geometry and its properties (String, Number, Boolean or null values), in the order given.
     */
    public record Feature(Geometry geometry, Map<String, Object> properties) {
        public Feature {
            java.util.Objects.requireNonNull(geometry, "geometry");
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    private GeoJson() {
    }

    public static Point point(double lon, double lat) {
        return WGS84.createPoint(new Coordinate(lon, lat));
    }

    /** A straight line between two points, e.g. a flow from one province to another. */
    public static LineString line(double fromLon, double fromLat, double toLon, double toLat) {
        return WGS84.createLineString(new Coordinate[] {new Coordinate(fromLon, fromLat), new Coordinate(toLon, toLat)});
    }

    /** A feature with properties given as alternating names and values. */
    public static Feature feature(Geometry geometry, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("properties come as name, value pairs; found " + namesAndValues.length + " items");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return new Feature(geometry, properties);
    }

    /**
     * Writes a FeatureCollection atomically.
     *
     * @throws IllegalArgumentException when a coordinate is not a longitude/latitude or a property value is not a
     *                                  string, number, boolean or null
     */
    public static void write(Path file, List<Feature> features) {
        String json = toJson(features);
        AtomicFiles.writeString(file, json);
    }

    /** The FeatureCollection as text (what {@link #write} writes). */
    public static String toJson(List<Feature> features) {
        GeoJsonWriter geometries = new GeoJsonWriter(DECIMALS);
        geometries.setEncodeCRS(false);
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = Json.MAPPER.getFactory().createGenerator(out)) {
            gen.setRootValueSeparator(null); // features are separated by hand, one per line
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            for (int i = 0; i < features.size(); i++) {
                Feature f = features.get(i);
                checkCoordinates(i, f.geometry());
                out.write(i == 0 ? "\n" : ",\n");
                gen.writeStartObject();
                gen.writeStringField("type", "Feature");
                gen.writeFieldName("geometry");
                gen.writeRawValue(geometries.write(f.geometry()));
                gen.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> p : f.properties().entrySet()) {
                    gen.writeFieldName(p.getKey());
                    writeValue(gen, i, p.getKey(), p.getValue());
                }
                gen.writeEndObject();
                gen.writeEndObject();
                gen.flush();
            }
            out.write("\n]}\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void writeValue(JsonGenerator gen, int feature, String name, Object v) throws IOException {
        if (v == null) gen.writeNull();
        else if (v instanceof String s) gen.writeString(s);
        else if (v instanceof Boolean b) gen.writeBoolean(b);
        else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) gen.writeNumber(((Number) v).longValue());
        else if (v instanceof BigInteger || v instanceof BigDecimal) gen.writeNumber(v.toString());
        else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) gen.writeNumber(Numbers.format(d));
            else gen.writeNull();
        } else {
            throw new IllegalArgumentException("feature " + feature + " property '" + name + "' is a "
                    + v.getClass().getSimpleName() + ": expected a string, number, boolean or null");
        }
    }

    private static void checkCoordinates(int feature, Geometry g) {
        for (Coordinate c : g.getCoordinates()) {
            if (!(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90)) {
                throw new IllegalArgumentException("feature " + feature + " has coordinate (" + c.x + ", " + c.y
                        + "): GeoJSON needs longitude in [-180, 180] and latitude in [-90, 90]");
            }
        }
    }

    /**
     * Reads a FeatureCollection (or a single Feature) back.
     *
     * @throws InputException naming the file and the JSON path of what is wrong
     */
    public static List<Feature> read(Path file) {
        JsonNode root = Json.tree(file);
        String type = root.path("type").asText("");
        if (type.equals("Feature")) return List.of(feature(file, "$", root));
        if (!type.equals("FeatureCollection")) {
            throw Json.invalid(file, "$.type", "expected \"FeatureCollection\" or \"Feature\", found '" + type + "'");
        }
        JsonNode items = root.path("features");
        if (!items.isArray()) throw Json.invalid(file, "$.features", "expected a list of features");
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) features.add(feature(file, "$.features[" + i + "]", items.get(i)));
        return features;
    }

    private static Feature feature(Path file, String path, JsonNode node) {
        if (!"Feature".equals(node.path("type").asText())) {
            throw Json.invalid(file, path + ".type", "expected \"Feature\"");
        }
        JsonNode geometry = node.path("geometry");
        if (!geometry.isObject()) throw Json.invalid(file, path + ".geometry", "expected a geometry object");
        Geometry g;
        try {
            g = new GeoJsonReader(WGS84).read(geometry.toString());
        } catch (ParseException | RuntimeException e) {
            throw Json.invalid(file, path + ".geometry", "invalid geometry: " + e.getMessage());
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        JsonNode props = node.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode v = p.getValue();
            Object value = v.isNull() ? null : v.isTextual() ? v.asText() : v.isBoolean() ? v.asBoolean()
                    : v.isIntegralNumber() && v.canConvertToLong() ? (Object) v.asLong() : v.isNumber() ? (Object) v.asDouble()
                    : v.toString();
            properties.put(p.getKey(), value);
        }
        return new Feature(g, properties);
    }
}
