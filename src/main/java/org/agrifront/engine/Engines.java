package org.agrifront.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** The engines found by {@link ServiceLoader}, by Agrifront name or alias; an unknown name is answered with the known ones. */
public final class Engines {
    private Engines() {
    }

    /** Every engine on the class path, in service-file order. */
    public static List<Engine> all() {
        List<Engine> out = new ArrayList<>();
        for (Engine e : ServiceLoader.load(Engine.class, Engines.class.getClassLoader())) out.add(e);
        return out;
    }

    public static List<String> known() {
        return all().stream().map(Engine::name).toList();
    }

    public static Engine get(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Engine e : all()) {
            if (e.name().equals(n) || e.aliases().contains(n)) return e;
        }
        throw new IllegalArgumentException("unknown engine '" + name + "'; known: " + String.join(", ", known()));
    }
}
