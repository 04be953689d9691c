package org.agrifront.seeding;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agrifront.problems.landuse.LandUseData;

/**
 * The biome level of the hierarchy: one land use per biome, all {@code K^B} combinations evaluated exhaustively
 * (10^8 for 10 land uses and 8 biomes), keeping the feasible non-dominated set (maximise carbon, crop, runoff; all
 * four services at or above reference × factor).
 * <p>
 * The biome × land-use totals are precomputed, so a combination costs four additions: the search runs depth-first
 * with the partial sums of the leading biomes kept per depth, and the last biome is an unrolled inner loop. The
 * work is split on the leading biomes' land uses into tasks on a thread pool; each task keeps its own
 * non-dominated archive and the archives are merged in task order, so the result does not depend on the number of
 * threads. Among allocations with equal totals the first in enumeration order is kept.
 */
public final class BiomeEnumeration {
    /** Refuse instances whose enumeration would not end in reasonable time. */
    public static final long MAX_COMBINATIONS = 20_000_000_000L;

    /** One feasible non-dominated biome allocation and its fixed-point totals (carbon, crop, runoff, forage). */
    public record Allocation(byte[] landUseOfBiome, long[] totals) {
    }

    /** The outcome: the front, how many combinations there were, how many were feasible, and the wall time. */
    public record Result(List<Allocation> front, long combinations, long feasible, long nanos, int threads) {
        public double combinationsPerSecond() {
            return combinations / Math.max(1e-9, nanos / 1e9);
        }
    }

    private BiomeEnumeration() {
    }

    /**
     * Enumerates all allocations of {@code biomes} (a {@link LandUseData} with one row per biome, see
     * {@link LandUseLevels#biomeData()}) at constraint factor {@code factor}, on {@code threads} threads.
     */
    public static Result enumerate(LandUseData biomes, double factor, int threads) {
        int b = biomes.cells(), k = biomes.options();
        if (b < 1) throw new IllegalArgumentException("no biomes");
        double combos = Math.pow(k, b);
        if (combos > MAX_COMBINATIONS) {
            throw new IllegalArgumentException(k + "^" + b + " biome allocations are too many to enumerate (limit "
                    + MAX_COMBINATIONS + "); reduce the number of biomes");
        }
        long[] value = new long[b * k * 4];
        for (int g = 0; g < b; g++) {
            for (int o = 0; o < k; o++) {
                for (LandUseData.Service s : LandUseData.Service.values()) {
                    value[(g * k + o) * 4 + s.ordinal()] = biomes.value(g, o, s);
                }
            }
        }
        long[] target = new long[4];
        for (LandUseData.Service s : LandUseData.Service.values()) {
            target[s.ordinal()] = LandUseData.toFixed(biomes.reference(s) * factor);
        }
        // Split on the leading biomes until there are enough tasks to balance the threads.
        int prefix = 0;
        long tasks = 1;
        while (prefix < b - 1 && tasks < 64L * Math.max(1, threads)) {
            tasks *= k;
            prefix++;
        }
        final int prefixDigits = prefix;
        long t0 = System.nanoTime();
        Archive[] archives = new Archive[(int) tasks];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "biome-enumeration");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int task = 0; task < tasks; task++) {
                final int id = task;
                futures.add(pool.submit(() -> archives[id] = runTask(id, prefixDigits, b, k, value, target)));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("biome enumeration interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("biome enumeration failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Archive merged = new Archive();
        long feasible = 0;
        for (Archive a : archives) {
            feasible += a.feasible;
            for (int i = 0; i < a.size; i++) merged.offer(a.c[i], a.f[i], a.r[i], a.forage[i], a.code[i]);
        }
        long nanos = System.nanoTime() - t0;
        List<Allocation> front = new ArrayList<>(merged.size);
        for (int i = 0; i < merged.size; i++) {
            front.add(new Allocation(decode(merged.code[i], b, k),
                    new long[] {merged.c[i], merged.f[i], merged.r[i], merged.forage[i]}));
        }
        return new Result(front, (long) combos, feasible, nanos, Math.max(1, threads));
    }

    /** Biome land uses of an enumeration code: biome 0 is the most significant base-k digit. */
    static byte[] decode(long code, int b, int k) {
        byte[] g = new byte[b];
        for (int i = b - 1; i >= 0; i--) {
            g[i] = (byte) (code % k);
            code /= k;
        }
        return g;
    }

    private static Archive runTask(int task, int prefix, int b, int k, long[] value, long[] target) {
        long[] sums = new long[4];
        int rest = task;
        long code = 0;
        int[] digits = new int[prefix];
        for (int i = prefix - 1; i >= 0; i--) {
            digits[i] = rest % k;
            rest /= k;
        }
        for (int i = 0; i < prefix; i++) {
            int base = (i * k + digits[i]) * 4;
            for (int s = 0; s < 4; s++) sums[s] += value[base + s];
            code = code * k + digits[i];
        }
        Archive archive = new Archive();
        new Search(b, k, value, target, archive).descend(prefix, sums[0], sums[1], sums[2], sums[3], code);
        return archive;
    }

    /** Depth-first search over the remaining biomes with running sums. */
    private record Search(int b, int k, long[] value, long[] target, Archive archive) {
        void descend(int depth, long s0, long s1, long s2, long s3, long code) {
            if (depth == b - 1) {
                leaf(depth, s0, s1, s2, s3, code);
                return;
            }
            for (int o = 0; o < k; o++) {
                int base = (depth * k + o) * 4;
                descend(depth + 1, s0 + value[base], s1 + value[base + 1], s2 + value[base + 2], s3 + value[base + 3],
                        code * k + o);
            }
        }

        private void leaf(int depth, long s0, long s1, long s2, long s3, long code) {
            final long t0 = target[0], t1 = target[1], t2 = target[2], t3 = target[3];
            final long[] v = value;
            for (int o = 0, base = depth * k * 4; o < k; o++, base += 4) {
                long c = s0 + v[base], f = s1 + v[base + 1], r = s2 + v[base + 2], fo = s3 + v[base + 3];
                if (c >= t0 && f >= t1 && r >= t2 && fo >= t3) {
                    archive.feasible++;
                    archive.offer(c, f, r, fo, code * k + o);
                }
            }
        }
    }

    /**
     * A non-dominated archive of (carbon, crop, runoff) maxima in parallel primitive arrays. A candidate weakly
     * dominated by a member is rejected (so the first of equal points stays); the member that rejected the last
     * candidate is tried first, which makes the common case (rejection) O(1).
     */
    static final class Archive {
        long[] c = new long[64], f = new long[64], r = new long[64], forage = new long[64], code = new long[64];
        int size;
        long feasible;
        private int lastDominator;

        void offer(long ci, long fi, long ri, long foi, long codei) {
            if (lastDominator < size && c[lastDominator] >= ci && f[lastDominator] >= fi && r[lastDominator] >= ri) return;
            for (int i = 0; i < size; i++) {
                if (c[i] >= ci && f[i] >= fi && r[i] >= ri) {
                    lastDominator = i;
                    return;
                }
            }
            int w = 0;
            for (int i = 0; i < size; i++) {
                boolean dominated = ci >= c[i] && fi >= f[i] && ri >= r[i];
                if (!dominated) {
                    c[w] = c[i];
                    f[w] = f[i];
                    r[w] = r[i];
                    forage[w] = forage[i];
                    code[w] = code[i];
                    w++;
                }
            }
            size = w;
            if (size == c.length) grow();
            c[size] = ci;
            f[size] = fi;
            r[size] = ri;
            forage[size] = foi;
            code[size] = codei;
            size++;
        }

        private void grow() {
            int n = c.length * 2;
            c = java.util.Arrays.copyOf(c, n);
            f = java.util.Arrays.copyOf(f, n);
            r = java.util.Arrays.copyOf(r, n);
            forage = java.util.Arrays.copyOf(forage, n);
            code = java.util.Arrays.copyOf(code, n);
        }
    }
}
