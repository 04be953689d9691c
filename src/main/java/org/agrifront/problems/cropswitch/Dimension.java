package org.agrifront.problems.cropswitch;

import org.agrifront.core.Sense;

/**
 * The eight sustainability dimensions of the crop-switching study (Xie et al., "Crop switching can enhance
 * environmental sustainability and farmer incomes in China", Nature 2023): seven resource uses and emissions to
 * minimise and farmer income to maximise. Each is a national total of per-hectare intensities times crop areas,
 * reported in the unit given here.
 */
public enum Dimension {
    BLUE_WATER("blue_water", Sense.MIN, "Mm3", "BW"),
    GREEN_WATER("green_water", Sense.MIN, "Mm3", "GW"),
    GHG("ghg", Sense.MIN, "kt CO2e", "GHGs"),
    NITROGEN("nitrogen", Sense.MIN, "t N", "N"),
    PHOSPHORUS("phosphorus", Sense.MIN, "t P2O5", "P"),
    POTASSIUM("potassium", Sense.MIN, "t K2O", "K"),
    PESTICIDES("pesticides", Sense.MIN, "t", "PEST."),
    INCOME("income", Sense.MAX, "million US$", "INC.");

    /** Number of dimensions (and objectives). */
    public static final int COUNT = values().length;

    public final String label;
    public final Sense sense;
    public final String unit;
    /** The paper's abbreviation (Fig. 1). */
    public final String paperLabel;

    Dimension(String label, Sense sense, String unit, String paperLabel) {
        this.label = label;
        this.sense = sense;
        this.unit = unit;
        this.paperLabel = paperLabel;
    }

    /**
     * Improvement over the current value as a fraction: the relative decrease of a minimised dimension, the
     * relative increase of income. Positive is better, as in the paper's G_Dim (eq. 55).
     */
    public double improvement(double value, double current) {
        double change = (value - current) / Math.abs(current);
        return sense == Sense.MIN ? -change : change;
    }
}
