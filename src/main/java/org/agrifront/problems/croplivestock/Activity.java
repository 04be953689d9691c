package org.agrifront.problems.croplivestock;

import java.util.List;
import java.util.Locale;

/**
 * The ten crop-livestock activities of the Qinghai–Tibetan Plateau study (the paper's Methods, "Overview of
 * environment pressures": barley, wheat, rapeseed, potatoes and maize cover &gt; 80% of the plateau's sown area;
 * cattle, chickens, goats, sheep and pigs dominate its livestock). Crops are measured in hectares, livestock in
 * heads. The order is the order of every per-activity array in this package.
 */
public enum Activity {
    BARLEY("barley", Kind.CROP), WHEAT("wheat", Kind.CROP), RAPESEED("rapeseed", Kind.CROP),
    POTATOES("potatoes", Kind.CROP), MAIZE("maize", Kind.CROP),
    CATTLE("cattle", Kind.GRAZER), CHICKENS("chickens", Kind.CAPPED), GOATS("goats", Kind.GRAZER),
    SHEEP("sheep", Kind.GRAZER), PIGS("pigs", Kind.CAPPED);

    /**
     * How an activity is bounded in a cell: crops share the cell's cropland (no expansion, paper eq. 6), grazers
     * share its grassland biomass (eq. 4), chickens and pigs may grow at most by their recent growth rate (eq. 11).
     */
    public enum Kind { CROP, GRAZER, CAPPED }

    public static final int COUNT = 10;
    private static final List<Activity> ALL = List.of(values());

    public final String label;
    public final Kind kind;

    Activity(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String unit() {
        return kind == Kind.CROP ? "ha" : "head";
    }

    public boolean isCrop() {
        return kind == Kind.CROP;
    }

    public static List<Activity> all() {
        return ALL;
    }

    /** The activity with {@code label} (case-insensitive), or null. */
    public static Activity byLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        for (Activity a : ALL) if (a.label.equals(l)) return a;
        return null;
    }

    public static List<String> labels() {
        return ALL.stream().map(a -> a.label).toList();
    }
}
