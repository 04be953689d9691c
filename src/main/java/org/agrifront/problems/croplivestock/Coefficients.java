package org.agrifront.problems.croplivestock;

/**
 * The uncertain numbers of an instance, the ones a Monte Carlo draw perturbs (paper, "Uncertainty analysis":
 * emission factors, activity data and estimated parameters with a CV of 10%):
 * <ul>
 * <li>{@code perUnit[q][cell * 10 + activity]}: water (m³), GHG (t CO2eq), N and P surplus (kg), output (yuan) per
 * hectare or head and year, by {@link Quantity};</li>
 * <li>{@code conflictPerUnit[cell * 10 + activity]}: human–wildlife conflict exposure per unit (conflict probability
 * of the cell × the activity's livestock-unit weight);</li>
 * <li>{@code biomassPerHead[activity]}: dry matter a grazing animal eats per year (t DM), 0 for non-grazers;</li>
 * <li>{@code biomass[cell]}: above-ground biomass available for grazing (t DM per year);</li>
 * <li>{@code human[pressure][cell]}: use or emissions of non-agricultural activities (domestic, industrial,
 * human waste), fixed in the optimisation but counted against the boundaries;</li>
 * <li>{@code runoff[basin]}: natural runoff of each basin's plateau part (m³ per year; precipitation minus actual
 * natural evaporation).</li>
 * </ul>
 * Arrays are shared, never modified after construction; {@link #copy()} gives an independent set.
 */
public record Coefficients(double[][] perUnit, double[] conflictPerUnit, double[] biomassPerHead, double[] biomass,
                           double[][] human, double[] runoff) {
    public Coefficients {
        if (perUnit.length != Quantity.COUNT) throw new IllegalArgumentException("perUnit needs " + Quantity.COUNT + " quantities");
        if (human.length != Quantity.PRESSURES) throw new IllegalArgumentException("human needs " + Quantity.PRESSURES + " pressures");
        if (biomassPerHead.length != Activity.COUNT) throw new IllegalArgumentException("biomassPerHead needs 10 activities");
        int cells = biomass.length;
        for (double[] q : perUnit) {
            if (q.length != cells * Activity.COUNT) throw new IllegalArgumentException("perUnit arrays need cells x 10 entries");
        }
        if (conflictPerUnit.length != cells * Activity.COUNT) throw new IllegalArgumentException("conflictPerUnit needs cells x 10 entries");
        for (double[] h : human) if (h.length != cells) throw new IllegalArgumentException("human arrays need one entry per cell");
    }

    public int cells() {
        return biomass.length;
    }

    public Coefficients copy() {
        double[][] pu = new double[perUnit.length][];
        for (int q = 0; q < pu.length; q++) pu[q] = perUnit[q].clone();
        double[][] h = new double[human.length][];
        for (int k = 0; k < h.length; k++) h[k] = human[k].clone();
        return new Coefficients(pu, conflictPerUnit.clone(), biomassPerHead.clone(), biomass.clone(), h, runoff.clone());
    }
}
