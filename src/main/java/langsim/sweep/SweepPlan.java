package langsim.sweep;

import java.util.ArrayList;
import java.util.List;

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

    /** The scenario overrides of a design point, e.g. {@code languages.Rust.learning_years=0.75}. */
    public static List<String> assignments(Sweep sweep, int point) {
        double[] values = sweep.design().values()[point];
        List<String> out = new ArrayList<>(values.length);
        for (int j = 0; j < values.length; j++) out.add(sweep.parameters().get(j).assignment(values[j]));
        return out;
    }

    public static Scenario scenario(Sweep sweep, int point) {
        return ScenarioLoader.override(sweep.base(), assignments(sweep, point));
    }

    /** Executes run {@code i}. */
    public static RunResult execute(Sweep sweep, int run) {
        return execute(sweep.base(), assignments(sweep, point(sweep, run)), sweep.outputs(), run, point(sweep, run),
                replication(sweep, run), seed(sweep, run));
    }

    /**
     * Executes one run from its parts, for engines that ship runs to other JVMs (Spark executors) without the
     * {@link Sweep}: the base scenario, the point's assignments, the numeric outputs and the run's place and seed.
     */
    public static RunResult execute(Scenario base, List<String> assignments, SweepOutputs outputs, int run, int point,
                                    int replication, long seed) {
        Scenario scenario = ScenarioLoader.override(base, assignments);
        RunRecord record = LangSimModel.run(scenario, seed);
        ReplicationVerdict verdict = VerdictJudge.judge(scenario.verdict(), record);
        return new RunResult(run, point, replication, seed, verdict.kind(), outputs.extract(scenario, record, verdict));
    }
}
