package org.agrifront.core;

/** A quantity reported next to the objectives of a final solution but not optimised (e.g. total forage). */
public record Output(String name, String unit) {
}
