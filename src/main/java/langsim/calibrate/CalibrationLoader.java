package langsim.calibrate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import langsim.config.ConfigException;
import langsim.config.FileKind;
import langsim.config.RecordBinder;
import langsim.config.RecordPath;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import langsim.scenario.ScenarioParameter;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Loads a calibration file: binds it, resolves the base scenario and the parameters against it (every bound must be
 * valid in the scenario), reads the observations and keeps the rows of the file's metrics, checked against the
 * scenario's years, languages and layers. Errors are one line, at the field to change.
 */
final class CalibrationLoader {
    private CalibrationLoader() {
    }

    static Calibration load(Path file) {
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
        List<Calibration.Param> params = new ArrayList<>();
        Node paramNode = child(root, "parameters");
        for (var e : spec.parameters().entrySet()) {
            String path = e.getKey();
            FitParameter fp = e.getValue();
            Node at = child(paramNode, path);
            RecordPath target = ScenarioParameter.resolve(base, path, file.toString(), at, "parameters." + path,
                    "not a numeric scenario field");
            double current = target.number(base);
            double start = !Double.isNaN(fp.start()) ? fp.start()
                    : current >= fp.min() && current <= fp.max() ? current : (fp.min() + fp.max()) / 2;
            Calibration.Param p = new Calibration.Param(path, fp.min(), fp.max(), start, target.integer(), target);
            for (double v : new double[] {fp.min(), fp.max()}) {
                ScenarioParameter.check(base, p.change(v), v, at, "parameters." + path, "bound");
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

    /** Refuses a fit with nothing to fit, at the field to change: the metrics' weights, or the held-out years. */
    private static void requireSomethingToFit(Node root, CalibrationSpec spec, List<Observation> used) {
        if (used.stream().anyMatch(o -> Calibration.fitted(spec, o))) return;
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
}
