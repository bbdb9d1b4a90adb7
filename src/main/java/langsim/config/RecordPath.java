package langsim.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One field of a record tree by its dotted path ({@code languages.Rust.learning_years}, map keys such as
 * {@code interop.quality.Python.Rust}, list indices such as {@code events[0].year}), resolved once against a root
 * record: the components, map keys and list indices it passes, the field's type and range. The one place where
 * {@code --set}, sweeps, calibration and events change a scenario.
 *
 * <p>{@link #apply} returns a new root that shares everything off the changed paths: only the records, maps and
 * lists along them are copied (records through their canonical constructors). On the result it runs the checks the
 * binder runs when it reads a file, restricted to what changed (the value's type and range, the annotations of the
 * components on the path, the cross-field checks of every record on it, innermost first), so the errors read as if
 * the whole tree had been written out and read back, without any YAML on the way.
 */
public final class RecordPath {
    private final String path;
    private final List<Object> segments;
    private final List<Step> steps;
    private final Type type;
    private final Range range;
    private final RecordBinder.Component component;

    private RecordPath(String path, List<Object> segments, List<Step> steps, Type type, Range range,
                       RecordBinder.Component component) {
        this.path = path;
        this.segments = List.copyOf(segments);
        this.steps = List.copyOf(steps);
        this.type = type;
        this.range = range;
        this.component = component;
    }

    /**
     * Resolves {@code dottedPath} against {@code root}. Errors are those of a path into the written-out tree: the
     * first segment that is not there, the nearest valid key, source {@code source}, no line.
     */
    public static RecordPath resolve(Record root, String dottedPath, String source) {
        String text = dottedPath == null ? "" : dottedPath.trim();
        List<Object> segs = Support.parsePath(text);
        for (Object s : segs) {
            if (s instanceof String && ((String) s).isBlank()) throw new ConfigException(source, dottedPath, 0, 0, "invalid path");
        }
        List<Step> steps = new ArrayList<>();
        Object node = root;
        Type type = root.getClass();
        Range range = null;
        RecordBinder.Component component = null;
        for (int i = 0; i < segs.size(); i++) {
            Object seg = segs.get(i);
            String parentPath = Support.pathOf(segs, i);
            String here = Support.pathOf(segs, i + 1);
            String parentName = parentPath.isEmpty() ? "the top level" : "'" + parentPath + "'";
            if (seg instanceof String key) {
                if (node instanceof Record r) {
                    RecordBinder.RecordInfo info = RecordBinder.info(r.getClass());
                    RecordBinder.Component c = info.byKey.get(key);
                    if (c == null || c.get(r) == null) { // an absent optional part is not in the written tree
                        throw new ConfigException(source, here, 0, 0, Support.unknownKeyMessage("key", key,
                                writtenKeys(info, r)) + (parentPath.isEmpty() ? "" : " (in " + parentName + ")"));
                    }
                    steps.add(new Field(info, info.components.indexOf(c)));
                    node = c.get(r);
                    type = c.type;
                    range = c.rc.getAnnotation(Range.class);
                    component = c;
                } else if (node instanceof Map<?, ?> m) {
                    if (!m.containsKey(key)) {
                        List<String> keys = new ArrayList<>();
                        for (Object k : m.keySet()) keys.add(String.valueOf(k));
                        throw new ConfigException(source, here, 0, 0, Support.unknownKeyMessage("key", key, keys)
                                + (parentPath.isEmpty() ? "" : " (in " + parentName + ")"));
                    }
                    steps.add(new Key(key));
                    node = m.get(key);
                    type = typeArg(type, 1); // the range of a map of numbers holds for its values
                    component = null;
                } else {
                    throw new ConfigException(source, here, 0, 0, "unknown key '" + key + "': " + parentName
                            + " is " + describe(node) + ", not a mapping");
                }
            } else {
                int idx = (Integer) seg;
                if (!(node instanceof List<?> list)) {
                    throw new ConfigException(source, here, 0, 0, parentName + " is " + describe(node) + ", not a list");
                }
                if (idx >= list.size()) {
                    throw new ConfigException(source, here, 0, 0, "index " + idx + " is out of range (" + parentName
                            + " has " + list.size() + " elements)");
                }
                steps.add(new Index(idx));
                node = list.get(idx);
                type = typeArg(type, 0);
                component = null;
            }
        }
        return new RecordPath(Support.pathOf(segs, segs.size()), segs, steps, type, range, component);
    }

    /** The canonical form of a dotted path ({@code a.b[2].c}), as {@link #path()} and errors write it. */
    public static String canonical(String dottedPath) {
        List<Object> segs = Support.parsePath(dottedPath == null ? "" : dottedPath.trim());
        return Support.pathOf(segs, segs.size());
    }

    /** The canonical dotted path ({@code a.b[2].c}); empty for the root itself. */
    public String path() {
        return path;
    }

    /** Whether the field is a number (int, long or double), the only kind sweeps, fits and events change. */
    public boolean numeric() {
        Class<?> raw = RecordBinder.raw(type);
        return integer() || raw == double.class || raw == Double.class;
    }

    /** Whether the field holds whole numbers (int or long). */
    public boolean integer() {
        Class<?> raw = RecordBinder.raw(type);
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
    }

    /** The field's value in {@code root} (a record with the structure this path was resolved against). */
    public Object get(Record root) {
        Object node = root;
        for (Step s : steps) node = s.get(node);
        return node;
    }

    /** The value of a {@link #numeric()} field in {@code root}. */
    public double number(Record root) {
        return ((Number) get(root)).doubleValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordPath p && p.path.equals(path) && p.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }

    // ------------------------------------------------------------------------------------------------ changes

    /** A new value for one field, and the source that errors about it name. */
    public static final class Change {
        private final RecordPath target;
        private final String pathText;
        private final double number;
        private final Node node;
        private final Supplier<String> source;

        private Change(RecordPath target, String pathText, double number, Node node, Supplier<String> source) {
            this.target = target;
            this.pathText = pathText;
            this.number = number;
            this.node = node;
            this.source = source;
        }

        /** {@code value} for a numeric field, named in errors as the {@code --set path=value} it stands for. */
        public static Change to(RecordPath target, double value) {
            return new Change(target, null, value, null,
                    () -> TreePaths.SET_SOURCE + target.path + "=" + target.numberText(value));
        }

        /** {@code value} for a numeric field, from {@code source} (e.g. an event). */
        public static Change to(RecordPath target, double value, String source) {
            return new Change(target, null, value, null, () -> source);
        }

        /**
         * A value parsed from a {@code --set} argument ({@code source}), bound to the field's type like a file's;
         * {@code path} is resolved when the change is applied, against the root as the earlier changes left it.
         */
        public static Change parsed(String path, Node value, String source) {
            return new Change(null, path, Double.NaN, value, () -> source);
        }

        /** The source errors about this change name, e.g. {@code --set languages.Rust.learning_years=0.75}. */
        public String source() {
            return source.get();
        }

        /** The canonical path of the field changed. */
        public String path() {
            return target != null ? target.path : canonical(pathText);
        }

        /** Whether this change wrote the value at {@code at} (a canonical dotted path) or a part holding it. */
        public boolean wrote(String at) {
            String p = path();
            return p.isEmpty() || at.equals(p) || at.startsWith(p + ".") || at.startsWith(p + "[");
        }
    }

    /**
     * {@code root} with the changes applied in order (a later change to a field, or to a part holding it, wins),
     * then checked as described in the class comment. A problem is a one-line ConfigException at the full path:
     * named by the change's source when it lies in a changed value, else by {@code baseSource} (the tree the
     * changes were made to, e.g. {@code <resolved config>}).
     */
    public static <T extends Record> T apply(T root, List<Change> changes, String baseSource) {
        List<Change> done = new ArrayList<>(changes.size());
        Locator where = (at, problem) -> new ConfigException(sourceAt(at, done, baseSource), at, 0, 0, problem);
        Object current = root;
        Trie changed = new Trie();
        for (Change c : changes) {
            RecordPath p = c.target != null ? c.target : resolve((Record) current, c.pathText, c.source());
            Object value = c.node != null ? p.bind(c.node) : p.convert(c.number, c);
            done.add(c);
            current = p.set(current, 0, value, where);
            Trie t = changed;
            for (Object seg : p.segments) t = t.children.computeIfAbsent(seg, k -> new Trie());
        }
        check(current, root.getClass(), "", changed, where);
        @SuppressWarnings("unchecked")
        T result = (T) current;
        return result;
    }

    /** The source of an error at {@code at}: the last change whose value holds it, else the base. */
    private static String sourceAt(String at, List<Change> changes, String baseSource) {
        for (int i = changes.size() - 1; i >= 0; i--) if (changes.get(i).wrote(at)) return changes.get(i).source();
        return baseSource;
    }

    /** A --set value bound to the field's type, as the binder binds it in a file (defaults of new parts: their own). */
    private Object bind(Node value) {
        if (component != null && component.rc.isAnnotationPresent(NameKeys.class) && value instanceof MappingNode m) {
            RecordBinder.checkNameKeys(m, path);
        }
        return RecordBinder.bindValue(value, type, range, null, path);
    }

    /**
     * A number for the field: as is for a double, as a whole number for an int or long, in the field's range. What
     * fails is handed to the binder as the text the number has on the command line, so the error is the binder's.
     */
    private Object convert(double v, Change c) {
        Class<?> raw = RecordBinder.raw(type);
        if ((raw == double.class || raw == Double.class) && Double.isFinite(v) && RecordBinder.inRange(v, range)) return v;
        boolean whole = v == Math.rint(v) && RecordBinder.inRange(v, range);
        if ((raw == int.class || raw == Integer.class) && whole && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            return (int) v;
        }
        if ((raw == long.class || raw == Long.class) && whole && v >= -0x1p63 && v < 0x1p63) return (long) v;
        if (!numeric()) throw new ConfigException(c.source(), path, 0, 0, "not a numeric field");
        return RecordBinder.bindValue(TreePaths.scalar(numberText(v), c.source()), type, range, null, path);
    }

    /** A number as written on the command line: whole numbers of an int or long field without a fraction. */
    private String numberText(double v) {
        return integer() && v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** {@code node} (the value at step {@code i}) with the field set to {@code value}; copies along the path only. */
    private Object set(Object node, int i, Object value, Locator where) {
        if (i == steps.size()) return value;
        Step s = steps.get(i);
        return s.with(node, set(s.get(node), i + 1, value, where), Support.pathOf(segments, i), where);
    }

    // ------------------------------------------------------------------------------------------------ checks

    /** The changed paths as a tree, in no particular order (the check walks the value's own order). */
    private static final class Trie {
        final Map<Object, Trie> children = new LinkedHashMap<>();
    }

    /**
     * The binder's checks on the parts of {@code value} along changed paths, in the binder's order: a record's
     * components in order (each one's annotations after its value), then the record's own cross-field check.
     */
    private static void check(Object value, Type type, String path, Trie changed, Locator where) {
        if (changed.children.isEmpty() || value == null) return; // a changed value itself was checked when bound
        if (value instanceof Record r) {
            RecordBinder.RecordInfo info = RecordBinder.info(r.getClass());
            for (RecordBinder.Component c : info.components) {
                Trie t = changed.children.get(c.key);
                if (t == null) continue;
                String cpath = Support.join(path, c.key);
                Object v = c.get(r);
                check(v, c.type, cpath, t, where);
                RecordBinder.checkAnnotations(c, v, cpath, where);
            }
            RecordBinder.validate(r, new Validation(path, where), path, where);
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Trie t = changed.children.get(String.valueOf(e.getKey()));
                if (t != null) check(e.getValue(), typeArg(type, 1), Support.join(path, String.valueOf(e.getKey())), t, where);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Trie t = changed.children.get(i);
                if (t != null) check(list.get(i), typeArg(type, 0), Support.index(path, i), t, where);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ steps

    /** One step of a path: how to read the child, and how to make a copy of the parent with another child. */
    private sealed interface Step permits Field, Key, Index {
        Object get(Object parent);

        Object with(Object parent, Object child, String parentPath, Locator where);
    }

    private record Field(RecordBinder.RecordInfo info, int index) implements Step {
        @Override
        public Object get(Object parent) {
            return info.components.get(index).get(parent);
        }

        @Override
        public Object with(Object parent, Object child, String parentPath, Locator where) {
            Object[] args = new Object[info.components.size()];
            for (int i = 0; i < args.length; i++) args[i] = i == index ? child : info.components.get(i).get(parent);
            return RecordBinder.construct(info, args, parentPath, where);
        }
    }

    private record Key(String key) implements Step {
        @Override
        public Object get(Object parent) {
            return ((Map<?, ?>) parent).get(key);
        }

        @Override
        public Object with(Object parent, Object child, String parentPath, Locator where) {
            Map<Object, Object> copy = new LinkedHashMap<>((Map<?, ?>) parent);
            copy.put(key, child);
            return Collections.unmodifiableMap(copy);
        }
    }

    private record Index(int index) implements Step {
        @Override
        public Object get(Object parent) {
            return ((List<?>) parent).get(index);
        }

        @Override
        public Object with(Object parent, Object child, String parentPath, Locator where) {
            List<Object> copy = new ArrayList<>((List<?>) parent);
            copy.set(index, child);
            return Collections.unmodifiableList(copy);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The keys a record has in its written tree: the components that are not null, in order. */
    private static List<String> writtenKeys(RecordBinder.RecordInfo info, Record r) {
        List<String> keys = new ArrayList<>();
        for (RecordBinder.Component c : info.components) if (c.get(r) != null) keys.add(c.key);
        return keys;
    }

    /** What a value is, in the words the binder uses for a YAML node ("'0.5'", "a list", "a mapping"). */
    private static String describe(Object v) {
        if (v == null) return "null";
        if (v instanceof Map || v instanceof Record) return "a mapping";
        if (v instanceof List) return "a list";
        String text;
        if (v instanceof Double d) {
            text = d.isNaN() ? ".nan" : d == Double.POSITIVE_INFINITY ? ".inf" : d == Double.NEGATIVE_INFINITY ? "-.inf" : d.toString();
        } else if (v instanceof Enum<?> e) {
            text = RecordWriter.enumText(e);
        } else {
            text = v.toString();
        }
        return "'" + Support.abbreviate(text) + "'";
    }

    private static Type typeArg(Type type, int i) {
        return ((ParameterizedType) type).getActualTypeArguments()[i];
    }
}
