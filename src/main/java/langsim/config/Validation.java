package langsim.config;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Handed to {@link Validated#validate(Validation)}: reports cross-field errors located at the YAML node of a field
 * relative to the record being validated.
 */
public final class Validation {
    private final Node recordNode;
    private final Locator where;
    private final String path;

    Validation(Node recordNode, String path) {
        this.recordNode = recordNode;
        this.where = null;
        this.path = path == null ? "" : path;
    }

    /** For a record changed in place (no YAML nodes): errors are placed by {@code where}. */
    Validation(String path, Locator where) {
        this.recordNode = null;
        this.where = where;
        this.path = path == null ? "" : path;
    }

    /** The dotted path of the record being validated ("" for the root record). */
    public String path() {
        return path;
    }

    /**
     * Throws a {@link ConfigException} for the field at {@code relativePath} (dotted snake_case keys, list indices as
     * {@code events[2]}, may be empty for the record itself), positioned at that field's node, or at the nearest
     * existing ancestor node when the field was not written in the YAML (e.g. it came from defaults).
     * Declared to return the exception so callers can write {@code throw v.error(...)}; it never returns normally.
     */
    public ConfigException error(String relativePath, String message) {
        List<Object> segs = Support.parsePath(relativePath);
        if (where != null) throw where.at(fullPath(segs), message);
        Node node = recordNode;
        for (Object seg : segs) {
            Node next = null;
            if (node instanceof MappingNode && seg instanceof String) {
                NodeTuple t = Support.findTuple((MappingNode) node, (String) seg);
                if (t != null) next = t.getValueNode();
            } else if (node instanceof SequenceNode && seg instanceof Integer) {
                List<Node> items = ((SequenceNode) node).getValue();
                int i = (Integer) seg;
                if (i >= 0 && i < items.size()) next = items.get(i);
            }
            if (next == null) break;
            node = next;
        }
        throw ConfigException.at(node, fullPath(segs), message);
    }

    private String fullPath(List<Object> segs) {
        String full = path;
        for (Object seg : segs) {
            full = seg instanceof Integer ? Support.index(full, (Integer) seg) : Support.join(full, (String) seg);
        }
        return full;
    }

    /** Throws an error located at the record itself. */
    public ConfigException error(String message) {
        return error("", message);
    }

    /** Convenience: {@code if (!condition) error(relativePath, message)}. */
    public void check(boolean condition, String relativePath, String message) {
        if (!condition) error(relativePath, message);
    }
}
