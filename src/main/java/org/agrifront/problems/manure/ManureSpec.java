package org.agrifront.problems.manure;

import java.util.List;
import java.util.Map;

/**
 * A manure problem file.
 * <pre>{@code
 * {"type": "manure", "name": "manure-china-2020", "data": "problems/manure-china-2020",
 *  "recipients": {"XZ": ["XJ", "GS", "SC", "YN"], "QH": ["GS", "SC", "XJ", "YN"], "FJ": ["ZJ", "JX", "GD"]},
 *  "nearestRecipients": 4,
 *  "ghg": {"gwpN2o": 298, "gwpCh4": 25, "fracGasm": 0.2, "ef4": 0.01, "fracLeach": 0.3, "ef5": 0.0075}}
 * }</pre>
 * {@code recipients} lists candidate recipients per source (province codes); a source not listed gets its
 * {@code nearestRecipients} (default 4) nearest provinces with both LCCSRs below 1. {@code ghg} overrides the
 * defaults of {@link GhgFactors#DEFAULTS} field by field.
 */
public record ManureSpec(String type, String name, String description, String data,
                         Map<String, List<String>> recipients, Integer nearestRecipients, Ghg ghg) {

    /** Greenhouse-gas factors; any field left out keeps its default. */
    public record Ghg(Double gwpN2o, Double gwpCh4, Double fracGasm, Double ef4, Double fracLeach, Double ef5) {
    }
}
