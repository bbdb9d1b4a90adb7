package langsim.compare;

import java.util.List;

import langsim.experiment.ExperimentResult;
import langsim.experiment.RunMetrics;
import langsim.model.AgentType;
import langsim.model.RunRecord;
import langsim.output.Num;
import langsim.scenario.Scenario;

/**
 * One side of a comparison: the replications of a scenario as a comparison needs them, new work per (replication,
 * year, layer, language) summed over agent types, in the baseline's layer and language order. Values are rounded as
 * timeseries.csv writes them, so that comparing two run folders gives the same bytes as comparing the scenarios.
 *
 * @param title      how the outputs name this side (the run's label)
 * @param scenario   the resolved scenario (its verdict section, years and events)
 * @param masterSeed the master seed the replication seeds were derived from
 * @param seeds      the seed of each replication
 * @param newWork    [replication][year][layer][language], developer-years
 */
public record ComparedRuns(String title, Scenario scenario, long masterSeed, List<Long> seeds, List<String> layers,
                           List<String> languages, int startYear, double[][][][] newWork) {

    public ComparedRuns {
        seeds = List.copyOf(seeds);
        layers = List.copyOf(layers);
        languages = List.copyOf(languages);
    }

    /** A run in memory, ordered as {@code layers} and {@code languages} (which must be the run's, in any order). */
    public static ComparedRuns of(ExperimentResult result, String title, List<String> layers, List<String> languages) {
        List<RunRecord> runs = result.runs();
        double[][][][] work = new double[runs.size()][][][];
        for (int r = 0; r < runs.size(); r++) {
            RunRecord run = runs.get(r);
            work[r] = new double[run.years()][layers.size()][languages.size()];
            for (int y = 0; y < run.years(); y++) {
                for (int l = 0; l < layers.size(); l++) {
                    int rl = run.layers().indexOf(layers.get(l));
                    for (int k = 0; k < languages.size(); k++) {
                        int rk = run.languages().indexOf(languages.get(k));
                        // summed in agent-type order from 0, as timeseries.csv sums its "all" rows
                        double sum = 0;
                        for (int t = 0; t < AgentType.COUNT; t++) sum += run.newWork()[y][t][rl][rk];
                        work[r][y][l][k] = asWritten(sum);
                    }
                }
            }
        }
        return new ComparedRuns(title, result.scenario(), result.scenario().simulation().seed(), result.seeds(), layers,
                languages, runs.get(0).startYear(), work);
    }

    /** The value as timeseries.csv holds it (8 significant digits; NaN stays NaN). */
    static double asWritten(double value) {
        String text = Num.format(value);
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    public int replications() {
        return newWork.length;
    }

    public int years() {
        return newWork[0].length;
    }

    /** Share of new work in layer l done in language k, in replication r and year index y (NaN: no work). */
    public double share(int r, int y, int l, int k) {
        return RunMetrics.share(record(r), y, new int[] {l}, k);
    }

    /** Replication r as a run record with one agent type, for {@link langsim.experiment.VerdictJudge}. */
    RunRecord record(int r) {
        int years = years();
        double[][][][] work = new double[years][1][][];
        for (int y = 0; y < years; y++) work[y][0] = newWork[r][y];
        return new RunRecord(seeds.get(r), startYear, languages, layers, work, new double[years][1][layers.size()][languages.size()],
                new double[years][1][languages.size()], new double[years][languages.size()],
                new double[years][layers.size()][languages.size()], 0, 0);
    }
}
