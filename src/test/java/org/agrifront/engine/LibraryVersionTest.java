package org.agrifront.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LibraryVersionTest {
    @Test
    void enginesReportTheLibrariesVersionsNotAgrifronts() {
        assertEquals("MOEA Framework 5.0", Engines.get("moea").version());
        assertEquals("jMetal 6.6", Engines.get("jmetal").version());
    }

    @Test
    void missingMetadataFallsBackToThePinnedVersion() {
        assertEquals("9.9", LibraryVersion.of(LibraryVersionTest.class, "no.such", "artifact", "9.9"));
    }
}
