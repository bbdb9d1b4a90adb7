package langsim.verify;

import java.util.ArrayList;
import java.util.List;

import langsim.experiment.Replications;


/**
 * Arthur's lock-in: under increasing returns every run locks in, and the share of runs that A wins matches
 * P(A) = s(a_R - b_R) / [s(a_R - b_R) + r(b_S - a_S)] (Arthur 1989, a gambler's-ruin result) within its binomial
 * (Wilson 95 %) interval. Arthur's formula treats the walk of n_A - n_B as continuous; with integer adopter counts
 * the exact absorbing barriers are floor(D_R) + 1 below and floor(D_S) + 1 above (D_R = (a_R - b_R)/r,
 * D_S = (b_S - a_S)/s), so the interval is widened by the difference between the exact and the published value,
 * which is small when D_R and D_S are large (the published formula's regime).
 */
final class Arthur implements ReferenceModel {
    static final String NAME = "arthur";
    /** Arrivals in a row choosing the same technology that count as observed lock-in. */
    static final int STREAK = 1000;
    private static final int TRACES = 20;
    private static final int TRACE_POINTS = 400;

    private final ArthurModel.Choice choice;

    Arthur() {
        this(ArthurModel.PAYOFF);
    }

    Arthur(ArthurModel.Choice choice) {
        this.choice = choice;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String citation() {
        return "Arthur (1989), Economic Journal 99:116";
    }

    @Override
    public VerifyParams defaults() {
        return new VerifyParams(NAME).real("aR", 0.8).real("bR", 0.4).real("aS", 0.4).real("bS", 1.0).real("r", 0.01)
                .real("s", 0.01).count("runs", 4000).count("max_arrivals", 1_000_000);
    }

    /** Arthur's P(A). */
    static double published(double aR, double bR, double aS, double bS, double r, double s) {
        return s * (aR - bR) / (s * (aR - bR) + r * (bS - aS));
    }

    /** P(A) of the integer walk with the tie rule of {@link ArthurModel#PAYOFF}. */
    static double exact(double aR, double bR, double aS, double bS, double r, double s) {
        if (r == 0) return 1;
        if (s == 0) return 0;
        double low = Math.floor((aR - bR) / r) + 1;
        double up = Math.floor((bS - aS) / s) + 1;
        return low / (low + up);
    }

    /** Wilson score interval (95 %) of a binomial share. */
    static double[] wilson(int successes, int n) {
        double z = 1.959963984540054;
        double phat = successes / (double) n;
        double denom = 1 + z * z / n;
        double centre = (phat + z * z / (2.0 * n)) / denom;
        double half = z * Math.sqrt(phat * (1 - phat) / n + z * z / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    @Override
    public void check(VerifyParams v) {
        double aR = v.get("aR");
        double bR = v.get("bR");
        double aS = v.get("aS");
        double bS = v.get("bS");
        double r = v.get("r");
        double s = v.get("s");
        int runs = v.getInt("runs");
        long max = (long) v.get("max_arrivals");
        v.require(aR > bR, "aR", "R-agents must prefer A: aR > bR");
        v.require(bS > aS, "bS", "S-agents must prefer B: bS > aS");
        v.require(r >= 0, "r", "must be >= 0");
        v.require(s >= 0, "s", "must be >= 0");
        v.require(r > 0 || s > 0, "r", "increasing returns need r > 0 or s > 0");
        v.require(runs >= 10 && runs <= 1_000_000, "runs", "must be in [10, 1000000]");
        v.require(max >= 2L * STREAK && max <= 1_000_000_000L, "max_arrivals", "must be in [" + 2 * STREAK + ", 1e9]");
    }

    @Override
    public Outcome run(VerifyParams v, long seed, int threads) {
        long t0 = System.nanoTime();
        double aR = v.get("aR");
        double bR = v.get("bR");
        double aS = v.get("aS");
        double bS = v.get("bS");
        double r = v.get("r");
        double s = v.get("s");
        int runs = v.getInt("runs");
        long max = (long) v.get("max_arrivals");
        int every = (int) Math.max(1, Math.min(max, 20_000) / TRACE_POINTS);
        List<ArthurModel.Run> results = Replications.run(runs, seed, threads,
                sd -> ArthurModel.run(sd, aR, bR, aS, bS, r, s, max, STREAK, every, TRACE_POINTS, choice));
        int locked = 0;
        int aWins = 0;
        for (int i = 0; i < runs; i++) {
            ArthurModel.Run run = results.get(i);
            if (run.lockedIn()) {
                locked++;
                if (run.aWins()) aWins++;
            }
        }
        List<Check> checks = new ArrayList<>();
        double[] lockCi = wilson(locked, runs);
        checks.add(new Check(NAME, "share of runs locked in (" + STREAK + " arrivals in a row choose one technology)", 1,
                locked / (double) runs, lockCi[0], lockCi[1], 0, locked == runs));
        double pub = published(aR, bR, aS, bS, r, s);
        double ex = exact(aR, bR, aS, bS, r, s);
        double[] ci = wilson(aWins, runs);
        double slack = Math.abs(ex - pub);
        boolean inside = pub >= ci[0] - slack && pub <= ci[1] + slack;
        checks.add(new Check(NAME, "P(A wins) (tolerance: exact integer-walk value " + langsim.output.Num.format(round(ex)) + " - published)",
                pub, aWins / (double) runs, ci[0], ci[1], slack, inside && locked == runs));
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < Math.min(TRACES, runs); i++) {
            double[] tr = results.get(i).shareA();
            double[] x = new double[tr.length];
            for (int j = 0; j < tr.length; j++) x[j] = (j + 1.0) * every;
            series.add(Series.simulated(i == 0 ? "share of A in run 1.." + Math.min(TRACES, runs) : "", x, tr, null, null));
        }
        double[] px = {0, Math.min(max, 20_000)};
        series.add(Series.published("P(A) = " + langsim.output.Num.format(round(pub)) + " (runs A wins: "
                + langsim.output.Num.format(round(aWins / (double) runs)) + ")", px, new double[] {pub, pub}));
        Panel panel = new Panel("Arthur: market share of A (lock-in)", "arrivals", "share of adopters choosing A", series);
        return new Outcome(NAME, v.toString(), checks, List.of(panel), (System.nanoTime() - t0) / 1e9);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
