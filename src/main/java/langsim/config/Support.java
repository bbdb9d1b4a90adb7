package langsim.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Package-private helpers shared by the config classes. */
final class Support {
    private Support() {}

    /** {@code learningYears -> learning_years}, {@code cpuURL -> cpu_url}, {@code URLPath -> url_path}. */
    static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLowerOrDigit = i > 0 && (Character.isLowerCase(camel.charAt(i - 1))
                        || Character.isDigit(camel.charAt(i - 1)));
                boolean acronymEnd = i > 0 && Character.isUpperCase(camel.charAt(i - 1))
                        && i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
                if (prevLowerOrDigit || acronymEnd) sb.append('_');
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String join(String parent, String key) {
        return parent == null || parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int i) {
        return (parent == null ? "" : parent) + "[" + i + "]";
    }

    /** Parses {@code a.b[2].c} into segments: String keys and Integer indices. */
    static List<Object> parsePath(String path) {
        List<Object> out = new ArrayList<>();
        if (path == null || path.isEmpty()) return out;
        StringBuilder key = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                if (key.length() > 0) out.add(key.toString());
                key.setLength(0);
                i++;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                String num = close < 0 ? "" : path.substring(i + 1, close).trim();
                if (close < 0 || !num.matches("[0-9]{1,9}")) {
                    // not an index: treat literally as part of the key
                    key.append(c);
                    i++;
                    continue;
                }
                if (key.length() > 0) out.add(key.toString());
                key.setLength(0);
                out.add(Integer.parseInt(num));
                i = close + 1;
            } else {
                key.append(c);
                i++;
            }
        }
        if (key.length() > 0) out.add(key.toString());
        return out;
    }

    static String pathOf(List<Object> segments, int count) {
        String p = "";
        for (int i = 0; i < count; i++) {
            Object s = segments.get(i);
            p = s instanceof Integer ? index(p, (Integer) s) : join(p, (String) s);
        }
        return p;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The nearest candidate by edit distance (case-insensitive, camelCase tolerated), or null if none is close. */
    static String nearest(String key, Collection<String> candidates) {
        String k = snake(key).toLowerCase().replace('-', '_');
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = levenshtein(k, c.toLowerCase());
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        if (best == null) return null;
        int limit = Math.max(2, Math.min(k.length(), best.length()) / 3);
        return bestD <= limit ? best : null;
    }

    /** "unknown key 'x'; did you mean 'y'?" or "unknown key 'x'; valid keys: a, b". */
    static String unknownKeyMessage(String what, String key, Collection<String> candidates) {
        String near = nearest(key, candidates);
        String base = "unknown " + what + " '" + abbreviate(key) + "'";
        if (near != null) return base + "; did you mean '" + near + "'?";
        if (candidates.isEmpty()) return base + " (no keys are allowed here)";
        return base + "; valid keys: " + String.join(", ", candidates);
    }

    static String abbreviate(String s) {
        String t = ConfigException.oneLine(s);
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode && Tag.NULL.equals(n.getTag());
    }

    /** Short description of what a node is, for "expected X, got Y" messages. */
    static String describe(Node n) {
        if (n == null || isNull(n)) return "null";
        if (n instanceof ScalarNode) return "'" + abbreviate(((ScalarNode) n).getValue()) + "'";
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof MappingNode) return "a mapping";
        return "an unsupported node";
    }

    /** Text of a scalar key node, or null if the key is not a scalar. */
    static String keyText(Node keyNode) {
        return keyNode instanceof ScalarNode ? ((ScalarNode) keyNode).getValue() : null;
    }

    static NodeTuple findTuple(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (key.equals(keyText(t.getKeyNode()))) return t;
        }
        return null;
    }

    static List<String> keys(MappingNode m) {
        List<String> ks = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            String k = keyText(t.getKeyNode());
            if (k != null) ks.add(k);
        }
        return ks;
    }

    /** Formats a double compactly: integral values without ".0", infinities as +inf/-inf. */
    static String num(double d) {
        if (d == Double.POSITIVE_INFINITY) return "+inf";
        if (d == Double.NEGATIVE_INFINITY) return "-inf";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Double.toString(d);
    }
}
