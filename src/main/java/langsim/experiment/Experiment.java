package langsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import langsim.model.LangSimModel;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;

/**
 * Runs a scenario's replications on a thread pool. Replication r always uses seed
 * {@code Seeds.forRun(master, r)} and results are collected in replication order, so outputs do not
 * depend on the number of threads.
 */
public final class Experiment {
    private Experiment() {
    }

    public static ExperimentResult run(Scenario scenario, int threads, IntConsumer onReplicationDone) {
        int n = scenario.simulation().replications();
        long master = scenario.simulation().seed();
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < n; r++) seeds.add(Seeds.forRun(master, r));
        List<RunRecord> runs = Replications.run(n, master, threads, seed -> {
            RunRecord record = LangSimModel.run(scenario, seed);
            onReplicationDone.accept(1);
            return record;
        });
        List<ReplicationVerdict> verdicts = runs.stream().map(r -> VerdictJudge.judge(scenario.verdict(), r)).toList();
        return new ExperimentResult(scenario, List.copyOf(seeds), List.copyOf(runs), verdicts,
                ExperimentSummary.of(scenario, runs, verdicts));
    }
}
