package langsim.verify;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Bass (1969) diffusion as agents: N potential adopters; in each tick of length dt every agent who has not adopted
 * adopts with probability {@code 1 - exp(-(p + q F) dt)}, F being the share that had adopted at the start of the
 * tick. One MASON steppable steps all agents; the adopted share is recorded at the end of every year.
 */
final class BassModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Per-tick adoption probability of a non-adopter; package-private so tests can break it. */
    interface Hazard {
        double probability(double p, double q, double adoptedShare, double dt);
    }

    static final Hazard EXACT = (p, q, f, dt) -> -Math.expm1(-(p + q * f) * dt);

    private final int n;
    private final double p;
    private final double q;
    private final int stepsPerYear;
    private final int years;
    private final Hazard hazard;
    private int[] waiting;
    private int waitingCount;
    private int adopters;
    private long ticks;
    private double[] byYear;

    BassModel(long seed, int n, double p, double q, int stepsPerYear, int years, Hazard hazard) {
        super(seed);
        this.n = n;
        this.p = p;
        this.q = q;
        this.stepsPerYear = stepsPerYear;
        this.years = years;
        this.hazard = hazard;
    }

    @Override
    public void start() {
        super.start();
        waiting = new int[n];
        for (int i = 0; i < n; i++) waiting[i] = i;
        waitingCount = n;
        adopters = 0;
        ticks = 0;
        byYear = new double[years];
        schedule.scheduleRepeating(0, 0, (Steppable) s -> tick());
    }

    private void tick() {
        double h = hazard.probability(p, q, adopters / (double) n, 1.0 / stepsPerYear);
        int adoptedNow = 0;
        // only agents still waiting are visited; an adopter is swapped out (its slot gets an agent already visited)
        for (int i = waitingCount - 1; i >= 0; i--) {
            if (random.nextDouble() < h) {
                waiting[i] = waiting[--waitingCount];
                adoptedNow++;
            }
        }
        adopters += adoptedNow;
        ticks++;
        if (ticks % stepsPerYear == 0) byYear[(int) (ticks / stepsPerYear) - 1] = adopters / (double) n;
    }

    /** One replication: the cumulative adopted share at the end of years 1..years. */
    static double[] run(long seed, int n, double p, double q, int stepsPerYear, int years, Hazard hazard) {
        BassModel m = new BassModel(seed, n, p, q, stepsPerYear, years, hazard);
        m.start();
        long total = (long) stepsPerYear * years;
        while (m.schedule.getSteps() < total) {
            if (!m.schedule.step(m)) break;
        }
        m.finish();
        return m.byYear;
    }

    /** Bass's closed form F(t). */
    static double closedForm(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + (q / p) * e);
    }

    /** The mean-field recursion of the same tick rule, F += (1 - F) h(F): its distance from F(t) is the step bias. */
    static double stepBias(double p, double q, int stepsPerYear, int years, Hazard hazard) {
        double f = 0;
        double worst = 0;
        for (int y = 1; y <= years; y++) {
            for (int k = 0; k < stepsPerYear; k++) f += (1 - f) * hazard.probability(p, q, f, 1.0 / stepsPerYear);
            worst = Math.max(worst, Math.abs(f - closedForm(p, q, y)));
        }
        return worst;
    }
}
