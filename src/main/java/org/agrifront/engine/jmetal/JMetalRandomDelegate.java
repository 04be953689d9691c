package org.agrifront.engine.jmetal;

import java.util.random.RandomGenerator;

import org.agrifront.core.RandomStreams;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;
import org.uma.jmetal.util.pseudorandom.PseudoRandomGenerator;

/**
 * Replaces jMetal's process-wide {@link JMetalRandom} generator by a delegate that forwards to the stream bound to
 * the calling thread ({@link RandomStreams}).
 */
final class JMetalRandomDelegate implements PseudoRandomGenerator {
    private static final long serialVersionUID = 1L;
    private static volatile boolean installed;

    private JMetalRandomDelegate() {
    }

    /** Installs the delegate once per process. {@code JMetalRandom.getInstance()} is lazily created without locking, so
     * the first call happens here, under a lock, before any run starts. */
    static void install() {
        if (installed) return;
        synchronized (JMetalRandomDelegate.class) {
            if (!installed) {
                JMetalRandom.getInstance().setRandomGenerator(new JMetalRandomDelegate());
                // NSGA-III's constructor logs its reference-point count at INFO on every run
                org.uma.jmetal.util.JMetalLogger.logger.setLevel(java.util.logging.Level.WARNING);
                installed = true;
            }
        }
    }

    private static RandomGenerator cur() {
        return RandomStreams.current();
    }

    @Override
    public int nextInt(int lowerBound, int upperBound) {
        return lowerBound + cur().nextInt(upperBound - lowerBound + 1); // jMetal's upper bound is inclusive
    }

    @Override
    public double nextDouble(double lowerBound, double upperBound) {
        return lowerBound + cur().nextDouble() * (upperBound - lowerBound);
    }

    @Override
    public double nextDouble() {
        return cur().nextDouble();
    }

    @Override
    public void setSeed(long seed) {
        throw new IllegalStateException("JMetalRandom.setSeed called; runs are seeded by their RunSpec");
    }

    @Override
    public long getSeed() {
        return 0L;
    }

    @Override
    public String getName() {
        return "agrifront-thread-bound";
    }
}
