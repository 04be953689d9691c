package org.agrifront.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonTest {
    @TempDir
    Path dir;

    static List<GeoJson.Feature> provincesAndFlow() {
        return List.of(
                GeoJson.feature(GeoJson.point(114.5, 38.0), "province", "Hebei", "surplus_t", 1.25e6, "source", true),
                GeoJson.feature(GeoJson.point(113.625, 34.75), "province", "Henan", "surplus_t", 0.1, "source", false),
                GeoJson.feature(GeoJson.line(114.5, 38.0, 113.625, 34.75), "from", "Hebei", "to", "Henan",
                        "amount_t", 300_000, "share", Double.NaN, "note", null));
    }

    @Test
    void featureCollectionParsedWithJacksonHasTheFeaturesCoordinatesAndProperties() throws Exception {
        Path file = dir.resolve("flows.geojson");
        GeoJson.write(file, provincesAndFlow());
        JsonNode root = Json.MAPPER.readTree(Files.readString(file));

        assertEquals("FeatureCollection", root.get("type").asText());
        assertFalse(root.has("crs"));
        JsonNode features = root.get("features");
        assertEquals(3, features.size());

        JsonNode hebei = features.get(0);
        assertEquals("Feature", hebei.get("type").asText());
        assertEquals("Point", hebei.get("geometry").get("type").asText());
        assertFalse(hebei.get("geometry").has("crs"));
        assertEquals(114.5, hebei.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(38.0, hebei.get("geometry").get("coordinates").get(1).asDouble());
        assertEquals("Hebei", hebei.get("properties").get("province").asText());
        assertEquals(1_250_000, hebei.get("properties").get("surplus_t").asDouble());
        assertTrue(hebei.get("properties").get("source").asBoolean());
        assertEquals(List.of("province", "surplus_t", "source"), fieldNames(hebei.get("properties")));

        JsonNode flow = features.get(2);
        assertEquals("LineString", flow.get("geometry").get("type").asText());
        JsonNode coords = flow.get("geometry").get("coordinates");
        assertEquals(2, coords.size());
        assertEquals(113.625, coords.get(1).get(0).asDouble());
        assertEquals(34.75, coords.get(1).get(1).asDouble());
        assertEquals(300_000, flow.get("properties").get("amount_t").asLong());
        assertTrue(flow.get("properties").get("share").isNull(), "NaN has no JSON form");
        assertTrue(flow.get("properties").get("note").isNull());
    }

    @Test
    void numbersAreShortestDecimalsAndEachFeatureHasItsOwnLine() {
        String json = GeoJson.toJson(provincesAndFlow());
        assertTrue(json.contains("\"surplus_t\":1250000,"), json);
        assertTrue(json.contains("\"surplus_t\":0.1,"), json);
        assertEquals(5, json.lines().count(), json); // opening line, three features, closing line
        assertTrue(json.lines().skip(1).limit(3).allMatch(l -> l.startsWith("{\"type\":\"Feature\"")), json);
    }

    @Test
    void writtenFileReadsBackToTheSameGeometriesAndProperties() throws Exception {
        Path file = dir.resolve("flows.geojson");
        GeoJson.write(file, provincesAndFlow());
        List<GeoJson.Feature> back = GeoJson.read(file);
        assertEquals(3, back.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(back.get(i).geometry().equalsExact(provincesAndFlow().get(i).geometry()), "geometry " + i);
        }
        assertEquals("Henan", back.get(1).properties().get("province"));
        assertEquals(0.1, back.get(1).properties().get("surplus_t"));
        assertEquals(300_000L, back.get(2).properties().get("amount_t"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary files left behind");
        }
    }

    @Test
    void coordinatesOutsideLongitudeLatitudeAndUnknownValueTypesAreRejected() {
        var projected = assertThrows(IllegalArgumentException.class,
                () -> GeoJson.toJson(List.of(GeoJson.feature(GeoJson.point(450_000, 4_200_000)))));
        assertTrue(projected.getMessage().startsWith("feature 0 has coordinate (450000.0, 4200000.0)"), projected.getMessage());
        var object = assertThrows(IllegalArgumentException.class,
                () -> GeoJson.toJson(List.of(GeoJson.feature(GeoJson.point(1, 2), "when", java.time.LocalDate.of(2020, 1, 1)))));
        assertEquals("feature 0 property 'when' is a LocalDate: expected a string, number, boolean or null", object.getMessage());
    }

    @Test
    void aBadGeometryInAFileIsAnErrorNamingItsJsonPath() throws Exception {
        Path file = dir.resolve("bad.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{}},\n"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Triangle\",\"coordinates\":[1,2]},\"properties\":{}}]}");
        InputException e = assertThrows(InputException.class, () -> GeoJson.read(file));
        assertTrue(e.getMessage().startsWith(file + ": field '$.features[1].geometry': invalid geometry"), e.getMessage());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
