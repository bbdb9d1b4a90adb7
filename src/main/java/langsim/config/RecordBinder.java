package langsim.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Binds YAML node trees to immutable Java records. YAML keys are snake_case, record components camelCase.
 * Every error is a one-line {@link ConfigException} located at the offending node with the full dotted path.
 *
 * <p>Supported component types: {@code double, int, long, boolean} (and boxes), {@code String}, enums, nested records,
 * {@code List<E>} and {@code Map<String, V>} of any supported element type (including records and nested lists).
 * Lists and maps are returned as unmodifiable, YAML-ordered copies.
 */
public final class RecordBinder {
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Map<Class<?>, RecordInfo> INFO = new ConcurrentHashMap<>();

    private RecordBinder() {}

    /**
     * Binds a mapping node to a record of type {@code type}. Keys missing from the node are taken from the
     * corresponding component of {@code defaults}. If {@code defaults} is null, the record's own
     * {@code public static T defaults()} supplies them when it has one (this also applies to list elements and
     * new map entries); otherwise every key is required.
     */
    public static <T extends Record> T bind(Node node, Class<T> type, T defaults) {
        return type.cast(bindRecord(node, type, defaults, ""));
    }

    /** Convenience: {@link YamlLoader#parseFile(Path)} followed by {@link #bind}. */
    public static <T extends Record> T load(Path file, Class<T> type, T defaults) {
        return bind(YamlLoader.parseFile(file), type, defaults);
    }

    // ------------------------------------------------------------------------------------------------ records

    static final class Component {
        final String name;        // camelCase component name
        final String key;         // snake_case YAML key
        final Type type;
        final Method accessor;
        final RecordComponent rc;

        Component(RecordComponent rc) {
            this.rc = rc;
            this.name = rc.getName();
            this.key = Support.snake(name);
            this.type = rc.getGenericType();
            this.accessor = rc.getAccessor();
            this.accessor.setAccessible(true);
        }

        Object get(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read component " + name + " of " + record.getClass(), e);
            }
        }
    }

    static final class RecordInfo {
        final Class<?> type;
        final List<Component> components;
        final Map<String, Component> byKey = new LinkedHashMap<>();
        final Constructor<?> ctor;
        /** From a {@code public static T defaults()} on the record, used when no defaults are given. */
        final Object ownDefaults;

        RecordInfo(Class<?> type) {
            this.type = type;
            RecordComponent[] rcs = type.getRecordComponents();
            List<Component> cs = new ArrayList<>();
            Class<?>[] params = new Class<?>[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                Component c = new Component(rcs[i]);
                cs.add(c);
                byKey.put(c.key, c);
                params[i] = rcs[i].getType();
            }
            this.components = List.copyOf(cs);
            try {
                this.ctor = type.getDeclaredConstructor(params);
                this.ctor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor for " + type, e);
            }
            this.ownDefaults = declaredDefaults(type);
        }

        private static Object declaredDefaults(Class<?> type) {
            try {
                java.lang.reflect.Method m = type.getMethod("defaults");
                if (java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
                    return m.invoke(null);
                }
            } catch (NoSuchMethodException e) {
                return null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("defaults() of " + type + " failed", e);
            }
            return null;
        }
    }

    static RecordInfo info(Class<?> type) {
        if (!type.isRecord()) throw new IllegalArgumentException(type + " is not a record");
        return INFO.computeIfAbsent(type, RecordInfo::new);
    }

    private static Object bindRecord(Node node, Class<?> type, Object defaults, String path) {
        if (!(node instanceof MappingNode)) {
            throw ConfigException.at(node, path, "expected a mapping, got " + Support.describe(node));
        }
        MappingNode map = (MappingNode) node;
        RecordInfo info = info(type);
        if (defaults == null) defaults = info.ownDefaults; // e.g. list elements, new map entries
        Map<String, NodeTuple> present = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            String key = Support.keyText(k);
            if (key == null || Support.isNull(k)) {
                throw ConfigException.at(k, path, "mapping keys must be non-null scalars, got " + Support.describe(k));
            }
            if (!info.byKey.containsKey(key)) {
                throw ConfigException.at(k, Support.join(path, key),
                        Support.unknownKeyMessage("key", key, info.byKey.keySet()));
            }
            if (present.put(key, t) != null) {
                throw ConfigException.at(k, Support.join(path, key), "duplicate key '" + key + "'");
            }
        }
        Object[] args = new Object[info.components.size()];
        for (int i = 0; i < args.length; i++) {
            Component c = info.components.get(i);
            String cpath = Support.join(path, c.key);
            NodeTuple t = present.get(c.key);
            if (t == null) {
                if (defaults == null) {
                    throw ConfigException.at(node, cpath, "missing required field '" + c.key + "'");
                }
                args[i] = c.get(defaults);
                continue;
            }
            Object dflt = defaults == null ? null : c.get(defaults);
            Node vn = t.getValueNode();
            // names before the entries under them: a bad name is the error to report first
            if (c.rc.isAnnotationPresent(NameKeys.class) && vn instanceof MappingNode) checkNameKeys((MappingNode) vn, cpath);
            Object value = bindValue(vn, c.type, c.rc.getAnnotation(Range.class), dflt, cpath);
            checkAnnotations(c, value, cpath, (at, problem) -> ConfigException.at(vn, at, problem));
            args[i] = value;
        }
        Locator here = (at, problem) -> ConfigException.at(node, at, problem);
        Object instance = construct(info, args, path, here);
        validate(instance, new Validation(node, path), path, here);
        return instance;
    }

    /** The record from its components through the canonical constructor; a constructor's refusal is placed by {@code where}. */
    static Object construct(RecordInfo info, Object[] args, String path, Locator where) {
        try {
            return info.ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException) throw (ConfigException) cause;
            String msg = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
            throw where.at(path, "invalid " + Support.snake(info.type.getSimpleName()).replace('_', ' ') + ": " + msg);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot construct " + info.type, e);
        }
    }

    /** Runs the record's cross-field check, if it has one; any other exception it throws is placed by {@code where}. */
    static void validate(Object instance, Validation v, String path, Locator where) {
        if (!(instance instanceof Validated)) return;
        try {
            ((Validated) instance).validate(v);
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            throw where.at(path, String.valueOf(e.getMessage()));
        }
    }

    /** The checks a component's annotations ask for, on its bound value; errors placed by {@code where}. */
    static void checkAnnotations(Component c, Object value, String path, Locator where) {
        if (c.rc.isAnnotationPresent(PathSafe.class)) {
            String problem = Names.fileNameProblem((String) value);
            if (problem != null) throw where.at(path, problem);
        }
        if (c.rc.isAnnotationPresent(NonEmpty.class)) {
            boolean empty = value instanceof String ? ((String) value).isBlank()
                    : value instanceof Collection ? ((Collection<?>) value).isEmpty()
                    : value instanceof Map && ((Map<?, ?>) value).isEmpty();
            if (empty) throw where.at(path, "must not be empty");
        }
        if (c.rc.isAnnotationPresent(SumsToOne.class)) {
            Collection<?> values = value instanceof Map ? ((Map<?, ?>) value).values()
                    : value instanceof Collection ? (Collection<?>) value : List.of();
            double sum = 0;
            for (Object o : values) {
                if (o instanceof Number) sum += ((Number) o).doubleValue();
            }
            if (!(Math.abs(sum - 1.0) <= SumsToOne.TOLERANCE)) {
                throw where.at(path, "values must sum to 1, but they sum to " + sum);
            }
        }
    }

    /** Each key is reported at its own node; a non-scalar key is left to the binder's own error. */
    static void checkNameKeys(MappingNode map, String path) {
        for (NodeTuple t : map.getValue()) {
            String key = Support.keyText(t.getKeyNode());
            if (key == null || Support.isNull(t.getKeyNode())) continue;
            String problem = Names.nameProblem(key);
            if (problem != null) throw ConfigException.at(t.getKeyNode(), Support.join(path, key), problem);
        }
    }

    // ------------------------------------------------------------------------------------------------ values

    static Class<?> raw(Type t) {
        if (t instanceof Class) return (Class<?>) t;
        if (t instanceof ParameterizedType) return (Class<?>) ((ParameterizedType) t).getRawType();
        throw new IllegalArgumentException("unsupported config type " + t);
    }

    static Object bindValue(Node node, Type type, Range range, Object dflt, String path) {
        Class<?> raw = raw(type);
        if (raw == double.class || raw == Double.class) {
            double v = toDouble(node, path);
            checkRange(node, path, v, range);
            return v;
        }
        if (raw == int.class || raw == Integer.class) {
            BigInteger b = toInteger(node, path);
            if (b.bitLength() > 31) {
                throw ConfigException.at(node, path, "integer " + b + " is too large (must be between "
                        + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ")");
            }
            checkRange(node, path, b.doubleValue(), range);
            return b.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            BigInteger b = toInteger(node, path);
            if (b.bitLength() > 63) throw ConfigException.at(node, path, "integer " + b + " is too large");
            checkRange(node, path, b.doubleValue(), range);
            return b.longValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            ScalarNode s = scalar(node, path, "true or false");
            if (!Tag.BOOL.equals(s.getTag())) {
                throw ConfigException.at(node, path, "expected true or false, got " + Support.describe(node));
            }
            return s.getValue().equalsIgnoreCase("true");
        }
        if (raw == String.class) {
            return scalar(node, path, "a string").getValue();
        }
        if (raw.isEnum()) {
            return toEnum(node, raw, path);
        }
        if (raw.isRecord()) {
            return bindRecord(node, raw, dflt, path);
        }
        if (raw == List.class) {
            Type elem = typeArg(type, 0);
            if (!(node instanceof SequenceNode)) {
                throw ConfigException.at(node, path, "expected a list, got " + Support.describe(node));
            }
            List<Node> items = ((SequenceNode) node).getValue();
            List<Object> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                out.add(bindValue(items.get(i), elem, range, null, Support.index(path, i)));
            }
            return Collections.unmodifiableList(out);
        }
        if (raw == Map.class) {
            if (typeArg(type, 0) != String.class) {
                throw new IllegalArgumentException("config maps must have String keys: " + type + " at " + path);
            }
            Type valType = typeArg(type, 1);
            if (!(node instanceof MappingNode)) {
                throw ConfigException.at(node, path, "expected a mapping, got " + Support.describe(node));
            }
            Map<?, ?> dfltMap = dflt instanceof Map ? (Map<?, ?>) dflt : Map.of();
            boolean recordValues = raw(valType).isRecord();
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : ((MappingNode) node).getValue()) {
                Node k = t.getKeyNode();
                String key = Support.keyText(k);
                if (key == null || Support.isNull(k)) {
                    throw ConfigException.at(k, path, "mapping keys must be non-null scalars, got "
                            + Support.describe(k));
                }
                String epath = Support.join(path, key);
                if (out.containsKey(key)) throw ConfigException.at(k, epath, "duplicate key '" + key + "'");
                Object entryDefault = recordValues ? dfltMap.get(key) : null;
                out.put(key, bindValue(t.getValueNode(), valType, range, entryDefault, epath));
            }
            return Collections.unmodifiableMap(out);
        }
        throw new IllegalArgumentException("unsupported config type " + type + " at " + path);
    }

    private static Type typeArg(Type type, int i) {
        if (!(type instanceof ParameterizedType)) {
            throw new IllegalArgumentException("raw collection type not supported: " + type);
        }
        return ((ParameterizedType) type).getActualTypeArguments()[i];
    }

    private static ScalarNode scalar(Node node, String path, String expected) {
        if (!(node instanceof ScalarNode) || Support.isNull(node)) {
            throw ConfigException.at(node, path, "expected " + expected + ", got " + Support.describe(node));
        }
        return (ScalarNode) node;
    }

    static double toDouble(Node node, String path) {
        ScalarNode s = scalar(node, path, "a number");
        String text = s.getValue().trim();
        double v;
        if (Tag.INT.equals(s.getTag())) {
            v = parseCoreInt(text, node, path).doubleValue();
        } else if (Tag.FLOAT.equals(s.getTag())) {
            if (NON_FINITE.matcher(text).matches()) {
                throw ConfigException.at(node, path, "expected a finite number, got " + Support.describe(node));
            }
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw ConfigException.at(node, path, "expected a number, got " + Support.describe(node));
            }
        } else {
            throw ConfigException.at(node, path, "expected a number, got " + Support.describe(node));
        }
        if (!Double.isFinite(v)) {
            throw ConfigException.at(node, path, "number " + Support.describe(node) + " is too large");
        }
        return v;
    }

    static BigInteger toInteger(Node node, String path) {
        ScalarNode s = scalar(node, path, "an integer");
        String text = s.getValue().trim();
        if (Tag.INT.equals(s.getTag())) return parseCoreInt(text, node, path);
        if (Tag.FLOAT.equals(s.getTag()) && !NON_FINITE.matcher(text).matches()) {
            try {
                BigDecimal d = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
                return d.toBigIntegerExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw ConfigException.at(node, path, "expected an integer, got " + Support.describe(node));
            }
        }
        throw ConfigException.at(node, path, "expected an integer, got " + Support.describe(node));
    }

    private static BigInteger parseCoreInt(String text, Node node, String path) {
        try {
            String t = text;
            boolean neg = false;
            if (t.startsWith("+") || t.startsWith("-")) {
                neg = t.startsWith("-");
                t = t.substring(1);
            }
            BigInteger b;
            if (t.startsWith("0x")) b = new BigInteger(t.substring(2), 16);
            else if (t.startsWith("0o")) b = new BigInteger(t.substring(2), 8);
            else b = new BigInteger(t);
            return neg ? b.negate() : b;
        } catch (NumberFormatException e) {
            throw ConfigException.at(node, path, "expected an integer, got " + Support.describe(node));
        }
    }

    private static Object toEnum(Node node, Class<?> type, String path) {
        String text = scalar(node, path, "one of " + enumValues(type)).getValue();
        String norm = normalizeEnum(text);
        for (Object c : type.getEnumConstants()) {
            if (normalizeEnum(((Enum<?>) c).name()).equals(norm)) return c;
        }
        throw ConfigException.at(node, path, "unknown value " + Support.describe(node) + "; allowed values: "
                + enumValues(type));
    }

    static String normalizeEnum(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** Lowercase enum constant names, as written in YAML, comma separated. */
    static String enumValues(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object c : type.getEnumConstants()) names.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
        return String.join(", ", names);
    }

    private static void checkRange(Node node, String path, double v, Range r) {
        if (!inRange(v, r)) {
            throw ConfigException.at(node, path, "value " + Support.num(v) + " is out of range: must be "
                    + rangeText(r));
        }
    }

    /** Whether {@code v} is allowed by {@code r} (always, without a range). */
    static boolean inRange(double v, Range r) {
        if (r == null) return true;
        boolean okMin = r.minExclusive() ? v > r.min() : v >= r.min();
        boolean okMax = r.maxExclusive() ? v < r.max() : v <= r.max();
        return okMin && okMax;
    }

    /** Human-readable range, e.g. {@code in [0, 1]}, {@code >= 0}, {@code < 5}; empty if unbounded. */
    static String rangeText(Range r) {
        boolean hasMin = r.min() != Double.NEGATIVE_INFINITY;
        boolean hasMax = r.max() != Double.POSITIVE_INFINITY;
        if (hasMin && hasMax) {
            return "in " + (r.minExclusive() ? "(" : "[") + Support.num(r.min()) + ", " + Support.num(r.max())
                    + (r.maxExclusive() ? ")" : "]");
        }
        if (hasMin) return (r.minExclusive() ? "> " : ">= ") + Support.num(r.min());
        if (hasMax) return (r.maxExclusive() ? "< " : "<= ") + Support.num(r.max());
        return "";
    }
}
