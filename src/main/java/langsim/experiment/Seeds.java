package langsim.experiment;

import langsim.model.Streams;

/** Seeds for replications and runs, derived from a master seed and an index only (never from order or thread). */
public final class Seeds {
    private Seeds() {
    }

    /** SplitMix64 finaliser of master + (index + 1) * golden gamma: well-spread, distinct seeds. */
    public static long derive(long master, long index) {
        return Streams.mix(master + (index + 1) * 0x9E3779B97F4A7C15L);
    }

    /**
     * The seed of model run {@code index}: MASON's MersenneTwisterFast uses only the low 32 bits of a seed, so the
     * derived seed is cut to them here, and every file records the seed the run really used, as an unsigned 32-bit
     * number that R and spreadsheets hold exactly. Runs are the same as with the uncut seed.
     */
    public static long forRun(long master, long index) {
        return derive(master, index) & 0xFFFFFFFFL;
    }
}
