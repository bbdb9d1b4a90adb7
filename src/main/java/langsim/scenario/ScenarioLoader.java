package langsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import langsim.config.ConfigException;
import langsim.config.FileKind;
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
        return resolve(FileKind.SCENARIO.parseFile(file), overrides);
    }

    public static Scenario parse(String yaml, String sourceName, List<String> overrides) {
        return resolve(FileKind.SCENARIO.parse(yaml, sourceName), overrides);
    }

    /**
     * The scenario that a sweep or calibration {@code file} (parsed as {@code root}) names in its base_scenario field,
     * relative to that file's folder. Any problem with it is located at that field, so the message names both files.
     */
    public static Scenario loadBase(Path file, Node root, String baseScenario) {
        Node at = child(root, "base_scenario");
        Path path = file.toAbsolutePath().getParent().resolve(baseScenario).normalize();
        if (!Files.isRegularFile(path)) throw ConfigException.at(at, "base_scenario", "base scenario file not found: " + path);
        try {
            return load(path, List.of());
        } catch (ConfigException e) {
            throw ConfigException.at(at, "base_scenario", e.getMessage(), e);
        }
    }

    /** Applies {@code path=value} assignments to the fully resolved scenario and validates the result. */
    public static Scenario override(Scenario scenario, List<String> overrides) {
        return override(scenario, overrides, null);
    }

    private static Scenario resolve(Node root, List<String> overrides) {
        Scenario scenario = RecordBinder.bind(root, Scenario.class, defaults());
        checkEvents(scenario, List.of(root), List.of());
        return override(scenario, overrides, root);
    }

    /** {@code fileRoot}, when known, locates errors of events that the overrides left as the file wrote them. */
    private static Scenario override(Scenario scenario, List<String> overrides, Node fileRoot) {
        if (overrides.isEmpty()) return scenario;
        Node tree = RecordWriter.toNode(scenario);
        for (String assignment : overrides) tree = TreePaths.applySet(tree, assignment);
        Scenario result = RecordBinder.bind(tree, Scenario.class, null);
        List<Node> roots = fileRoot == null ? List.of(tree) : List.of(tree, fileRoot);
        checkEvents(result, roots, overrides);
        return result;
    }

    /**
     * Puts the events in force as the model does, in every year in which that changes anything ({@link
     * Events#inForce}), so that every value the run will use is checked at load time: a value the events push out of
     * range together, or a ramp midway, is reported at the change that does it. {@code roots} are searched in turn
     * for the event's position; {@code overrides} were applied before the events.
     */
    private static void checkEvents(Scenario scenario, List<Node> roots, List<String> overrides) {
        for (int year : Events.changeYears(scenario.events())) {
            try {
                Events.inForce(scenario, year);
            } catch (Events.Refused r) {
                ConfigException e = r.problem();
                Node at = locate(roots, r.index, e.path());
                // what the event was applied after, unless the error is placed in the --set that made it
                List<String> after = new ArrayList<>(r.after.stream().map(i -> "events[" + i + "]").toList());
                if (!isSetArgument(at)) overrides.forEach(o -> after.add(TreePaths.SET_SOURCE + o));
                String path = "events[" + r.index + "]" + (e.path().isEmpty() ? "" : "." + e.path());
                String when = r.weight < 1 ? " (in " + r.year + ", " + Math.round(100 * r.weight) + " % through its ramp)" : "";
                throw ConfigException.at(at, path, e.problem() + when
                        + (after.isEmpty() ? "" : " (applied after " + String.join(", ", after) + ")"), e);
            }
        }
    }

    /**
     * The node of event {@code index}'s change at {@code change} ({@code part.path}, or "" for the event itself) in
     * the first root that places it: in a file, or in a --set argument; else the event in the last root.
     */
    private static Node locate(List<Node> roots, int index, String change) {
        Node fallback = roots.get(roots.size() - 1);
        for (Node root : roots) {
            Node event = child(child(root, "events"), index);
            Node node = change.isEmpty() ? event : changeKey(event, change);
            if (node != null && placed(node)) return node;
            if (event != null) fallback = event;
        }
        return fallback;
    }

    /** The key node of {@code part.path} in an event mapping: the path itself has dots, so it is one key. */
    private static Node changeKey(Node event, String change) {
        int dot = change.indexOf('.');
        if (!(child(event, change.substring(0, dot)) instanceof MappingNode changes)) return null;
        for (NodeTuple t : changes.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(change.substring(dot + 1))) return k;
        }
        return null;
    }

    /** Whether a node has a position a user can find: a line in a file, or a --set argument. */
    private static boolean placed(Node node) {
        return node.getStartMark().map(m -> m.getLine() >= 0).orElse(false) || isSetArgument(node);
    }

    private static boolean isSetArgument(Node node) {
        return node.getStartMark().map(m -> m.getName().startsWith(TreePaths.SET_SOURCE)).orElse(false);
    }

    private static Node child(Node node, Object key) {
        if (node instanceof SequenceNode seq && key instanceof Integer i) {
            return i < seq.getValue().size() ? seq.getValue().get(i) : null;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
            }
        }
        return null;
    }
}
