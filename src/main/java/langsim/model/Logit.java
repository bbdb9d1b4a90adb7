package langsim.model;

/** Multinomial-logit (random-utility with Gumbel noise) choice by inverse CDF, with no allocation. */
final class Logit {
    private Logit() {
    }

    /**
     * Chooses index i in [0, n) with probability exp(u[i]) / sum exp(u[j]).
     * Overwrites {@code utilities} with the unnormalised weights.
     * @param uniform a uniform draw in [0, 1)
     */
    static int choose(double[] utilities, int n, double uniform) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) max = Math.max(max, utilities[i]);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = Math.exp(utilities[i] - max);
            utilities[i] = w;
            sum += w;
        }
        double target = uniform * sum;
        int last = 0;
        for (int i = 0; i < n; i++) {
            if (utilities[i] <= 0) continue;   // impossible options (utility -inf) are never chosen, even by rounding
            last = i;
            target -= utilities[i];
            if (target < 0) return i;
        }
        return last;
    }
}
