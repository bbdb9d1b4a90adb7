package langsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import langsim.config.ConfigException;
import langsim.config.FileKind;
import langsim.config.RecordBinder;
import langsim.config.RecordPath;
import langsim.config.RecordWriter;
import langsim.config.TreePaths;
import langsim.config.YamlLoader;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

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
        checkEvents(scenario, root, List.of());
        return override(scenario, overrides, root);
    }

    /** {@code fileRoot}, when known, locates errors of events that the overrides left as the file wrote them. */
    private static Scenario override(Scenario scenario, List<String> overrides, Node fileRoot) {
        if (overrides.isEmpty()) return scenario;
        return with(scenario, overrides.stream().map(ScenarioLoader::parseSet).toList(), fileRoot);
    }

    /**
     * The scenario with typed changes (a sweep's point, a fit's parameter values) applied and checked as the same
     * {@code --set} arguments would be, the events included, without any YAML.
     */
    public static Scenario with(Scenario scenario, List<RecordPath.Change> changes) {
        return with(scenario, changes, null);
    }

    private static Scenario with(Scenario scenario, List<RecordPath.Change> changes, Node fileRoot) {
        Scenario result = RecordPath.apply(scenario, changes, RecordWriter.DEFAULT_NODE_SOURCE);
        checkEvents(result, fileRoot, changes);
        return result;
    }

    /** A {@code --set path=value} argument as a change: the value parsed as YAML, errors named by the argument. */
    private static RecordPath.Change parseSet(String assignment) {
        String source = TreePaths.SET_SOURCE + assignment;
        int eq = assignment.indexOf('=');
        if (eq <= 0) throw ConfigException.of(source, "expected path=value");
        String path = assignment.substring(0, eq).trim();
        if (path.isEmpty()) throw new ConfigException(source, "", 0, 0, "empty path");
        return RecordPath.Change.parsed(path, TreePaths.scalar(assignment.substring(eq + 1), source), source);
    }

    /**
     * Puts the events in force as the model does, in every year in which that changes anything ({@link
     * Events#inForce}), so that every value the run will use is checked at load time: a value the events push out of
     * range together, or a ramp midway, is reported at the change that does it, in the file or in the --set argument
     * that wrote it. {@code sets} were applied before the events.
     */
    private static void checkEvents(Scenario scenario, Node fileRoot, List<RecordPath.Change> sets) {
        if (scenario.events().isEmpty()) return;
        Events.Schedule schedule = Events.schedule(scenario);
        for (int year : Events.changeYears(scenario.events())) {
            try {
                schedule.inForce(year);
            } catch (Events.Refused r) {
                ConfigException e = r.problem();
                Node at = locate(fileRoot, sets, r.index, e.path());
                // what the event was applied after, unless the error is placed in the --set that made it
                List<String> after = new ArrayList<>(r.after.stream().map(i -> "events[" + i + "]").toList());
                if (!isSetArgument(at)) sets.forEach(o -> after.add(o.source()));
                String path = "events[" + r.index + "]" + (e.path().isEmpty() ? "" : "." + e.path());
                String when = r.weight < 1 ? " (in " + r.year + ", " + Math.round(100 * r.weight) + " % through its ramp)" : "";
                throw ConfigException.at(at, path, e.problem() + when
                        + (after.isEmpty() ? "" : " (applied after " + String.join(", ", after) + ")"), e);
            }
        }
    }

    /**
     * Where event {@code index}'s change at {@code change} ({@code part.path}, or "" for the event itself) was
     * written: in the last --set argument that wrote it, else in the file (the change's key, else the event), else
     * the event as resolved (named by the --set that wrote it, if one did).
     */
    private static Node locate(Node fileRoot, List<RecordPath.Change> sets, int index, String change) {
        String event = "events[" + index + "]";
        String written = change.isEmpty() ? event : event + "." + change.substring(0, change.indexOf('.'));
        RecordPath.Change set = lastWriter(sets, written);
        if (set != null) return unplaced(set.source());
        Node fileEvent = fileRoot == null ? null : child(child(fileRoot, "events"), index);
        Node node = change.isEmpty() ? fileEvent : changeKey(fileEvent, change);
        if (node != null && placed(node)) return node;
        if (fileEvent != null) return fileEvent;
        if (sets.isEmpty() && fileRoot != null) return fileRoot;
        RecordPath.Change eventSet = lastWriter(sets, event);
        return unplaced(eventSet != null ? eventSet.source() : RecordWriter.DEFAULT_NODE_SOURCE);
    }

    /** The last change that wrote the value at {@code at} (a dotted path) or a part holding it; null if none did. */
    private static RecordPath.Change lastWriter(List<RecordPath.Change> sets, String at) {
        for (int i = sets.size() - 1; i >= 0; i--) if (sets.get(i).wrote(at)) return sets.get(i);
        return null;
    }

    /** A stand-in node that names {@code source} without a line (a --set argument, or the resolved scenario). */
    private static Node unplaced(String source) {
        Optional<Mark> m = Optional.of(new Mark(source, 0, -1, -1, new int[0], 0));
        return new ScalarNode(Tag.STR, true, "", ScalarStyle.PLAIN, m, m);
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
