package langsim.verify;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Abrams & Strogatz (2003) language competition as agents on a fully mixed population: each of N agents speaks X
 * (status s) or Y (status 1 - s). In each tick of length dt a Y-speaker switches to X with probability
 * {@code 1 - exp(-c x^a s dt)} and an X-speaker to Y with {@code 1 - exp(-c (1-x)^a (1-s) dt)}, x being the share of
 * X-speakers at the start of the tick. The share is recorded at every sample time.
 */
final class AbramsStrogatzModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Per-tick probability that a speaker of one language switches; package-private so tests can break it. */
    interface Switching {
        double probability(boolean speaksX, double x, double a, double s, double c, double dt);
    }

    static final Switching EXACT = (speaksX, x, a, s, c, dt) -> speaksX
            ? -Math.expm1(-c * Math.pow(1 - x, a) * (1 - s) * dt)
            : -Math.expm1(-c * Math.pow(x, a) * s * dt);

    private final int n;
    private final double a;
    private final double s;
    private final double c;
    private final double x0;
    private final int stepsPerUnit;
    private final int samples;
    private final int stepsPerSample;
    private final Switching rule;
    private boolean[] speaksX;
    private int speakersX;
    private long ticks;
    private double[] trajectory;

    AbramsStrogatzModel(long seed, int n, double a, double s, double c, double x0, int stepsPerUnit, int samples,
                        int stepsPerSample, Switching rule) {
        super(seed);
        this.n = n;
        this.a = a;
        this.s = s;
        this.c = c;
        this.x0 = x0;
        this.stepsPerUnit = stepsPerUnit;
        this.samples = samples;
        this.stepsPerSample = stepsPerSample;
        this.rule = rule;
    }

    @Override
    public void start() {
        super.start();
        speaksX = new boolean[n];
        speakersX = (int) Math.round(x0 * n);
        for (int i = 0; i < speakersX; i++) speaksX[i] = true;
        ticks = 0;
        trajectory = new double[samples + 1];
        trajectory[0] = speakersX / (double) n;
        schedule.scheduleRepeating(0, 0, (Steppable) st -> tick());
    }

    private void tick() {
        double x = speakersX / (double) n;
        double dt = 1.0 / stepsPerUnit;
        double toX = rule.probability(false, x, a, s, c, dt);
        double toY = rule.probability(true, x, a, s, c, dt);
        int change = 0;
        for (int i = 0; i < n; i++) {
            if (speaksX[i]) {
                if (random.nextDouble() < toY) {
                    speaksX[i] = false;
                    change--;
                }
            } else if (random.nextDouble() < toX) {
                speaksX[i] = true;
                change++;
            }
        }
        speakersX += change;
        ticks++;
        if (ticks % stepsPerSample == 0) trajectory[(int) (ticks / stepsPerSample)] = speakersX / (double) n;
    }

    static double[] run(long seed, int n, double a, double s, double c, double x0, int stepsPerUnit, int samples,
                        int stepsPerSample, Switching rule) {
        AbramsStrogatzModel m = new AbramsStrogatzModel(seed, n, a, s, c, x0, stepsPerUnit, samples, stepsPerSample, rule);
        m.start();
        long total = (long) samples * stepsPerSample;
        while (m.schedule.getSteps() < total) {
            if (!m.schedule.step(m)) break;
        }
        m.finish();
        return m.trajectory;
    }
}
