package langsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;

/**
 * Runs n replications of anything on a thread pool: replication r gets seed {@code Seeds.forRun(master, r)}
 * and results come back in replication order, so they do not depend on the thread count. Shared by the
 * adoption model's experiments, calibration and the reference models of {@code verify}.
 */
public final class Replications {
    private Replications() {
    }

    public static <T> List<T> run(int n, long master, int threads, LongFunction<T> replication) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)), r -> {
            Thread t = new Thread(r, "langsim-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                long seed = Seeds.forRun(master, r);
                futures.add(pool.submit(() -> replication.apply(seed)));
            }
            List<T> out = new ArrayList<>();
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
