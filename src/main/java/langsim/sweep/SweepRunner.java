package langsim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs the missing runs of a sweep on a thread pool, journaling each as it finishes. Results are stored by run
 * index, so nothing downstream depends on thread count or completion order.
 */
public final class SweepRunner {
    private SweepRunner() {
    }

    /** The runs of a sweep (null where missing), with timing figures. */
    public record Outcome(RunResult[] results, int ran, int resumed, double seconds, long journalNanos) {
        public boolean complete() {
            for (RunResult r : results) if (r == null) return false;
            return true;
        }
    }

    /**
     * @param stopAfter stop (as if killed) once this many new runs are journaled; negative for no limit. Runs
     *                  already in flight still finish and are journaled, as after a Ctrl-C.
     * @param progress  told the number of finished runs (resumed included) after each run
     */
    public static Outcome run(Sweep sweep, Path journalPath, int threads, boolean resume, int stopAfter,
                              IntFunction<Progress> progress) {
        return run(sweep, journalPath, threads, resume, stopAfter, progress, run -> SweepPlan.execute(sweep, run));
    }

    static Outcome run(Sweep sweep, Path journalPath, int threads, boolean resume, int stopAfter,
                       IntFunction<Progress> progress, IntFunction<RunResult> executor) {
        int total = Math.toIntExact(sweep.runs());
        RunResult[] results = new RunResult[total];
        long t0 = System.nanoTime();
        try (Journal journal = Journal.open(journalPath, sweep, resume)) {
            int resumed = 0;
            for (RunResult r : journal.existing().values()) {
                results[r.run()] = r;
                resumed++;
            }
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < total; i++) if (results[i] == null) missing.add(i);
            Progress bar = progress.apply(resumed);
            AtomicInteger done = new AtomicInteger(resumed);
            AtomicInteger fresh = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean(stopAfter == 0);
            int poolSize = Math.max(1, Math.min(threads, Math.max(1, missing.size())));
            ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
                Thread t = new Thread(r, "langsim-sweep");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int run : missing) {
                    futures.add(pool.submit(() -> {
                        if (stop.get()) return;
                        RunResult r = executor.apply(run);
                        journal.append(r);
                        results[run] = r;
                        if (stopAfter > 0 && fresh.incrementAndGet() >= stopAfter) stop.set(true);
                        bar.update(done.incrementAndGet());
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
            int ran = (int) journal.appended();
            return new Outcome(results, ran, resumed, (System.nanoTime() - t0) / 1e9, journal.appendNanos());
        }
    }
}
