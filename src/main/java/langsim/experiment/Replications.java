package langsim.experiment;

import java.util.List;
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
        return Parallel.map(n, threads, "langsim-replication", r -> replication.apply(Seeds.forRun(master, r)));
    }
}
