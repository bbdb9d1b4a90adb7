package langsim.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The kinds of langsim YAML file, recognised by their top-level keys: a file given where another kind is expected,
 * or one that is no langsim file at all, is refused in one line that says so, without echoing any of its content.
 */
public enum FileKind {
    SCENARIO("scenario", "langsim.scenario.Scenario"),
    SWEEP("sweep", "langsim.sweep.SweepSpec"),
    CALIBRATION("calibration", "langsim.calibrate.CalibrationSpec");

    private final String label;
    // by name: config is the layer below the packages of the files it recognises
    private final String recordClass;

    FileKind(String label, String recordClass) {
        this.label = label;
        this.recordClass = recordClass;
    }

    /** Reads and parses a file that must be of this kind (its top level a mapping of this kind's fields). */
    public Node parseFile(Path file) {
        return parse(YamlLoader.readText(file), file.toString());
    }

    /** Parses YAML text that must be of this kind; {@code sourceName} names it in errors and node marks. */
    public Node parse(String text, String sourceName) {
        Node root = YamlLoader.parseAny(text, sourceName);
        require(root, sourceName);
        return root;
    }

    private void require(Node root, String source) {
        if (!(root instanceof MappingNode map)) {
            throw ConfigException.of(source, "not a langsim " + label + " file (" + shape(root) + ")");
        }
        List<String> keys = Support.keys(map);
        Set<String> fields = fields();
        if (fields.containsAll(keys)) return;
        List<FileKind> others = Arrays.stream(values()).filter(k -> k != this && k.fields().containsAll(keys)).toList();
        if (!others.isEmpty()) {
            throw ConfigException.of(source, "this is a " + String.join(" or ", others.stream().map(k -> k.label).toList())
                    + " file, not a " + label + " file");
        }
        if (keys.stream().noneMatch(fields::contains)) {
            throw ConfigException.of(source, "not a langsim " + label + " file (none of its " + keys.size()
                    + " top-level keys is a " + label + " field)");
        }
        // a genuine file of this kind with a misspelt key: the binder names that key
    }

    private static String shape(Node root) {
        if (Support.isNull(root)) return "it is empty";
        return "its top level is " + (root instanceof SequenceNode ? "a list" : "a single value") + ", not a mapping of fields";
    }

    private Set<String> fields() {
        try {
            return RecordBinder.info(Class.forName(recordClass)).byKey.keySet();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("langsim file kind " + label + " names a missing record " + recordClass, e);
        }
    }
}
