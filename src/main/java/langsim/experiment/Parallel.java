package langsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The project's one way of running work in parallel (replications, sweep runs, charts): tasks 0..n-1 on a pool of
 * daemon threads, results back in task order, so nothing depends on the thread count or on which task finishes
 * first. The first failure in task order is rethrown as it was thrown; the other tasks are then cancelled.
 */
public final class Parallel {
    private Parallel() {
    }

    /** Runs {@code task.apply(i)} for i = 0..n-1 on at most {@code threads} threads named {@code name}. */
    public static <T> List<T> map(int n, int threads, String name, IntFunction<T> task) {
        if (n == 0) return List.of();
        int size = Math.max(1, Math.min(threads, n));
        if (size == 1) {
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(task.apply(i));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> out = new ArrayList<>(n);
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
