package org.agrifront.engine.moea;

import java.util.Random;
import java.util.random.RandomGenerator;

import org.agrifront.core.RandomStreams;
import org.moeaframework.core.PRNG;

/**
 * Replaces MOEA Framework's process-wide {@link PRNG} generator by a delegate that forwards every draw to the
 * stream bound to the calling thread ({@link RandomStreams}), so concurrent runs never share random numbers.
 */
final class MoeaRandom extends Random {
    private static final long serialVersionUID = 1L;
    private static volatile boolean installed;

    private MoeaRandom() {
        super(0L); // Random(long) calls setSeed before any stream exists; setSeed tolerates that
    }

    /** Installs the delegate once per process; idempotent and safe to call from any thread. */
    static void install() {
        if (installed) return;
        synchronized (MoeaRandom.class) {
            if (!installed) {
                PRNG.setRandom(new MoeaRandom());
                installed = true;
            }
        }
    }

    private static RandomGenerator cur() {
        return RandomStreams.current();
    }

    @Override
    public synchronized void setSeed(long seed) {
        // Seeds belong to runs (RunSpec.seed); a library call to setSeed must not reseed a shared state.
        if (RandomStreams.isBound()) {
            throw new IllegalStateException("PRNG.setSeed called inside a run; runs are seeded by their RunSpec");
        }
    }

    @Override
    protected int next(int bits) {
        return cur().nextInt() >>> (32 - bits);
    }

    @Override
    public int nextInt() {
        return cur().nextInt();
    }

    @Override
    public int nextInt(int bound) {
        return cur().nextInt(bound);
    }

    @Override
    public long nextLong() {
        return cur().nextLong();
    }

    @Override
    public double nextDouble() {
        return cur().nextDouble();
    }

    @Override
    public float nextFloat() {
        return cur().nextFloat();
    }

    @Override
    public boolean nextBoolean() {
        return cur().nextBoolean();
    }

    @Override
    public synchronized double nextGaussian() {
        return cur().nextGaussian();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        cur().nextBytes(bytes);
    }
}
