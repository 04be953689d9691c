package org.agrifront.core;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One option index per gene, stored as a {@code byte} (so at most 127 options). The option names are what the
 * indices mean, e.g. the ten land uses.
 */
public record CategoricalEncoding(int length, List<String> optionNames) implements Encoding<byte[]> {
    public CategoricalEncoding {
        if (length <= 0) throw new IllegalArgumentException("length must be positive: " + length);
        optionNames = List.copyOf(optionNames);
        if (optionNames.isEmpty() || optionNames.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("1.." + Byte.MAX_VALUE + " options supported, found " + optionNames.size());
        }
    }

    public int options() {
        return optionNames.size();
    }

    @Override
    public byte[] random(RandomGenerator rng) {
        byte[] genes = new byte[length];
        int k = options();
        for (int i = 0; i < length; i++) genes[i] = (byte) rng.nextInt(k);
        return genes;
    }

    @Override
    public String describe() {
        return "categorical(" + length + " x " + options() + ")";
    }
}
