package langsim.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;

import langsim.experiment.Seeds;

/**
 * Runs replications of a reference model on a thread pool, as {@code langsim.experiment.Experiment} does for the
 * adoption model: replication r uses seed {@code Seeds.derive(master, r)} and results come back in replication
 * order, so they do not depend on the number of threads.
 */
final class Replicate {
    private Replicate() {
    }

    static <T> List<T> run(int n, long master, int threads, LongFunction<T> replication) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)), r -> {
            Thread t = new Thread(r, "langsim-verify");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                long seed = Seeds.derive(master, r);
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
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Column {@code j} of a list of rows. */
    static double[] column(List<double[]> rows, int j) {
        double[] c = new double[rows.size()];
        for (int i = 0; i < c.length; i++) c[i] = rows.get(i)[j];
        return c;
    }
}
