package langsim.sweep;

import java.util.ArrayList;
import java.util.List;

import langsim.config.RecordPath;
import langsim.experiment.ReplicationVerdict;
import langsim.experiment.Seeds;
import langsim.experiment.VerdictJudge;
import langsim.model.LangSimModel;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;

/**
 * Run {@code i} of a sweep as a pure function of the sweep and {@code i}: point {@code i / replications},
 * replication {@code i % replications}, seed {@code Seeds.forRun(master seed, i)}. Nothing depends on which thread,
 * process or machine runs it, or in which order, so runs can be split across threads, shards or a cluster and merged
 * by index.
 */
public final class SweepPlan {
    private SweepPlan() {
    }

    public static int point(Sweep sweep, long run) {
        return (int) (run / sweep.spec().replications());
    }

    public static int replication(Sweep sweep, long run) {
        return (int) (run % sweep.spec().replications());
    }

    public static long seed(Sweep sweep, long run) {
        return Seeds.forRun(sweep.spec().seed(), run);
    }

    /** The changes a design point makes to the base scenario, e.g. {@code languages.Rust.learning_years} to 0.75. */
    public static List<RecordPath.Change> changes(Sweep sweep, int point) {
        double[] values = sweep.design().values()[point];
        List<RecordPath.Change> out = new ArrayList<>(values.length);
        for (int j = 0; j < values.length; j++) out.add(sweep.parameters().get(j).change(values[j]));
        return out;
    }

    public static Scenario scenario(Sweep sweep, int point) {
        return ScenarioLoader.with(sweep.base(), changes(sweep, point));
    }

    /** Executes run {@code i}. */
    public static RunResult execute(Sweep sweep, int run) {
        return execute(sweep.base(), changes(sweep, point(sweep, run)), sweep.outputs(), run, point(sweep, run),
                replication(sweep, run), seed(sweep, run));
    }

    /**
     * Executes one run from its parts, for engines that ship runs to other JVMs (Spark executors) without the
     * {@link Sweep}: the base scenario, the point's changes, the numeric outputs and the run's place and seed.
     */
    public static RunResult execute(Scenario base, List<RecordPath.Change> changes, SweepOutputs outputs, int run, int point,
                                    int replication, long seed) {
        Scenario scenario = ScenarioLoader.with(base, changes);
        RunRecord record = LangSimModel.run(scenario, seed);
        ReplicationVerdict verdict = VerdictJudge.judge(scenario.verdict(), record);
        return new RunResult(run, point, replication, seed, verdict.kind(), outputs.extract(scenario, record, verdict));
    }
}
