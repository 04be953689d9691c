package org.agrifront.core;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Per-run random streams. A run creates its stream from its seed with {@link #create(long)} and binds it to the
 * thread it runs on; everything random in that run (the libraries' global generators through their delegates,
 * Agrifront's own operators) then draws from that one stream. A run is thereby determined by its seed alone,
 * whichever thread runs it and whatever runs beside it.
 * <p>
 * The generator is {@link SplittableRandom} (SplitMix64), whose algorithm the JDK specifies, so a seed gives the
 * same numbers on every Java 17+ runtime.
 */
public final class RandomStreams {
    private static final ThreadLocal<RandomGenerator> CURRENT = new ThreadLocal<>();

    private RandomStreams() {
    }

    /** A fresh stream for {@code seed}. */
    public static RandomGenerator create(long seed) {
        return new SplittableRandom(seed);
    }

    /** The stream bound to the calling thread; fails loudly if none is, to expose randomness drawn off-run. */
    public static RandomGenerator current() {
        RandomGenerator g = CURRENT.get();
        if (g == null) {
            throw new IllegalStateException("no random stream is bound to thread '" + Thread.currentThread().getName()
                    + "': random numbers must be drawn inside a run (RandomStreams.bind)");
        }
        return g;
    }

    /** True when a stream is bound to the calling thread. */
    public static boolean isBound() {
        return CURRENT.get() != null;
    }

    /** Binds {@code stream} to the calling thread until the returned binding is closed (restores the previous one). */
    public static Binding bind(RandomGenerator stream) {
        RandomGenerator previous = CURRENT.get();
        CURRENT.set(stream);
        return new Binding(previous);
    }

    /** Restores the previously bound stream when closed. */
    public static final class Binding implements AutoCloseable {
        private final RandomGenerator previous;
        private boolean closed;

        private Binding(RandomGenerator previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            if (previous == null) CURRENT.remove();
            else CURRENT.set(previous);
        }
    }
}
