package langsim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import langsim.config.ConfigException;
import langsim.config.FileKind;
import langsim.config.RecordBinder;
import langsim.config.RecordPath;
import langsim.config.TreePaths;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import langsim.scenario.ScenarioParameter;
import langsim.sensitivity.DesignKind;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Loads a sweep file with the scenario binder (same one-line errors: file:line:col: field: message), then checks it
 * against its base scenario: every parameter path must name a number in the scenario, its range must be valid
 * there, every output must be known, and the design must fit under the run guard.
 */
public final class SweepLoader {
    /** Default --max-runs guard. */
    public static final long DEFAULT_MAX_RUNS = 100_000;

    private SweepLoader() {
    }

    public static Sweep load(Path file, long maxRuns) {
        Node root = FileKind.SWEEP.parseFile(file);
        List<String> keys = new ArrayList<>();
        Node params = child(root, "parameters");
        if (params instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s) keys.add(s.getValue());
            }
        }
        SweepSpec spec = RecordBinder.bind(root, SweepSpec.class, SweepSpec.defaults(keys));
        String source = file.toString();

        Scenario base = ScenarioLoader.loadBase(file, root, spec.baseScenario());
        try {
            base = ScenarioLoader.override(base, spec.set());
        } catch (ConfigException e) {
            Node at = child(root, "set");
            String path = "set";
            for (int i = 0; i < spec.set().size(); i++) {
                if (e.source().equals(TreePaths.SET_SOURCE + spec.set().get(i))) {
                    at = item(at, i);
                    path = "set[" + i + "]";
                }
            }
            throw ConfigException.at(at, path, e.getMessage(), e);
        }

        List<SweepParameter> resolved = new ArrayList<>();
        for (Map.Entry<String, ParameterSpec> e : spec.parameters().entrySet()) {
            String path = e.getKey();
            ParameterSpec p = e.getValue();
            Node keyNode = keyNode(params, path);
            String at = "parameters." + path;
            RecordPath target = ScenarioParameter.resolve(base, path, source, keyNode, at,
                    "not a numeric scenario field (only numbers can be swept)");
            double baseValue = Double.isNaN(p.base()) ? target.number(base) : p.base();
            SweepParameter sp = new SweepParameter(path, p.label(), p.lo(), p.hi(), p.levels(), baseValue, target.integer(),
                    p.levels().isEmpty() ? p.resolve() : null, target);
            if (spec.design() == DesignKind.OAT && (baseValue < sp.lo() || baseValue > sp.hi())) {
                throw ConfigException.at(keyNode, at, "base value " + baseValue + " is outside [" + sp.lo() + ", " + sp.hi()
                        + "]; set 'base' or widen the range");
            }
            Node bounds = child(params, path);
            ScenarioParameter.check(base, sp.change(sp.lo()), sp.lo(), child(bounds, p.levels().isEmpty() ? "min" : "levels"), at, "value");
            ScenarioParameter.check(base, sp.change(sp.hi()), sp.hi(), child(bounds, p.levels().isEmpty() ? "max" : "levels"), at, "value");
            resolved.add(sp);
        }

        for (int i = 0; i < spec.outputs().size(); i++) {
            String problem = SweepOutputs.problem(spec.outputs().get(i), base);
            if (problem != null) throw ConfigException.at(item(child(root, "outputs"), i), "outputs[" + i + "]", problem);
        }

        double[][] filePoints = null;
        if (spec.design() == DesignKind.FILE) {
            Path csv = file.toAbsolutePath().getParent().resolve(spec.designFile()).normalize();
            if (!java.nio.file.Files.isRegularFile(csv)) {
                throw ConfigException.at(child(root, "design_file"), "design_file", "no such file: " + csv);
            }
            filePoints = DesignFile.read(csv, resolved);
        }
        long points = filePoints != null ? filePoints.length : Design.size(spec, resolved.size());
        long runs = points >= Long.MAX_VALUE / spec.replications() ? Long.MAX_VALUE : points * spec.replications();
        if (runs > maxRuns) {
            throw ConfigException.of(source, "the " + spec.design().label() + " design needs "
                    + (runs == Long.MAX_VALUE ? "too many" : Long.toString(runs)) + " runs (" + points + " points x "
                    + spec.replications() + " replications), more than --max-runs " + maxRuns
                    + "; lower samples or replications, or raise --max-runs");
        }
        Design design = filePoints != null ? Design.of(DesignKind.FILE, filePoints, resolved) : Design.build(spec, resolved);
        return new Sweep(spec, file, base, List.copyOf(resolved), design, SweepOutputs.of(spec.outputs()));
    }

    static Node child(Node node, String key) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) return t.getValueNode();
            }
        }
        return node;
    }

    private static Node keyNode(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) return s;
            }
        }
        return mapping;
    }

    private static Node item(Node node, int i) {
        if (node instanceof SequenceNode s && i < s.getValue().size()) return s.getValue().get(i);
        return node;
    }
}
