package langsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import langsim.config.ConfigException;
import langsim.config.RecordBinder;
import langsim.config.RecordWriter;
import langsim.config.TreePaths;
import langsim.config.YamlLoader;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Loads a scenario: the file's values over the defaults (scenarios/baseline.yaml, packaged in the jar),
 * then {@code --set path=value} overrides on the resolved scenario, every step validated. Any problem is
 * a {@link ConfigException} naming the file (or the --set argument), the field path and the line.
 */
public final class ScenarioLoader {
    static final String DEFAULTS_RESOURCE = "/langsim/scenario/baseline.yaml";
    private static volatile Scenario defaults;

    private ScenarioLoader() {
    }

    /** The default scenario: the baseline shipped with langsim. */
    public static Scenario defaults() {
        Scenario d = defaults;
        if (d == null) {
            try (InputStream in = ScenarioLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                d = RecordBinder.bind(YamlLoader.parse(text, "defaults (scenarios/baseline.yaml)"), Scenario.class, null);
                defaults = d;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + DEFAULTS_RESOURCE, e);
            }
        }
        return d;
    }

    public static Scenario load(Path file, List<String> overrides) {
        Node root = YamlLoader.parseFile(file);
        Scenario scenario = RecordBinder.bind(root, Scenario.class, defaults());
        checkEvents(root, scenario);
        return override(scenario, overrides);
    }

    public static Scenario parse(String yaml, String sourceName, List<String> overrides) {
        Node root = YamlLoader.parse(yaml, sourceName);
        Scenario scenario = RecordBinder.bind(root, Scenario.class, defaults());
        checkEvents(root, scenario);
        return override(scenario, overrides);
    }

    /** Applies {@code path=value} assignments to the fully resolved scenario and validates the result. */
    public static Scenario override(Scenario scenario, List<String> overrides) {
        if (overrides.isEmpty()) return scenario;
        Node tree = RecordWriter.toNode(scenario);
        for (String assignment : overrides) tree = TreePaths.applySet(tree, assignment);
        Scenario result = RecordBinder.bind(tree, Scenario.class, null);
        checkEvents(tree, result);
        return result;
    }

    /**
     * Dry-runs every event's changes so that a bad path or value is reported at load time, located at the
     * event's key in the file, not years into a run.
     */
    private static void checkEvents(Node root, Scenario scenario) {
        for (int i = 0; i < scenario.events().size(); i++) {
            Event event = scenario.events().get(i);
            try {
                Events.apply(scenario, event);
            } catch (ConfigException e) {
                String key = e.path().isEmpty() ? firstWord(e.problem()) : e.path();
                EventKey at = eventKey(root, i, key);
                String path = "events[" + i + "]" + (at == null ? "" : "." + at.part() + "." + at.key());
                throw ConfigException.at(at != null ? at.node() : root, path, e.problem(), e);
            }
        }
    }

    private static String firstWord(String problem) {
        int colon = problem.indexOf(':');
        return colon > 0 ? problem.substring(0, colon) : "";
    }

    private record EventKey(String part, String key, Node node) {
    }

    /** The set/multiply key of event i that the error's path starts with, if any. */
    private static EventKey eventKey(Node root, int index, String errorPath) {
        if (!(root instanceof MappingNode map)) return null;
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || !k.getValue().equals("events")) continue;
            if (!(t.getValueNode() instanceof SequenceNode seq) || index >= seq.getValue().size()) return null;
            if (!(seq.getValue().get(index) instanceof MappingNode event)) return null;
            for (NodeTuple part : event.getValue()) {
                if (!(part.getValueNode() instanceof MappingNode changes)) continue;
                for (NodeTuple change : changes.getValue()) {
                    if (change.getKeyNode() instanceof ScalarNode ck
                            && (errorPath.startsWith(ck.getValue()) || ck.getValue().startsWith(errorPath))) {
                        return new EventKey(((ScalarNode) part.getKeyNode()).getValue(), ck.getValue(), ck);
                    }
                }
            }
            return null;
        }
        return null;
    }
}
