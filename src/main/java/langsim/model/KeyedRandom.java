package langsim.model;

import ec.util.MersenneTwisterFast;

/**
 * A counter-based stream for per-agent draws: before an agent acts in a tick, {@link #restart} starts a fresh SplitMix64
 * sequence at a state derived from (run seed, mechanism key, agent, tick) only. The draws a person gets therefore do not
 * depend on how many numbers anyone before them drew (a person whose behaviour changes in one scenario does not shift
 * the draws of everyone after them), which is what makes common random numbers pair runs person by person.
 *
 * <p>It stands in for a {@link MersenneTwisterFast} where the model passes one; only the draws the model makes are
 * offered, and any other method fails rather than silently drawing from the unused Mersenne Twister state.
 */
final class KeyedRandom extends MersenneTwisterFast {
    private static final long serialVersionUID = 1L;
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private final long streamKey;
    private long state;

    KeyedRandom(long seed, Streams.Mechanism mechanism) {
        super(0L);
        // the same 32 bits of the run seed as the Mersenne Twister streams, in a different word than the key
        this.streamKey = mix(((long) mechanism.key() << 32) | (seed & 0xFFFFFFFFL)) ^ 0x5DEECE66DL;
    }

    /** Starts the draws of {@code agent} in {@code tick}. */
    void restart(int agent, int tick) {
        state = mix(streamKey + mix(((long) tick << 32) | (agent & 0xFFFFFFFFL)) * GAMMA);
    }

    private long next() {
        state += GAMMA;
        return mix(state);
    }

    @Override
    public double nextDouble() {
        return (next() >>> 11) * 0x1.0p-53;
    }

    @Override
    public boolean nextBoolean(double probability) {
        if (probability < 0.0 || probability > 1.0) throw new IllegalArgumentException("probability must be between 0.0 and 1.0 inclusive.");
        if (probability == 0.0) return false;
        if (probability == 1.0) return true;
        return nextDouble() < probability;
    }

    @Override
    public int nextInt(int n) {
        if (n <= 0) throw new IllegalArgumentException("n must be positive, got: " + n);
        return (int) (((next() >>> 33) * n) >>> 31);
    }

    @Override
    public boolean nextBoolean() {
        return next() < 0;
    }

    @Override
    public int nextInt() {
        throw unused();
    }

    @Override
    public long nextLong() {
        throw unused();
    }

    @Override
    public double nextGaussian() {
        throw unused();
    }

    @Override
    public float nextFloat() {
        throw unused();
    }

    @Override
    public short nextShort() {
        throw unused();
    }

    @Override
    public char nextChar() {
        throw unused();
    }

    @Override
    public boolean nextBoolean(float probability) {
        throw unused();
    }

    @Override
    public byte nextByte() {
        throw unused();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        throw unused();
    }

    @Override
    public long nextLong(long n) {
        throw unused();
    }

    @Override
    public double nextDouble(boolean includeZero, boolean includeOne) {
        throw unused();
    }

    @Override
    public float nextFloat(boolean includeZero, boolean includeOne) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("KeyedRandom offers only the draws the model makes");
    }

    /** The SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
