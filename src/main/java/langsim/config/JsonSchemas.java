package langsim.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates a JSON Schema (draft-07, the dialect editors support best) of a configuration file from the same record
 * metadata as {@link ConfigDocs}: {@link Doc} as descriptions, {@link Range} as minimum/maximum, enums as the YAML
 * spells them, {@link NonEmpty}, {@link PathSafe} and {@link NameKeys} as lengths and patterns, defaults, and
 * {@code required} only for what the binder cannot default (fields of records without defaults, {@link Required}).
 * Every record is closed ({@code additionalProperties: false}), as the binder refuses unknown keys. Rules the schema
 * cannot state (sums to 1, references between fields, checks against the base scenario) are left to langsim.
 */
public final class JsonSchemas {
    public static final String DIALECT = "http://json-schema.org/draft-07/schema#";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final boolean newEntriesDefaulted;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    private JsonSchemas(boolean newEntriesDefaulted) {
        this.newEntriesDefaulted = newEntriesDefaulted;
    }

    /**
     * The schema of a file bound to {@code root} over {@code defaults} (null: every field required, unless the record
     * declares {@code defaults()}), as indented JSON ending in a newline.
     *
     * @param newEntriesDefaulted whether the loader supplies defaults for every entry of the file's maps of records
     *                            (sweep and calibration parameters); otherwise an entry that is not in
     *                            {@code defaults} must give every field unless its record declares {@code defaults()}
     */
    public static String schema(Class<? extends Record> root, Record defaults, boolean newEntriesDefaulted,
                                String title, String description) {
        JsonSchemas g = new JsonSchemas(newEntriesDefaulted);
        ObjectNode s = F.objectNode();
        s.put("$schema", DIALECT);
        s.put("title", title);
        s.put("description", description);
        Object d = defaults != null ? defaults : RecordBinder.info(root).ownDefaults;
        s.setAll(g.record(root, d, d != null));
        if (!g.definitions.isEmpty()) s.putObject("definitions").setAll(g.definitions);
        return write(s);
    }

    private static String write(JsonNode node) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return new ObjectMapper().writer(pp).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record inline: {@code defaults} (may be null) supply the shown defaults; {@code defaulted}: nothing is required. */
    private ObjectNode record(Class<?> type, Object defaults, boolean defaulted) {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (RecordBinder.Component c : RecordBinder.info(type).components) {
            Object d = defaults == null ? null : c.get(defaults);
            boolean mustGive = !defaulted || c.rc.isAnnotationPresent(Required.class);
            props.set(c.key, component(c, d, !mustGive));
            if (mustGive) required.add(c.key);
        }
        if (!required.isEmpty()) s.set("required", required);
        s.put("additionalProperties", false);
        return s;
    }

    private ObjectNode component(RecordBinder.Component c, Object dflt, boolean showDefault) {
        ObjectNode s = F.objectNode();
        Doc doc = c.rc.getAnnotation(Doc.class);
        if (doc != null) s.put("description", doc.value());
        s.setAll(value(c.type, c.rc.getAnnotation(Range.class), dflt));
        boolean nonEmpty = c.rc.isAnnotationPresent(NonEmpty.class) || c.rc.isAnnotationPresent(Required.class);
        String type = s.path("type").asText();
        if (c.rc.isAnnotationPresent(PathSafe.class)) {
            s.put("minLength", 1);
            s.put("maxLength", Names.MAX_FILE_NAME_BYTES);
            s.put("pattern", Names.FILE_NAME_PATTERN_JSON);
        } else if (nonEmpty && type.equals("string")) {
            s.put("pattern", "\\S");
        }
        if (nonEmpty && type.equals("array")) s.put("minItems", 1);
        if (nonEmpty && type.equals("object")) s.put("minProperties", 1);
        if (c.rc.isAnnotationPresent(NameKeys.class)) s.putObject("propertyNames").put("pattern", Names.NAME_PATTERN_JSON);
        if (showDefault && dflt != null && !RecordBinder.raw(c.type).isRecord()
                && !outOfRange(dflt, c.rc.getAnnotation(Range.class))) {
            JsonNode dn = defaultNode(dflt);
            if (dn != null) s.set("default", dn);
        }
        return s;
    }

    /** The schema of a value of {@code type}; {@code range} applies to every number in it. */
    private ObjectNode value(Type type, Range range, Object dflt) {
        Class<?> raw = RecordBinder.raw(type);
        ObjectNode s = F.objectNode();
        if (raw == double.class || raw == Double.class) {
            s.put("type", "number");
            range(s, range);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            s.put("type", "integer");
            range(s, range);
        } else if (raw == boolean.class || raw == Boolean.class) {
            s.put("type", "boolean");
        } else if (raw == String.class) {
            s.put("type", "string");
        } else if (raw.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object e : raw.getEnumConstants()) values.add(RecordWriter.enumText((Enum<?>) e));
        } else if (raw.isRecord()) {
            Object d = dflt != null ? dflt : RecordBinder.info(raw).ownDefaults;
            s.setAll(record(raw, d, d != null));
        } else if (raw == List.class) {
            Type elem = typeArg(type, 0);
            s.put("type", "array");
            if (RecordBinder.raw(elem).isRecord()) {
                Object d = RecordBinder.info(RecordBinder.raw(elem)).ownDefaults; // each element: the record's own
                s.set("items", record(RecordBinder.raw(elem), d, d != null));
            } else {
                s.set("items", value(elem, range, null));
            }
        } else if (raw == Map.class) {
            Type valType = typeArg(type, 1);
            Class<?> valRaw = RecordBinder.raw(valType);
            s.put("type", "object");
            if (valRaw.isRecord()) {
                String ref = definition(valRaw);
                boolean entriesDefaulted = newEntriesDefaulted || RecordBinder.info(valRaw).ownDefaults != null;
                if (!entriesDefaulted && dflt instanceof Map<?, ?> known && !known.isEmpty()) {
                    ObjectNode props = s.putObject("properties");
                    for (Object k : known.keySet()) props.putObject(String.valueOf(k)).put("$ref", ref);
                }
                ObjectNode entry = F.objectNode();
                if (entriesDefaulted) {
                    entry.put("$ref", ref);
                } else {
                    ArrayNode all = entry.putArray("allOf");
                    all.addObject().put("$ref", ref);
                    ArrayNode required = all.addObject().putArray("required");
                    for (RecordBinder.Component c : RecordBinder.info(valRaw).components) required.add(c.key);
                }
                s.set("additionalProperties", entry);
            } else {
                s.set("additionalProperties", value(valType, range, null));
            }
        } else {
            throw new IllegalArgumentException("unsupported config type " + type);
        }
        return s;
    }

    /** A map entry's record, shared: no defaults shown (they differ per entry), nothing required beyond {@link Required}. */
    private String definition(Class<?> type) {
        String name = type.getSimpleName();
        if (!definitions.containsKey(name)) {
            definitions.put(name, F.objectNode()); // recursion guard
            definitions.put(name, record(type, null, true));
        }
        return "#/definitions/" + name;
    }

    /** A default outside the field's own range is a placeholder (e.g. 0 for "not given"), not a value to show. */
    private static boolean outOfRange(Object dflt, Range r) {
        if (r == null || !(dflt instanceof Number)) return false;
        double v = ((Number) dflt).doubleValue();
        boolean okMin = r.minExclusive() ? v > r.min() : v >= r.min();
        boolean okMax = r.maxExclusive() ? v < r.max() : v <= r.max();
        return !(okMin && okMax);
    }

    private static void range(ObjectNode s, Range r) {
        if (r == null) return;
        if (r.min() != Double.NEGATIVE_INFINITY) s.set(r.minExclusive() ? "exclusiveMinimum" : "minimum", number(r.min()));
        if (r.max() != Double.POSITIVE_INFINITY) s.set(r.maxExclusive() ? "exclusiveMaximum" : "maximum", number(r.max()));
    }

    private static JsonNode number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return F.numberNode((long) d);
        return F.numberNode(d);
    }

    /** The default as JSON, or null if JSON cannot hold it (not a number, records). */
    private static JsonNode defaultNode(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? number(d) : null;
        }
        if (v instanceof Integer || v instanceof Long) return F.numberNode(((Number) v).longValue());
        if (v instanceof Boolean) return F.booleanNode((Boolean) v);
        if (v instanceof String) return F.textNode((String) v);
        if (v instanceof Enum) return F.textNode(RecordWriter.enumText((Enum<?>) v));
        if (v instanceof List) {
            ArrayNode a = F.arrayNode();
            for (Object o : (List<?>) v) {
                JsonNode n = defaultNode(o);
                if (n == null) return null;
                a.add(n);
            }
            return a;
        }
        if (v instanceof Map) {
            ObjectNode o = F.objectNode();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                JsonNode n = defaultNode(e.getValue());
                if (n == null) return null;
                o.set(String.valueOf(e.getKey()), n);
            }
            return o;
        }
        return null;
    }

    private static Type typeArg(Type t, int i) {
        return ((ParameterizedType) t).getActualTypeArguments()[i];
    }
}
