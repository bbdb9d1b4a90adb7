package langsim.sweep;

import java.util.function.BooleanSupplier;

import langsim.experiment.Parallel;

/** The default engine: the project's thread pool ({@link Parallel}) in this JVM, one task per run. */
public final class ThreadEngine implements SweepEngine {
    private final int threads;

    public ThreadEngine(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public String describe() {
        return threads + (threads == 1 ? " thread" : " threads");
    }

    @Override
    public void execute(Sweep sweep, int[] runs, Sink sink, BooleanSupplier stop) {
        Parallel.map(runs.length, threads, "langsim-sweep", i -> {
            if (!stop.getAsBoolean()) sink.accept(SweepPlan.execute(sweep, runs[i]));
            return null;
        });
    }
}
