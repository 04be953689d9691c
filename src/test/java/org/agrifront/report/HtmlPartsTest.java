package org.agrifront.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Small parts of report.html: settings text and the comparison of attainment surfaces. */
class HtmlPartsTest {
    @Test
    void settingsPrintIntegersAsIntegers() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("divisions", 12.0);
        parameters.put("rate", 0.25);
        Map<String, Object> algorithm = new LinkedHashMap<>();
        algorithm.put("name", "nsga3");
        algorithm.put("population", 100);
        algorithm.put("parameters", parameters);
        assertEquals("population 100, parameters {divisions=12, rate=0.25}", Html.settings(algorithm));
    }

    @Test
    void surfaceGapIsTheLargestDistanceToTheNearestCornerInRangeUnits() {
        double[] a = {0, 10, 5, 5, 10, 0}, b = {0, 10, 5, 6, 10, 0};
        // the corner (5, 5) is 1 away from (5, 6) in y; y's range is 20, so 0.05
        assertEquals(0.05, Html.surfaceGap(a, b, new double[] {10, 20}), 1e-12);
        assertEquals(0, Html.surfaceGap(a, a, new double[] {10, 20}), 0);
        assertTrue(Html.sameSurfaces(List.of(a, a, a), List.of(a.clone(), a.clone(), a.clone())));
        assertFalse(Html.sameSurfaces(List.of(a, a, a), List.of(a, b, a)));
    }
}
