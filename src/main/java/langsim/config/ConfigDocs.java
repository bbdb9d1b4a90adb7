package langsim.config;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Generates a deterministic markdown reference of every configuration field of a record type. */
public final class ConfigDocs {
    private static final int MAX_DEFAULT_CHARS = 80;

    private ConfigDocs() {}

    /**
     * One table row per field, recursively: nested records as {@code a.b}, map-of-record entries as
     * {@code languages.<name>.performance}, list-of-record elements as {@code events[].year}. Columns: field path,
     * type, default (from {@code defaults}, may be null; per-entry defaults of maps are listed as {@code key: value}),
     * allowed range/values, description ({@link Doc}).
     */
    public static String markdownReference(Class<? extends Record> root, Record defaults) {
        StringBuilder sb = new StringBuilder();
        sb.append("| Field | Type | Default | Allowed | Description |\n");
        sb.append("|---|---|---|---|---|\n");
        Map<String, Object> d = new LinkedHashMap<>();
        if (defaults != null) d.put("", defaults);
        walk(sb, root, "", d, new HashSet<>());
        return sb.toString();
    }

    /** @param defaults label ("" when there is a single default) → default record instance */
    private static void walk(StringBuilder sb, Class<?> type, String prefix, Map<String, Object> defaults,
                             Set<Class<?>> stack) {
        if (!stack.add(type)) return;
        for (RecordBinder.Component c : RecordBinder.info(type).components) {
            String path = Support.join(prefix, c.key);
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : defaults.entrySet()) {
                if (e.getValue() != null) values.put(e.getKey(), c.get(e.getValue()));
            }
            Class<?> raw = RecordBinder.raw(c.type);
            boolean isRecord = raw.isRecord();
            boolean recordMap = raw == Map.class && RecordBinder.raw(typeArg(c.type, 1)).isRecord();
            String dflt = isRecord ? "" : recordMap ? defaultText(keysOnly(values)) : defaultText(values);
            row(sb, path, typeName(c.type), dflt, allowed(c), doc(c));
            if (isRecord) {
                walk(sb, raw, path, values, stack);
            } else if (recordMap) {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : values.entrySet()) {
                    if (!(e.getValue() instanceof Map)) continue;
                    for (Map.Entry<?, ?> me : ((Map<?, ?>) e.getValue()).entrySet()) {
                        String label = e.getKey().isEmpty() ? String.valueOf(me.getKey())
                                : e.getKey() + "." + me.getKey();
                        entries.put(label, me.getValue());
                    }
                }
                walk(sb, RecordBinder.raw(typeArg(c.type, 1)), path + ".<name>", entries, stack);
            } else if (raw == List.class && RecordBinder.raw(typeArg(c.type, 0)).isRecord()) {
                walk(sb, RecordBinder.raw(typeArg(c.type, 0)), path + "[]", Map.of(), stack);
            }
        }
        stack.remove(type);
    }

    /** For maps of records only the entry names are shown; the per-field rows show the values. */
    private static Map<String, Object> keysOnly(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue() instanceof Map ? new KeyList(((Map<?, ?>) e.getValue()).keySet()) : e.getValue();
            out.put(e.getKey(), v);
        }
        return out;
    }

    private static final class KeyList {
        final java.util.Collection<?> keys;

        KeyList(java.util.Collection<?> keys) {
            this.keys = keys;
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            for (Object k : keys) parts.add(String.valueOf(k));
            return "{" + String.join(", ", parts) + "}";
        }
    }

    private static Type typeArg(Type t, int i) {
        return ((java.lang.reflect.ParameterizedType) t).getActualTypeArguments()[i];
    }

    static String typeName(Type t) {
        Class<?> raw = RecordBinder.raw(t);
        if (raw == double.class || raw == Double.class) return "number";
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) return "integer";
        if (raw == boolean.class || raw == Boolean.class) return "boolean";
        if (raw == String.class) return "string";
        if (raw.isEnum()) return "enum";
        if (raw.isRecord()) return "mapping";
        if (raw == List.class) return "list<" + typeName(typeArg(t, 0)) + ">";
        if (raw == Map.class) return "map<string, " + typeName(typeArg(t, 1)) + ">";
        return raw.getSimpleName();
    }

    private static String allowed(RecordBinder.Component c) {
        List<String> parts = new ArrayList<>();
        Range r = c.rc.getAnnotation(Range.class);
        if (r != null && !RecordBinder.rangeText(r).isEmpty()) parts.add(RecordBinder.rangeText(r));
        Class<?> leaf = leafClass(c.type);
        if (leaf != null && leaf.isEnum()) parts.add("one of: " + RecordBinder.enumValues(leaf));
        if (c.rc.isAnnotationPresent(SumsToOne.class)) parts.add("values sum to 1");
        if (c.rc.isAnnotationPresent(NonEmpty.class)) parts.add("non-empty");
        if (c.rc.isAnnotationPresent(PathSafe.class)) parts.add(Names.FILE_NAME_RULE);
        if (c.rc.isAnnotationPresent(NameKeys.class)) parts.add(Names.NAME_RULE);
        return String.join("; ", parts);
    }

    private static Class<?> leafClass(Type t) {
        Class<?> raw = RecordBinder.raw(t);
        if (raw == List.class) return leafClass(typeArg(t, 0));
        if (raw == Map.class) return leafClass(typeArg(t, 1));
        return raw;
    }

    private static String doc(RecordBinder.Component c) {
        Doc d = c.rc.getAnnotation(Doc.class);
        return d == null ? "" : d.value();
    }

    private static String defaultText(Map<String, Object> values) {
        if (values.isEmpty()) return "";
        String text;
        if (values.size() == 1 && values.containsKey("")) {
            text = compact(values.get(""));
        } else {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Object> e : values.entrySet()) parts.add(e.getKey() + ": " + compact(e.getValue()));
            text = String.join(", ", parts);
        }
        if (text.length() > MAX_DEFAULT_CHARS) text = text.substring(0, MAX_DEFAULT_CHARS - 3) + "...";
        return "`" + text + "`";
    }

    static String compact(Object v) {
        if (v == null) return "null";
        if (v instanceof Double || v instanceof Float) return Support.num(((Number) v).doubleValue());
        if (v instanceof Enum) return RecordWriter.enumText((Enum<?>) v);
        if (v instanceof String) return ((String) v).isEmpty() ? "\"\"" : (String) v;
        if (v instanceof Record) return compact(RecordWriter.toTree((Record) v));
        if (v instanceof List) {
            List<String> parts = new ArrayList<>();
            for (Object o : (List<?>) v) parts.add(compact(o));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof Map) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) parts.add(e.getKey() + ": " + compact(e.getValue()));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(v);
    }

    private static void row(StringBuilder sb, String... cells) {
        sb.append('|');
        for (String c : cells) sb.append(' ').append(escape(c)).append(" |");
        sb.append('\n');
    }

    private static String escape(String s) {
        return ConfigException.oneLine(s).replace("|", "\\|");
    }
}
