package langsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/** The default engine: a fixed thread pool in this JVM, one task per run. */
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
        IntFunction<RunResult> exec = run -> SweepPlan.execute(sweep, run);
        int poolSize = Math.max(1, Math.min(threads, Math.max(1, runs.length)));
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, "langsim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(runs.length);
            for (int run : runs) {
                futures.add(pool.submit(() -> {
                    if (stop.getAsBoolean()) return;
                    sink.accept(exec.apply(run));
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
