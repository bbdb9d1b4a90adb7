package langsim.verify;

import java.util.ArrayList;
import java.util.List;

import langsim.experiment.Replications;
import langsim.experiment.Interval;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * Abrams–Strogatz: the agents' mean share of X-speakers follows the ODE dx/dt = c[(1-x) x^a s - x (1-x)^a (1-s)]
 * (integrated with Commons Math's Dormand–Prince 8(5,3)) within {@link #TOLERANCE} at every sample time, and for
 * a > 1 every run ends with one language, the one the ODE's stable state names: coexistence is unstable.
 */
final class AbramsStrogatz implements ReferenceModel {
    static final String NAME = "abrams-strogatz";
    /** Mean share of X-speakers within 0.02 of the ODE at every sample time. */
    static final double TOLERANCE = 0.02;
    /** A language "has died out" below this share. */
    static final double EXTINCT = 0.01;

    private final AbramsStrogatzModel.Switching rule;

    AbramsStrogatz() {
        this(AbramsStrogatzModel.EXACT);
    }

    AbramsStrogatz(AbramsStrogatzModel.Switching rule) {
        this.rule = rule;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String citation() {
        return "Abrams & Strogatz (2003), Nature 424:900";
    }

    @Override
    public VerifyParams defaults() {
        return new VerifyParams(NAME).real("a", 1.31).real("s", 0.6).real("c", 1).real("x0", 0.3).count("N", 20_000)
                .count("T", 40).count("steps", 50).count("every", 5).count("runs", 20);
    }

    /** x(t) at t = 0, every, 2 every, ..., T from the ODE. */
    static double[] ode(double a, double s, double c, double x0, int samples, int every) {
        FirstOrderDifferentialEquations f = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] dy) {
                double x = Math.min(1, Math.max(0, y[0]));
                dy[0] = c * ((1 - x) * Math.pow(x, a) * s - x * Math.pow(1 - x, a) * (1 - s));
            }
        };
        FirstOrderIntegrator integrator = new DormandPrince853Integrator(1e-8, 1, 1e-10, 1e-10);
        double[] out = new double[samples + 1];
        double[] y = {x0};
        out[0] = x0;
        for (int i = 1; i <= samples; i++) {
            integrator.integrate(f, (i - 1.0) * every, y, (double) i * every, y);
            out[i] = y[0];
        }
        return out;
    }

    @Override
    public void check(VerifyParams v) {
        double a = v.get("a");
        double s = v.get("s");
        double c = v.get("c");
        double x0 = v.get("x0");
        int n = v.getInt("N");
        int horizon = v.getInt("T");
        int steps = v.getInt("steps");
        int every = v.getInt("every");
        int runs = v.getInt("runs");
        v.require(a > 0 && a <= 10, "a", "must be in (0, 10]");
        v.require(s >= 0 && s <= 1, "s", "must be in [0, 1]");
        v.require(c > 0 && c <= 100, "c", "must be in (0, 100]");
        v.require(x0 >= 0 && x0 <= 1, "x0", "must be in [0, 1]");
        v.require(n >= 10 && n <= 1_000_000, "N", "must be in [10, 1000000]");
        v.require(every >= 1 && every <= horizon, "every", "sample interval must be in [1, T]");
        v.require(horizon >= 1 && horizon % every == 0 && horizon <= 10_000, "T", "must be a multiple of 'every', at most 10000");
        v.require(steps >= 1 && steps <= 1000, "steps", "ticks per unit time must be in [1, 1000]");
        v.require(runs >= 2 && runs <= 10_000, "runs", "must be in [2, 10000]");
    }

    @Override
    public Outcome run(VerifyParams v, long seed, int threads) {
        long t0 = System.nanoTime();
        double a = v.get("a");
        double s = v.get("s");
        double c = v.get("c");
        double x0 = v.get("x0");
        int n = v.getInt("N");
        int horizon = v.getInt("T");
        int steps = v.getInt("steps");
        int every = v.getInt("every");
        int runs = v.getInt("runs");
        int samples = horizon / every;
        List<double[]> trajectories = Replications.run(runs, seed, threads,
                sd -> AbramsStrogatzModel.run(sd, n, a, s, c, x0, steps, samples, every * steps, rule));
        double[] exact = ode(a, s, c, x0, samples, every);
        List<Check> checks = new ArrayList<>();
        double[] x = new double[samples + 1];
        double[] mean = new double[samples + 1];
        double[] lo = new double[samples + 1];
        double[] hi = new double[samples + 1];
        for (int i = 0; i <= samples; i++) {
            Interval sim = Interval.of(Replicate.column(trajectories, i));
            checks.add(Check.within(NAME, "x(" + i * every + ")", exact[i], sim, TOLERANCE));
            x[i] = i * every;
            mean[i] = sim.mean();
            lo[i] = sim.low();
            hi[i] = sim.high();
        }
        if (a > 1) {
            // coexistence is unstable: every run must end with one language, the winner the ODE's stable state names
            double end = exact[samples];
            if (end >= 1 - EXTINCT || end <= EXTINCT) {
                boolean xWins = end >= 1 - EXTINCT;
                int agree = 0;
                for (double[] tr : trajectories) {
                    double last = tr[samples];
                    if (xWins ? last >= 1 - EXTINCT : last <= EXTINCT) agree++;
                }
                String winner = xWins ? "X" : "Y";
                double status = xWins ? s : 1 - s;
                String label = "share of runs won by " + winner + " (status " + langsim.output.Num.format(status)
                        + (status > 0.5 ? ", the higher" : status < 0.5 ? ", the lower" : "") + ") by T";
                double share = agree / (double) runs;
                checks.add(new Check(NAME, label, 1, share, Double.NaN, Double.NaN, 0, agree == runs));
            } else {
                checks.add(new Check(NAME, "ODE settles on one language by T (raise T)", 1, 0, Double.NaN, Double.NaN, 0, false));
            }
        }
        List<Series> series = List.of(Series.published("ODE (Dormand-Prince 8(5,3))", x, exact),
                Series.simulated("agents, mean of " + runs + " runs", x, mean, lo, hi));
        Panel panel = new Panel("Abrams-Strogatz: share speaking X", "time", "share of X-speakers", series);
        return new Outcome(NAME, v.toString(), checks, List.of(panel), (System.nanoTime() - t0) / 1e9);
    }
}
