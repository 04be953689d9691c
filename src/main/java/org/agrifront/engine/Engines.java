package org.agrifront.engine;

import java.util.List;
import java.util.Locale;

import org.agrifront.engine.jmetal.JMetalEngine;
import org.agrifront.engine.moea.MoeaEngine;

/** The engines by Agrifront name, with aliases; an unknown name is answered with the known ones. */
public final class Engines {
    private Engines() {
    }

    public static List<String> known() {
        return List.of("moea", "jmetal");
    }

    public static Engine get(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "moea": case "moeaframework": case "moea-framework": return new MoeaEngine();
            case "jmetal": return new JMetalEngine();
            default: throw new IllegalArgumentException("unknown engine '" + name + "'; known: " + String.join(", ", known()));
        }
    }
}
