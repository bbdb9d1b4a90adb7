package langsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import langsim.model.LangSimModel;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;

/**
 * Runs a scenario's replications on a thread pool. Replication r always uses seed
 * {@code Seeds.derive(master, r)} and results are collected in replication order, so outputs do not
 * depend on the number of threads.
 */
public final class Experiment {
    private Experiment() {
    }

    public static ExperimentResult run(Scenario scenario, int threads, IntConsumer onReplicationDone) {
        int n = scenario.simulation().replications();
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < n; r++) seeds.add(Seeds.derive(scenario.simulation().seed(), r));
        List<RunRecord> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)), r -> {
            Thread t = new Thread(r, "langsim-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunRecord>> futures = new ArrayList<>();
            for (long seed : seeds) {
                futures.add(pool.submit(() -> {
                    RunRecord record = LangSimModel.run(scenario, seed);
                    onReplicationDone.accept(1);
                    return record;
                }));
            }
            for (Future<RunRecord> f : futures) runs.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<ReplicationVerdict> verdicts = runs.stream().map(r -> VerdictJudge.judge(scenario.verdict(), r)).toList();
        return new ExperimentResult(scenario, List.copyOf(seeds), List.copyOf(runs), verdicts,
                ExperimentSummary.of(scenario, runs, verdicts));
    }
}
