package langsim.calibrate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import langsim.config.ConfigException;
import langsim.config.FileKind;
import langsim.config.RecordBinder;
import langsim.config.RecordWriter;
import langsim.config.TreePaths;
import langsim.experiment.Interval;
import langsim.experiment.Replications;
import langsim.model.AgentType;
import langsim.model.LangSimModel;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A loaded calibration: base scenario, parameters to fit, observations and their mapping to model outputs. The
 * objective is the weighted mean squared error over the fitted rows (weight > 0, year not held out), on logarithms
 * for metrics marked {@code log}; every evaluation runs {@code replications} replications with the same derived
 * seeds (common random numbers) and compares their mean. CMA-ES (Commons Math) searches the box of the bounds,
 * scaled to [0, 1] per parameter, seeded from the file's seed.
 */
public final class Calibration {
    /** A parameter resolved against the base scenario. */
    public record Param(String path, double min, double max, double start, boolean integer) {
        double value(double unit) {
            double v = min + Math.max(0, Math.min(1, unit)) * (max - min);
            return integer ? Math.rint(v) : v;
        }

        String assignment(double v) {
            return path + "=" + (integer ? Long.toString(Math.round(v)) : Double.toString(v));
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

    private Calibration(CalibrationSpec spec, Path file, Scenario base, List<Param> params, List<Observation> rows, int ignored) {
        this.spec = spec;
        this.file = file;
        this.base = base;
        this.params = params;
        this.rows = rows;
        this.ignoredRows = ignored;
    }

    /** The same calibration with another evaluation budget (the --evaluations option). */
    public Calibration withEvaluations(int budget) {
        CalibrationSpec s = spec;
        CalibrationSpec changed = new CalibrationSpec(s.name(), s.description(), s.baseScenario(), s.set(), s.parameters(),
                s.observations(), s.metrics(), s.heldOutYears(), s.replications(), budget, s.population(), s.sigma(),
                s.finalReplications(), s.seed());
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

    public static Calibration load(Path file) {
        Node root = FileKind.CALIBRATION.parseFile(file);
        CalibrationSpec spec = RecordBinder.bind(root, CalibrationSpec.class,
                CalibrationSpec.defaults(keys(child(root, "parameters")), keys(child(root, "metrics"))));
        Path dir = file.toAbsolutePath().getParent();
        Scenario base = ScenarioLoader.loadBase(file, root, spec.baseScenario());
        try {
            base = ScenarioLoader.override(base, spec.set());
        } catch (ConfigException e) {
            throw ConfigException.at(child(root, "set"), "set", e.getMessage(), e);
        }
        Node tree = RecordWriter.toNode(base);
        List<Param> params = new ArrayList<>();
        Node paramNode = child(root, "parameters");
        for (var e : spec.parameters().entrySet()) {
            String path = e.getKey();
            FitParameter fp = e.getValue();
            Node at = child(paramNode, path);
            Node target;
            try {
                target = TreePaths.get(tree, path, file.toString());
            } catch (ConfigException ex) {
                throw ConfigException.at(at, "parameters." + path, "unknown scenario path: " + ex.problem(), ex);
            }
            if (!TreePaths.isNumber(target)) {
                throw ConfigException.at(at, "parameters." + path, "not a numeric scenario field");
            }
            ScalarNode s = (ScalarNode) target;
            boolean integer = Tag.INT.equals(s.getTag());
            double current = Double.parseDouble(s.getValue());
            double start = !Double.isNaN(fp.start()) ? fp.start()
                    : current >= fp.min() && current <= fp.max() ? current : (fp.min() + fp.max()) / 2;
            Param p = new Param(path, fp.min(), fp.max(), start, integer);
            for (double v : new double[] {fp.min(), fp.max()}) {
                try {
                    ScenarioLoader.override(base, List.of(p.assignment(v)));
                } catch (ConfigException ex) {
                    throw ConfigException.at(at, "parameters." + path, "bound " + v + " is not valid in the scenario: " + ex.problem(), ex);
                }
            }
            params.add(p);
        }
        Path obsPath = dir.resolve(spec.observations()).normalize();
        if (!Files.isRegularFile(obsPath)) {
            throw ConfigException.at(child(root, "observations"), "observations", "observations file not found: " + obsPath);
        }
        List<Observation> all;
        try {
            all = ObservationsCsv.read(obsPath);
        } catch (ConfigException e) {
            throw ConfigException.at(child(root, "observations"), "observations", e.getMessage(), e); // names both files
        }
        List<Observation> used = new ArrayList<>();
        int start = base.simulation().startYear();
        int end = base.simulation().endYear();
        List<String> langs = base.languageNames();
        List<String> layers = base.layerNames();
        Set<String> seen = new LinkedHashSet<>();
        for (Observation o : all) {
            MetricSpec m = spec.metrics().get(o.metric());
            if (m == null) continue;
            String where = obsPath + ":" + o.line();
            if (o.year() < start || o.year() > end) {
                throw ConfigException.of(where, "year " + o.year() + " is outside the scenario's years " + start + "-" + end);
            }
            if (!langs.contains(o.language())) throw ConfigException.of(where, "language '" + o.language() + "' is not in the scenario " + langs);
            if (m.output().equals("talent_ratio") && !langs.contains(m.reference())) {
                throw ConfigException.at(child(child(root, "metrics"), o.metric()), "metrics." + o.metric() + ".reference",
                        "'" + m.reference() + "' is not a language of the scenario " + langs);
            }
            if (m.output().equals("new_work_share")) {
                List<String> ls = m.layers().isEmpty() ? (o.layer().isEmpty() ? List.of() : List.of(o.layer())) : m.layers();
                if (ls.isEmpty()) throw ConfigException.of(where, "new_work_share needs a layer (column or metrics." + o.metric() + ".layers)");
                for (String l : ls) if (!layers.contains(l)) throw ConfigException.of(where, "layer '" + l + "' is not in the scenario " + layers);
            }
            if (m.log() && o.value() <= 0) throw ConfigException.of(where, "metric " + o.metric() + " is compared on logs; value must be > 0");
            used.add(o);
            seen.add(o.metric());
        }
        for (String metric : spec.metrics().keySet()) {
            if (!seen.contains(metric)) {
                throw ConfigException.at(child(child(root, "metrics"), metric), "metrics." + metric,
                        "no observations of this metric in the scenario's years in " + obsPath);
            }
        }
        requireSomethingToFit(root, spec, used);
        return new Calibration(spec, file, base, List.copyOf(params), List.copyOf(used), all.size() - used.size());
    }

    private static List<String> keys(Node map) {
        List<String> out = new ArrayList<>();
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) if (t.getKeyNode() instanceof ScalarNode s) out.add(s.getValue());
        }
        return out;
    }

    private static Node child(Node map, String key) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) return t.getValueNode();
            }
        }
        return map;
    }

    boolean fitted(Observation o) {
        return fitted(spec, o);
    }

    private static boolean fitted(CalibrationSpec spec, Observation o) {
        return spec.metrics().get(o.metric()).weight() > 0 && !spec.heldOutYears().contains(o.year());
    }

    /** Refuses a fit with nothing to fit, at the field to change: the metrics' weights, or the held-out years. */
    private static void requireSomethingToFit(Node root, CalibrationSpec spec, List<Observation> used) {
        if (used.stream().anyMatch(o -> fitted(spec, o))) return;
        List<String> weighted = spec.metrics().entrySet().stream().filter(e -> e.getValue().weight() > 0)
                .map(Map.Entry::getKey).toList();
        if (weighted.isEmpty()) {
            String first = spec.metrics().keySet().iterator().next();
            throw ConfigException.at(child(child(child(root, "metrics"), first), "weight"), "metrics." + first + ".weight",
                    "no observation left to fit: every metric has weight 0 (report only); give one a weight above 0");
        }
        Set<Integer> years = new TreeSet<>();
        for (Observation o : used) if (weighted.contains(o.metric())) years.add(o.year());
        throw ConfigException.at(child(root, "held_out_years"), "held_out_years", "no observation left to fit: every year "
                + "observed for the metrics with weight above 0 (" + String.join(", ", weighted) + ") is held out: " + years
                + "; hold out fewer years");
    }

    boolean heldOut(Observation o) {
        return spec.heldOutYears().contains(o.year());
    }

    /** The base scenario with the given parameter values. */
    public Scenario scenario(double[] values) {
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) sets.add(params.get(i).assignment(values[i]));
        return ScenarioLoader.override(base, sets);
    }

    /** Per observation row, the simulated value in each replication: [row][replication]. */
    public double[][] simulate(double[] values, int replications, int threads) {
        Scenario scenario = scenario(values);
        List<RunRecord> runs = runAll(scenario, replications, threads);
        double[][] out = new double[rows.size()][replications];
        for (int r = 0; r < replications; r++) {
            RunRecord rec = runs.get(r);
            for (int i = 0; i < rows.size(); i++) out[i][r] = output(rows.get(i), rec);
        }
        return out;
    }

    private List<RunRecord> runAll(Scenario scenario, int n, int threads) {
        return Replications.run(n, spec.seed(), threads, seed -> LangSimModel.run(scenario, seed));
    }

    /** The model output an observation row maps to, in one run. */
    double output(Observation o, RunRecord rec) {
        MetricSpec m = spec.metrics().get(o.metric());
        int y = o.year() - rec.startYear();
        int k = rec.languages().indexOf(o.language());
        return switch (m.output()) {
            case "talent_ratio" -> people(rec, y, k) / people(rec, y, rec.languages().indexOf(m.reference()));
            case "talent_share" -> {
                double all = 0;
                for (int j = 0; j < rec.languages().size(); j++) all += people(rec, y, j);
                yield people(rec, y, k) / all;
            }
            case "new_work_share" -> {
                List<String> ls = m.layers().isEmpty() ? List.of(o.layer()) : m.layers();
                int[] idx = ls.stream().mapToInt(rec.layers()::indexOf).toArray();
                yield rec.newWorkShare(y, idx, k);
            }
            default -> throw new IllegalStateException("unknown output " + m.output());
        };
    }

    private static double people(RunRecord rec, int y, int k) {
        double n = 0;
        for (AgentType t : AgentType.INDIVIDUALS) n += rec.proficient()[y][t.ordinal()][k];
        return n;
    }

    double transform(Observation o, double v) {
        return spec.metrics().get(o.metric()).log() ? Math.log(v) : v;
    }

    /** Weighted mean squared error of the replication means over the fitted rows. */
    double error(double[][] sim) {
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < rows.size(); i++) {
            Observation o = rows.get(i);
            if (!fitted(o)) continue;
            double w = spec.metrics().get(o.metric()).weight();
            double mean = Interval.of(sim[i]).mean();
            double d = Double.isNaN(mean) || mean <= 0 && spec.metrics().get(o.metric()).log() ? 10 : transform(o, mean) - transform(o, o.value());
            sum += w * d * d;
            weights += w;
        }
        return sum / weights;
    }

    /** Runs CMA-ES and the final replications; {@code threads} run the replications of an evaluation in parallel. */
    public CalibrationResult fit(int threads, Consumer<Progress> progress) {
        long t0 = System.nanoTime();
        int d = params.size();
        double[] lo = new double[d];
        double[] hi = new double[d];
        double[] start = new double[d];
        double[] sigma = new double[d];
        for (int i = 0; i < d; i++) {
            Param p = params.get(i);
            hi[i] = 1;
            start[i] = (p.start() - p.min()) / (p.max() - p.min());
            sigma[i] = spec.sigma();
        }
        int lambda = spec.population() > 0 ? spec.population() : 4 + (int) Math.floor(3 * Math.log(d));
        double[] best = new double[d];
        double[] bestError = {Double.POSITIVE_INFINITY};
        int[] evaluations = {0};
        List<double[]> history = new ArrayList<>();
        ObjectiveFunction objective = new ObjectiveFunction(u -> {
            double[] values = new double[d];
            for (int i = 0; i < d; i++) values[i] = params.get(i).value(u[i]);
            double e = error(simulate(values, spec.replications(), threads));
            evaluations[0]++;
            if (e < bestError[0]) {
                bestError[0] = e;
                System.arraycopy(values, 0, best, 0, d);
            }
            double[] h = new double[d + 2];
            h[0] = evaluations[0];
            h[1] = e;
            System.arraycopy(values, 0, h, 2, d);
            history.add(h);
            progress.accept(new Progress(evaluations[0], spec.evaluations(), e, bestError[0]));
            return e;
        });
        CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(spec.seed()), false, null);
        try {
            cmaes.optimize(new MaxEval(spec.evaluations()), new MaxIter(Integer.MAX_VALUE), objective, GoalType.MINIMIZE,
                    new InitialGuess(start), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(lambda));
        } catch (TooManyEvaluationsException budgetSpent) {
            // the best point seen so far is the result
        }
        double fitSeconds = (System.nanoTime() - t0) / 1e9;
        double[] startValues = new double[d];
        for (int i = 0; i < d; i++) startValues[i] = params.get(i).start();
        double[][] finalSim = simulate(best, spec.finalReplications(), threads);
        double[][] startSim = simulate(startValues, spec.finalReplications(), threads);
        return new CalibrationResult(this, best.clone(), bestError[0], evaluations[0], lambda, history, finalSim, startSim,
                fitSeconds, (System.nanoTime() - t0) / 1e9);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
