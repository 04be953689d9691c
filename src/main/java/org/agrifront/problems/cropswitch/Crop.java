package org.agrifront.problems.cropswitch;

/**
 * One of the study's crops and the SPAM 2010 crop code whose columns hold its area and yield. Several crops may
 * share a code: SPAM's {@code whea} is the paper's spring and winter wheat, {@code rice} its early, middle-season
 * and late rice, {@code maiz} its spring and summer maize; {@code province-crops.csv} splits the code's area.
 */
public record Crop(String id, String spamCode, String name, String season) {
}
