package langsim.sensitivity;

/**
 * Whether a binary (0/1) output has enough runs of each value for variance-based or elementary-effect indices.
 * With a rare outcome the indices rest on the handful of design points where it occurred: their values and bootstrap
 * intervals are noise, so they are reported as not estimable instead. Rule: an output whose every run is 0 or 1 is
 * not estimable when its less frequent value occurs in fewer than {@link #MIN_RUNS} runs or in fewer than
 * {@link #MIN_SHARE} of the runs (whichever is larger); the note reads "not estimable: only k of n runs have
 * OUTPUT = v".
 */
public final class RareOutcome {
    /** Fewest runs of the rarer value. */
    public static final int MIN_RUNS = 10;
    /** Smallest share of runs of the rarer value. */
    public static final double MIN_SHARE = 0.05;

    private RareOutcome() {
    }

    /** The note for a rare binary output, or null if {@code values} (one per run) is not binary or is estimable. */
    public static String check(String output, double[] values) {
        int ones = 0;
        for (double v : values) {
            if (v == 1) ones++;
            else if (v != 0) return null;
        }
        int n = values.length;
        int zeros = n - ones;
        int rare = Math.min(ones, zeros);
        if (rare >= MIN_RUNS && rare >= MIN_SHARE * n) return null;
        int value = ones <= zeros ? 1 : 0;
        return "not estimable: only " + rare + " of " + n + " runs have " + output + " = " + value;
    }
}
