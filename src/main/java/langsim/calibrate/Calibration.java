package langsim.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import langsim.config.RecordPath;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;

/**
 * A loaded calibration: base scenario, parameters to fit, observations and their mapping to model outputs. The
 * objective is the weighted mean squared error over the fitted rows (weight > 0, year not held out), on logarithms
 * for metrics marked {@code log}; every evaluation runs {@code replications} replications with the same derived
 * seeds (common random numbers) and compares their mean. CMA-ES (Commons Math) searches the box of the bounds,
 * scaled to [0, 1] per parameter, from several starts ({@link Restarts}); a loss slice ({@link Profile}) and an
 * ensemble of parameter sets ({@link Ensemble}) say how well the data pin the parameters down.
 *
 * <p>The work is split by job: {@link CalibrationLoader} reads the file and the observations, {@link ObservedOutput}
 * maps an observation to a model output, {@link CalibrationObjective} simulates and scores, {@link CmaesDriver}
 * searches once, {@link FitDriver} runs the whole fit.
 */
public final class Calibration {
    /** A parameter resolved against the base scenario: the scenario field it sets is {@code target}. */
    public record Param(String path, double min, double max, double start, boolean integer, RecordPath target) {
        double value(double unit) {
            double v = min + Math.max(0, Math.min(1, unit)) * (max - min);
            return integer ? Math.rint(v) : v;
        }

        /** The change value {@code v} makes to the base scenario: rounded half up for integer fields. */
        RecordPath.Change change(double v) {
            return RecordPath.Change.to(target, integer ? Math.round(v) : v);
        }
    }

    /** Progress after each evaluation. */
    public record Progress(int evaluation, int budget, double error, double best) {
    }

    private final CalibrationSpec spec;
    private final Path file;
    private final Scenario base;
    private final List<Param> params;
    private final List<Observation> rows;
    private final int ignoredRows;

    Calibration(CalibrationSpec spec, Path file, Scenario base, List<Param> params, List<Observation> rows, int ignored) {
        this.spec = spec;
        this.file = file;
        this.base = base;
        this.params = params;
        this.rows = rows;
        this.ignoredRows = ignored;
    }

    public static Calibration load(Path file) {
        return CalibrationLoader.load(file);
    }

    /** The same calibration with another evaluation budget per restart (the --evaluations option). */
    public Calibration withEvaluations(int budget) {
        CalibrationSpec s = spec;
        return with(new CalibrationSpec(s.name(), s.description(), s.baseScenario(), s.set(), s.parameters(), s.observations(),
                s.metrics(), s.heldOutYears(), s.replications(), budget, s.population(), s.sigma(), s.finalReplications(),
                s.restarts(), s.profilePoints(), s.ensembleSize(), s.seed()));
    }

    /** The same calibration with another number of CMA-ES restarts (the --restarts option). */
    public Calibration withRestarts(int restarts) {
        CalibrationSpec s = spec;
        return with(new CalibrationSpec(s.name(), s.description(), s.baseScenario(), s.set(), s.parameters(), s.observations(),
                s.metrics(), s.heldOutYears(), s.replications(), s.evaluations(), s.population(), s.sigma(), s.finalReplications(),
                restarts, s.profilePoints(), s.ensembleSize(), s.seed()));
    }

    /** The same calibration fitted on the years not in {@code years} (a backtest's forecast origin). */
    Calibration withHeldOutYears(List<Integer> years) {
        CalibrationSpec s = spec;
        return with(new CalibrationSpec(s.name(), s.description(), s.baseScenario(), s.set(), s.parameters(), s.observations(),
                s.metrics(), List.copyOf(years), s.replications(), s.evaluations(), s.population(), s.sigma(), s.finalReplications(),
                s.restarts(), s.profilePoints(), s.ensembleSize(), s.seed()));
    }

    private Calibration with(CalibrationSpec changed) {
        return new Calibration(changed, file, base, params, rows, ignoredRows);
    }

    public CalibrationSpec spec() {
        return spec;
    }

    public Path file() {
        return file;
    }

    public Scenario base() {
        return base;
    }

    public List<Param> params() {
        return params;
    }

    public List<Observation> rows() {
        return rows;
    }

    public int ignoredRows() {
        return ignoredRows;
    }

    boolean fitted(Observation o) {
        return fitted(spec, o);
    }

    static boolean fitted(CalibrationSpec spec, Observation o) {
        return spec.metrics().get(o.metric()).weight() > 0 && !spec.heldOutYears().contains(o.year());
    }

    boolean heldOut(Observation o) {
        return spec.heldOutYears().contains(o.year());
    }

    /** The base scenario with the given parameter values. */
    public Scenario scenario(double[] values) {
        List<RecordPath.Change> changes = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) changes.add(params.get(i).change(values[i]));
        return ScenarioLoader.with(base, changes);
    }

    /** Per observation row, the simulated value in each replication: [row][replication]. */
    public double[][] simulate(double[] values, int replications, int threads) {
        return CalibrationObjective.simulate(this, values, replications, threads);
    }

    double transform(Observation o, double v) {
        return ObservedOutput.transform(spec, o, v);
    }

    /** Weighted mean squared error of the replication means over the fitted rows. */
    double error(double[][] sim) {
        return CalibrationObjective.error(this, sim);
    }

    /**
     * Runs the CMA-ES restarts, the final replications, the loss slice and the ensemble; {@code threads} run the
     * replications of an evaluation in parallel.
     */
    public CalibrationResult fit(int threads, Consumer<Progress> progress) {
        return FitDriver.fit(this, threads, progress);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
