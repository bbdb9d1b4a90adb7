package langsim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.model.AgentType;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import langsim.scenario.Verdict;

/**
 * Hand-made runs of a three-layer stack (research 300 developer-years of new work a year, application 100,
 * foundation 50; Python and Rust; firms do all the work, from 2030) for tests of the verdicts, so that every
 * expected share can be computed by hand.
 */
public final class StackRuns {
    public static final List<String> LANGUAGES = List.of("Python", "Rust");
    public static final List<String> LAYERS = List.of("research", "application", "foundation");
    private static final double[] WORK = {300, 100, 50};
    /** The essay's question: research and application together decide dominance, as in the baseline; window 2 years. */
    public static final Verdict SPEC = new Verdict("Rust", List.of("research", "application"), List.of("foundation"),
            0.5, 0.25, 2, thresholds(0.5, 0.5, 0.25));

    private StackRuns() {
    }

    public static Map<String, Double> thresholds(double research, double application, double foundation) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("research", research);
        m.put("application", application);
        m.put("foundation", foundation);
        return m;
    }

    /** A run whose Rust share of each layer's new work follows rust[layer][year], layers in {@link #LAYERS} order. */
    public static RunRecord run(double[]... rust) {
        int years = rust[0].length;
        double[][][][] work = new double[years][AgentType.COUNT][LAYERS.size()][2];
        for (int y = 0; y < years; y++) {
            for (int l = 0; l < LAYERS.size(); l++) {
                work[y][AgentType.FIRM.ordinal()][l] = new double[] {WORK[l] * (1 - rust[l][y]), WORK[l] * rust[l][y]};
            }
        }
        return new RunRecord(1, 2030, LANGUAGES, LAYERS, work, work, new double[years][AgentType.COUNT][2],
                new double[years][2], new double[years][LAYERS.size()][2], 0, 0);
    }

    /** The baseline scenario with the given verdict and no events, as the frame of hand-made runs. */
    public static Scenario scenario(Verdict verdict) {
        Scenario s = ScenarioLoader.defaults();
        return new Scenario(s.name(), s.description(), s.simulation(), s.languages(), s.layers(), s.agents(), s.network(),
                s.ecosystem(), s.algorithms(), s.interop(), s.labourMarket(), s.choice(), verdict, List.of());
    }

    /** The result of judging and summarising the runs as {@code langsim run} does. */
    public static ExperimentResult result(Verdict verdict, List<RunRecord> runs) {
        Scenario scenario = scenario(verdict);
        List<ReplicationVerdict> verdicts = runs.stream().map(r -> VerdictJudge.judge(verdict, r)).toList();
        List<Long> seeds = runs.stream().map(RunRecord::seed).toList();
        return new ExperimentResult(scenario, seeds, runs, verdicts, ExperimentSummary.of(scenario, runs, verdicts));
    }
}
