package langsim.model;

import ec.util.MersenneTwisterFast;

/**
 * Random streams: one independent {@link MersenneTwisterFast} per mechanism, derived from the run's seed and the
 * mechanism's fixed key only. A scenario that changes one mechanism (say, firms' weights, or the number of firms)
 * then changes the draws of that mechanism alone; every other mechanism sees the same numbers as in the baseline run
 * with the same seed until the changed behaviour reaches it through the model (common random numbers).
 *
 * <p>The seed array of a stream is four 32-bit words from SplitMix64 started at {@code (key << 32) | seed32}, where
 * seed32 is the low 32 bits of the run's seed (the seed every output file records). Distinct (seed32, key) pairs are
 * distinct SplitMix64 states, so no two streams of any two runs share a seed array. The keys are part of the model:
 * changing one changes every run's bytes, so they are fixed here and listed in docs/ODD.md (Stochasticity).
 * MASON's own {@code random} is seeded with the run's seed as MASON requires, but the model draws nothing from it.
 */
public final class Streams {
    /** A mechanism that draws random numbers, with its fixed key; never renumber a key. */
    public enum Mechanism {
        NETWORK(1),
        /** Which type each position of the ring of individuals holds. */
        PLACEMENT(2),
        RESEARCHER_SETUP(3),
        SYSTEMS_ENGINEER_SETUP(4),
        FIRM_SETUP(5),
        RESEARCHER_CHOICES(6),
        SYSTEMS_ENGINEER_CHOICES(7),
        FIRM_CHOICES(8),
        RELEASES(9);

        final int key;

        Mechanism(int key) {
            this.key = key;
        }

        public int key() {
            return key;
        }
    }

    /** Set-up and choice streams of each individual type, in {@link AgentType#INDIVIDUALS} order. */
    static final Mechanism[] INDIVIDUAL_SETUP = {Mechanism.RESEARCHER_SETUP, Mechanism.SYSTEMS_ENGINEER_SETUP};
    static final Mechanism[] INDIVIDUAL_CHOICES = {Mechanism.RESEARCHER_CHOICES, Mechanism.SYSTEMS_ENGINEER_CHOICES};

    private Streams() {
    }

    /** A fresh stream for the mechanism in the run with this seed. */
    public static MersenneTwisterFast of(long seed, Mechanism mechanism) {
        return new MersenneTwisterFast(seedArray(seed, mechanism.key));
    }

    /** One fresh stream per mechanism, in the order given. */
    static MersenneTwisterFast[] of(long seed, Mechanism[] mechanisms) {
        MersenneTwisterFast[] streams = new MersenneTwisterFast[mechanisms.length];
        for (int i = 0; i < streams.length; i++) streams[i] = of(seed, mechanisms[i]);
        return streams;
    }

    static int[] seedArray(long seed, int key) {
        long state = ((long) key << 32) | (seed & 0xFFFFFFFFL);
        int[] words = new int[4];
        for (int i = 0; i < words.length; i += 2) {
            state += 0x9E3779B97F4A7C15L;
            long z = mix(state);
            words[i] = (int) z;
            words[i + 1] = (int) (z >>> 32);
        }
        return words;
    }

    /** The SplitMix64 finaliser (a bijection of 64-bit values); also derives replication seeds (experiment.Seeds). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
