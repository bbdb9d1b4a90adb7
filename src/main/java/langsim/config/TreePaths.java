package langsim.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The text of a {@code --set path=value} argument: how its value is parsed, and how errors name it. The path is
 * resolved and the value applied by {@link RecordPath}.
 */
public final class TreePaths {
    /** Start of the source name of nodes and errors that come from a {@code --set path=value} argument. */
    public static final String SET_SOURCE = "--set ";

    private TreePaths() {}

    /**
     * Parses a command-line value ({@code 0.5}, {@code true}, {@code Rust}, {@code [a, b]}, {@code {x: 1}}) with the
     * same safety rules as {@link YamlLoader}; the resulting nodes carry {@code sourceName} without line/column, so
     * later bind errors name the argument as the source.
     */
    public static Node scalar(String yamlValueText, String sourceName) {
        Node parsed;
        try {
            parsed = YamlLoader.parseAny(yamlValueText == null ? "" : yamlValueText, sourceName);
        } catch (ConfigException e) {
            throw new ConfigException(sourceName, "", 0, 0, e.problem(), e);
        }
        return relabel(parsed, RecordWriter.mark(sourceName));
    }

    private static Node relabel(Node n, Optional<Mark> m) {
        if (n instanceof ScalarNode) {
            ScalarNode s = (ScalarNode) n;
            return new ScalarNode(s.getTag(), true, s.getValue(), s.getScalarStyle(), m, m);
        }
        if (n instanceof SequenceNode) {
            SequenceNode s = (SequenceNode) n;
            List<Node> items = new ArrayList<>();
            for (Node c : s.getValue()) items.add(relabel(c, m));
            return new SequenceNode(s.getTag(), true, items, s.getFlowStyle(), m, m);
        }
        MappingNode mn = (MappingNode) n;
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple t : mn.getValue()) tuples.add(new NodeTuple(relabel(t.getKeyNode(), m), relabel(t.getValueNode(), m)));
        return new MappingNode(mn.getTag(), true, tuples, mn.getFlowStyle(), m, m);
    }
}
