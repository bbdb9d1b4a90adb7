package langsim.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes records back as ordered trees, YAML text or snakeyaml nodes (the inverse of {@link RecordBinder}):
 * keys snake_case in component order, enums lowercase, maps and lists in their iteration order.
 */
public final class RecordWriter {
    /** Source name used by {@link #toNode(Record)} for errors located in the written tree. */
    public static final String DEFAULT_NODE_SOURCE = "<resolved config>";

    private RecordWriter() {}

    /**
     * Ordered tree: LinkedHashMap (snake_case keys), List, Double/Integer/Long/Boolean/String, enums as lowercase.
     * A null component is an optional part left out (e.g. an event's ramp): it is omitted, so reading the tree back
     * takes the default, null, again.
     */
    public static Map<String, Object> toTree(Record r) {
        RecordBinder.RecordInfo info = RecordBinder.info(r.getClass());
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordBinder.Component c : info.components) {
            Object value = c.get(r);
            if (value != null) out.put(c.key, plain(value));
        }
        return out;
    }

    private static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return v;
        }
        if (v instanceof Double || v instanceof Float) return ((Number) v).doubleValue();
        if (v instanceof Number) return ((Number) v).doubleValue();
        if (v instanceof Enum) return enumText((Enum<?>) v);
        if (v instanceof Record) return toTree((Record) v);
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) v) out.add(plain(o));
            return out;
        }
        if (v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) out.put(String.valueOf(e.getKey()), plain(e.getValue()));
            return out;
        }
        throw new IllegalArgumentException("cannot write value of type " + v.getClass().getName());
    }

    static String enumText(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** Block-style YAML; {@code headerComment} (may be null or multi-line) is written as leading '# ' lines. */
    public static String toYaml(Record r, String headerComment) {
        return toYaml(toTree(r), headerComment);
    }

    /** As {@link #toYaml(Record, String)}, for a tree from {@link #toTree(Record)} (possibly edited). */
    public static String toYaml(Map<String, Object> tree, String headerComment) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setSchema(new CoreSchema())
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setSplitLines(false)
                .setWidth(Integer.MAX_VALUE / 2)
                .build();
        String body = new Dump(settings).dumpToString(tree);
        StringBuilder sb = new StringBuilder();
        if (headerComment != null && !headerComment.isEmpty()) {
            for (String line : headerComment.split("\\R", -1)) {
                sb.append(line.isEmpty() ? "#" : "# " + line).append('\n');
            }
        }
        return sb.append(body).toString();
    }

    /** The tree as snakeyaml nodes named {@link #DEFAULT_NODE_SOURCE} (no line/column information). */
    public static Node toNode(Record r) {
        return toNode(r, DEFAULT_NODE_SOURCE);
    }

    /** The tree as snakeyaml nodes whose marks carry {@code sourceName} but no line/column. */
    public static Node toNode(Record r, String sourceName) {
        return node(toTree(r), mark(sourceName));
    }

    /** A mark naming a source without a known position (line/column -1 → reported as unknown). */
    static Optional<Mark> mark(String sourceName) {
        return Optional.of(new Mark(sourceName == null ? "" : sourceName, 0, -1, -1, new int[0], 0));
    }

    private static Node node(Object v, Optional<Mark> m) {
        if (v == null) return new ScalarNode(Tag.NULL, true, "null", ScalarStyle.PLAIN, m, m);
        if (v instanceof Map) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                Node k = new ScalarNode(Tag.STR, true, String.valueOf(e.getKey()), ScalarStyle.PLAIN, m, m);
                tuples.add(new NodeTuple(k, node(e.getValue(), m)));
            }
            return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, m, m);
        }
        if (v instanceof List) {
            List<Node> items = new ArrayList<>();
            for (Object o : (List<?>) v) items.add(node(o, m));
            return new SequenceNode(Tag.SEQ, true, items, FlowStyle.BLOCK, m, m);
        }
        if (v instanceof Double) {
            double d = (Double) v;
            String text = Double.isNaN(d) ? ".nan" : d == Double.POSITIVE_INFINITY ? ".inf"
                    : d == Double.NEGATIVE_INFINITY ? "-.inf" : Double.toString(d);
            return new ScalarNode(Tag.FLOAT, true, text, ScalarStyle.PLAIN, m, m);
        }
        if (v instanceof Integer || v instanceof Long) {
            return new ScalarNode(Tag.INT, true, v.toString(), ScalarStyle.PLAIN, m, m);
        }
        if (v instanceof Boolean) return new ScalarNode(Tag.BOOL, true, v.toString(), ScalarStyle.PLAIN, m, m);
        return new ScalarNode(Tag.STR, true, v.toString(), ScalarStyle.DOUBLE_QUOTED, m, m);
    }
}
