package langsim.experiment;

/** Seeds for replications and runs, derived from a master seed and an index only (never from order or thread). */
public final class Seeds {
    private Seeds() {
    }

    /** SplitMix64 finaliser of master + (index + 1) * golden gamma: well-spread, distinct seeds. */
    public static long derive(long master, long index) {
        long z = master + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
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
