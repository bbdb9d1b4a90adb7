package langsim.config;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The route langsim took before {@link RecordPath}, kept for tests to compare against: write the whole record out
 * as YAML nodes, replace the node at a dotted path ({@code --set path=value} text), and bind everything again.
 */
public final class OldRoute {
    private OldRoute() {}

    /** {@code root} with {@code path=value} assignments applied through the written-out tree, bound again. */
    public static <T extends Record> T override(T root, List<String> assignments) {
        Node tree = RecordWriter.toNode(root);
        for (String a : assignments) tree = applySet(tree, a);
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) root.getClass();
        return RecordBinder.bind(tree, type, null);
    }

    /** The node at {@code dottedPath}; errors name the root's source. */
    public static Node get(Node root, String dottedPath) {
        return get(root, dottedPath, sourceOf(root));
    }

    /** The node at {@code dottedPath}; unknown segments raise a ConfigException with source {@code sourceName}. */
    public static Node get(Node root, String dottedPath, String sourceName) {
        List<Object> segs = segments(dottedPath, sourceName);
        Node node = root;
        for (int i = 0; i < segs.size(); i++) node = child(node, segs, i, sourceName);
        return node;
    }

    /** A new tree with the node at {@code dottedPath} replaced by {@code value}; errors name the value's source. */
    public static Node with(Node root, String dottedPath, Node value) {
        return with(root, dottedPath, value, sourceOf(value));
    }

    /**
     * A new tree (the input is not modified; untouched subtrees are shared) with the node at {@code dottedPath}
     * replaced by {@code value}. The path must already exist; errors raise a ConfigException naming
     * {@code sourceName}, the offending segment and the nearest valid key.
     */
    public static Node with(Node root, String dottedPath, Node value, String sourceName) {
        List<Object> segs = segments(dottedPath, sourceName);
        if (segs.isEmpty()) throw new ConfigException(sourceName, "", 0, 0, "empty path");
        return replace(root, segs, 0, value, sourceName);
    }

    /**
     * Applies one {@code path=value} assignment (as given to {@code --set}); the source of any error, including
     * later bind errors inside the value, is {@code --set path=value}.
     */
    public static Node applySet(Node root, String assignment) {
        String source = TreePaths.SET_SOURCE + assignment;
        int eq = assignment.indexOf('=');
        if (eq <= 0) throw ConfigException.of(source, "expected path=value");
        String path = assignment.substring(0, eq).trim();
        Node value = TreePaths.scalar(assignment.substring(eq + 1), source);
        return with(root, path, value, source);
    }

    /** Whether {@code node} is a number (an int or float scalar). */
    public static boolean isNumber(Node node) {
        return node instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()));
    }

    static String sourceOf(Node n) {
        return n == null ? "" : n.getStartMark().map(Mark::getName).orElse("");
    }

    private static List<Object> segments(String dottedPath, String source) {
        List<Object> segs = Support.parsePath(dottedPath == null ? "" : dottedPath.trim());
        for (Object s : segs) {
            if (s instanceof String && ((String) s).isBlank()) {
                throw new ConfigException(source, dottedPath, 0, 0, "invalid path");
            }
        }
        return segs;
    }

    private static Node child(Node node, List<Object> segs, int i, String source) {
        Object seg = segs.get(i);
        String parentPath = Support.pathOf(segs, i);
        String here = Support.pathOf(segs, i + 1);
        String parentName = parentPath.isEmpty() ? "the top level" : "'" + parentPath + "'";
        if (seg instanceof String) {
            String key = (String) seg;
            if (!(node instanceof MappingNode)) {
                throw new ConfigException(source, here, 0, 0, "unknown key '" + key + "': " + parentName
                        + " is " + Support.describe(node) + ", not a mapping");
            }
            NodeTuple t = Support.findTuple((MappingNode) node, key);
            if (t == null) {
                throw new ConfigException(source, here, 0, 0, Support.unknownKeyMessage("key", key,
                        Support.keys((MappingNode) node)) + (parentPath.isEmpty() ? "" : " (in " + parentName + ")"));
            }
            return t.getValueNode();
        }
        int idx = (Integer) seg;
        if (!(node instanceof SequenceNode)) {
            throw new ConfigException(source, here, 0, 0, parentName + " is " + Support.describe(node)
                    + ", not a list");
        }
        List<Node> items = ((SequenceNode) node).getValue();
        if (idx >= items.size()) {
            throw new ConfigException(source, here, 0, 0, "index " + idx + " is out of range (" + parentName
                    + " has " + items.size() + " elements)");
        }
        return items.get(idx);
    }

    private static Node replace(Node node, List<Object> segs, int i, Node value, String source) {
        Node old = child(node, segs, i, source); // validates the segment
        Node replacement = i == segs.size() - 1 ? value : replace(old, segs, i + 1, value, source);
        if (node instanceof MappingNode) {
            MappingNode m = (MappingNode) node;
            List<NodeTuple> tuples = new ArrayList<>(m.getValue().size());
            for (NodeTuple t : m.getValue()) {
                tuples.add(t.getValueNode() == old && segs.get(i).equals(Support.keyText(t.getKeyNode()))
                        ? new NodeTuple(t.getKeyNode(), replacement) : t);
            }
            return new MappingNode(m.getTag(), true, tuples, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
        }
        SequenceNode s = (SequenceNode) node;
        List<Node> items = new ArrayList<>(s.getValue());
        items.set((Integer) segs.get(i), replacement);
        return new SequenceNode(s.getTag(), true, items, s.getFlowStyle(), s.getStartMark(), s.getEndMark());
    }
}
