package langsim.verify;

import java.util.ArrayList;
import java.util.List;

import langsim.experiment.Replications;
import langsim.experiment.Interval;

/**
 * Bass diffusion: the agents' mean cumulative adoption against the closed form, every year, within one percentage
 * point; and the time step: at coarser steps (1/12, 1/52 year) the agents' largest yearly error equals the step
 * bias the mean-field recursion of the same tick rule predicts, within two 95 % half-widths of the replication
 * mean, and that bias shrinks to below a quarter of a percentage point at the chosen step.
 */
final class Bass implements ReferenceModel {
    static final String NAME = "bass";
    /** Every year within one percentage point of the closed form. */
    static final double TOLERANCE = 0.01;
    /** The mean-field step bias at the chosen step may use at most a quarter of the tolerance. */
    static final double STEP_TOLERANCE = 0.0025;

    private final BassModel.Hazard hazard;

    Bass() {
        this(BassModel.EXACT);
    }

    /** With another adoption rule: tests use this to check that verify notices a wrong hazard. */
    Bass(BassModel.Hazard hazard) {
        this.hazard = hazard;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String citation() {
        return "Bass (1969), Management Science 15:215; p, q: Sultan, Farley & Lehmann (1990) averages";
    }

    @Override
    public VerifyParams defaults() {
        return new VerifyParams(NAME).real("p", 0.03).real("q", 0.38).count("N", 100_000).count("steps", 365)
                .count("years", 20).count("runs", 10);
    }

    @Override
    public void check(VerifyParams v) {
        double p = v.get("p");
        double q = v.get("q");
        int n = v.getInt("N");
        int steps = v.getInt("steps");
        int years = v.getInt("years");
        int runs = v.getInt("runs");
        v.require(p > 0 && p <= 1, "p", "must be in (0, 1]");
        v.require(q >= 0 && q <= 10, "q", "must be in [0, 10]");
        v.require(n >= 100 && n <= 10_000_000, "N", "must be in [100, 10000000]");
        v.require(steps >= 1 && steps <= 10_000, "steps", "ticks per year must be in [1, 10000]");
        v.require(years >= 1 && years <= 200, "years", "must be in [1, 200]");
        v.require(runs >= 2 && runs <= 10_000, "runs", "must be in [2, 10000]");
    }

    @Override
    public Outcome run(VerifyParams v, long seed, int threads) {
        long t0 = System.nanoTime();
        double p = v.get("p");
        double q = v.get("q");
        int n = v.getInt("N");
        int steps = v.getInt("steps");
        int years = v.getInt("years");
        int runs = v.getInt("runs");

        List<double[]> main = Replications.run(runs, seed, threads, s -> BassModel.run(s, n, p, q, steps, years, hazard));
        List<Check> checks = new ArrayList<>();
        double[] x = new double[years + 1];
        double[] pub = new double[years + 1];
        double[] mean = new double[years + 1];
        double[] lo = new double[years + 1];
        double[] hi = new double[years + 1];
        for (int y = 1; y <= years; y++) {
            Interval sim = Interval.of(Replicate.column(main, y - 1));
            double f = BassModel.closedForm(p, q, y);
            checks.add(Check.within(NAME, "F(" + y + ")", f, sim, TOLERANCE));
            x[y] = y;
            pub[y] = f;
            mean[y] = sim.mean();
            lo[y] = sim.low();
            hi[y] = sim.high();
        }

        // the time step: agent runs at coarser steps show the bias the mean-field recursion predicts
        List<Series> series = new ArrayList<>();
        series.add(Series.published("closed form F(t)", x, pub));
        series.add(Series.simulated("agents, " + steps + " steps/yr", x, mean, lo, hi));
        for (int coarse : new int[] {12, 52}) {
            if (coarse >= steps) continue;
            List<double[]> runsCoarse = Replications.run(runs, seed, threads, s -> BassModel.run(s, n, p, q, coarse, years, hazard));
            double worst = 0;
            double noise = 0;
            double[] m = new double[years + 1];
            for (int y = 1; y <= years; y++) {
                Interval iv = Interval.of(Replicate.column(runsCoarse, y - 1));
                m[y] = iv.mean();
                worst = Math.max(worst, Math.abs(m[y] - BassModel.closedForm(p, q, y)));
                // the max over years of |mean - F| is uncertain by about the widest 95 % half-width: allow two
                noise = Math.max(noise, 2 * (iv.high() - iv.mean()));
            }
            double predicted = BassModel.stepBias(p, q, coarse, years, BassModel.EXACT);
            checks.add(new Check(NAME, "max error at dt=1/" + coarse + " (published: predicted step bias)", predicted, worst,
                    Double.NaN, Double.NaN, noise, Math.abs(worst - predicted) <= noise));
            if (coarse == 12) series.add(Series.simulated("agents, 12 steps/yr", x, m, null, null));
        }
        List<Integer> ladder = new ArrayList<>();
        for (int k : new int[] {1, 4, 12, 52}) if (k < steps) ladder.add(k);
        ladder.add(steps);
        boolean shrinking = true;
        double previous = Double.POSITIVE_INFINITY;
        for (int k : ladder) {
            double b = BassModel.stepBias(p, q, k, years, hazard);
            if (b > previous) shrinking = false;
            previous = b;
        }
        double finest = previous;
        checks.add(new Check(NAME, "step bias at dt=1/" + steps + " (mean field; shrinks over dt=1,1/4,1/12,1/52)", 0, finest,
                Double.NaN, Double.NaN, STEP_TOLERANCE, shrinking && finest <= STEP_TOLERANCE));
        Panel panel = new Panel("Bass: cumulative adoption F(t)", "year", "adopted share", series);
        return new Outcome(NAME, v.toString(), checks, List.of(panel), (System.nanoTime() - t0) / 1e9);
    }
}
