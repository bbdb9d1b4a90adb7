package langsim.verify;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Arthur (1989) increasing-returns adoption: one agent arrives per tick, an R-agent or an S-agent with probability
 * 1/2, and adopts technology A or B by payoff: R gets a_R + r n_A or b_R + r n_B, S gets a_S + s n_A or b_S + s n_B
 * (n_A, n_B: earlier adopters). Ties go to the agent's natural preference (A for R, B for S). The run stops once
 * {@code streak} arrivals in a row chose the same technology (both types among them, with probability
 * 1 - 2^(1-streak)), i.e. once the market is observed to be locked in, or after {@code maxArrivals}.
 */
final class ArthurModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** An agent's choice; package-private so tests can break it. true = A. */
    interface Choice {
        boolean choosesA(boolean typeR, long nA, long nB, double aR, double bR, double aS, double bS, double r, double s);
    }

    static final Choice PAYOFF = (typeR, nA, nB, aR, bR, aS, bS, r, s) -> typeR
            ? aR + r * nA >= bR + r * nB
            : aS + s * nA > bS + s * nB;

    /** Outcome of one run: the winner (if locked in), when, and the share of A sampled along the way. */
    record Run(boolean lockedIn, boolean aWins, long lockInArrival, double[] shareA) {
    }

    private final double aR;
    private final double bR;
    private final double aS;
    private final double bS;
    private final double r;
    private final double s;
    private final long maxArrivals;
    private final int streakNeeded;
    private final int sampleEvery;
    private final Choice choice;
    long nA;
    long nB;
    private boolean lastA;
    private int streak;
    private double[] samples;
    private int sampled;

    ArthurModel(long seed, double aR, double bR, double aS, double bS, double r, double s, long maxArrivals,
                int streakNeeded, int sampleEvery, int maxSamples, Choice choice) {
        super(seed);
        this.aR = aR;
        this.bR = bR;
        this.aS = aS;
        this.bS = bS;
        this.r = r;
        this.s = s;
        this.maxArrivals = maxArrivals;
        this.streakNeeded = streakNeeded;
        this.sampleEvery = sampleEvery;
        this.choice = choice;
        this.samples = new double[maxSamples];
    }

    @Override
    public void start() {
        super.start();
        nA = 0;
        nB = 0;
        streak = 0;
        sampled = 0;
        schedule.scheduleRepeating(0, 0, (Steppable) st -> arrive());
    }

    private void arrive() {
        boolean typeR = random.nextBoolean();
        boolean a = choice.choosesA(typeR, nA, nB, aR, bR, aS, bS, r, s);
        if (a) nA++;
        else nB++;
        streak = (nA + nB == 1 || a == lastA) ? streak + 1 : 1;
        lastA = a;
        long arrivals = nA + nB;
        if (arrivals % sampleEvery == 0 && sampled < samples.length) samples[sampled++] = nA / (double) arrivals;
    }

    boolean lockedIn() {
        return streak >= streakNeeded;
    }

    static Run run(long seed, double aR, double bR, double aS, double bS, double r, double s, long maxArrivals,
                   int streakNeeded, int sampleEvery, int maxSamples, Choice choice) {
        ArthurModel m = new ArthurModel(seed, aR, bR, aS, bS, r, s, maxArrivals, streakNeeded, sampleEvery, maxSamples, choice);
        m.start();
        while (!m.lockedIn() && m.nA + m.nB < maxArrivals) {
            if (!m.schedule.step(m)) break;
        }
        m.finish();
        double[] trace = java.util.Arrays.copyOf(m.samples, m.sampled);
        long lockIn = m.nA + m.nB - streakNeeded + 1;
        return new Run(m.lockedIn(), m.lastA, m.lockedIn() ? lockIn : -1, trace);
    }
}
