package langsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The index of the largest value, ties broken uniformly at random: which language is listed first in a scenario must
 * never decide anything. Draws a random number only when there is a tie, so runs without ties use the stream as before.
 */
final class Ties {
    private Ties() {
    }

    /** Argmax of {@code values[0..n)} over the indices with {@code eligible[i]} (all if null); -1 if none. */
    static int argmax(double[] values, int n, boolean[] eligible, MersenneTwisterFast random) {
        int best = -1;
        int tied = 0;
        for (int i = 0; i < n; i++) {
            if (eligible != null && !eligible[i]) continue;
            if (best < 0 || values[i] > values[best]) {
                best = i;
                tied = 1;
            } else if (values[i] == values[best]) {
                tied++;
            }
        }
        if (tied <= 1) return best;
        int pick = random.nextInt(tied);
        for (int i = 0; i < n; i++) {
            if ((eligible == null || eligible[i]) && values[i] == values[best] && pick-- == 0) return i;
        }
        throw new AssertionError("unreachable");
    }
}
