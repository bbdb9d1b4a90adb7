package langsim.config;

import java.util.List;
import java.util.Map;

/** Small records exercising every feature of the binder; shared by the config tests. */
final class TestModel {
    private TestModel() {}

    enum Layer { APPLICATION, MODEL_SERVING, KERNEL }

    record Lang(@Doc("Relative runtime performance") @Range(min = 0) double performance,
                @Doc("Years to become productive") @Range(min = 0) double learningYears,
                List<String> tags) {}

    record Share(@Doc("Initial market share per language") @SumsToOne Map<String, Double> initialShare,
                 @Range(min = 0, max = 1) double inertia) implements Validated {
        static final java.util.List<String> SEEN_PATHS = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void validate(Validation v) {
            SEEN_PATHS.add(v.path());
            if (inertia > 0.95 && initialShare.size() < 2) {
                throw v.error("inertia", "inertia above 0.95 needs at least two languages");
            }
        }
    }

    record Event(@Range(min = 2000, max = 2100) int year, String language,
                 @Range(min = 0, max = 1, minExclusive = true) double shock) {}

    record Settings(@Doc("Number of agents") @Range(min = 1) int agents, long seed, boolean verbose, Layer focus) {}

    record Scenario(@Doc("Scenario name") @NonEmpty String name,
                    Settings settings,
                    @NonEmpty Map<String, Lang> languages,
                    Map<String, Share> layers,
                    List<Event> events,
                    Map<String, List<String>> ecosystems,
                    Map<String, String> aliases,
                    @Range(min = 0) List<Double> weights,
                    List<Integer> milestones) implements Validated {
        @Override
        public void validate(Validation v) {
            for (Map.Entry<String, Share> layer : layers.entrySet()) {
                for (String lang : layer.getValue().initialShare().keySet()) {
                    if (!languages.containsKey(lang)) {
                        throw v.error("layers." + layer.getKey() + ".initial_share." + lang,
                                "unknown language '" + lang + "'");
                    }
                }
            }
        }
    }

    static final Scenario DEFAULTS = new Scenario(
            "baseline",
            new Settings(100, 42L, false, Layer.APPLICATION),
            ordered("Rust", new Lang(1.5, 2.0, List.of("systems")), "Python", new Lang(0.2, 0.5, List.of())),
            ordered("application", new Share(ordered("Python", 0.7, "Rust", 0.3), 0.5)),
            List.of(new Event(2030, "Rust", 0.5)),
            ordered("Rust", List.of("cargo")),
            ordered("py", "Python"),
            List.of(1.0, 2.0),
            List.of(2025, 2030));

    /** Insertion-ordered unmodifiable map from alternating keys and values. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> ordered(Object... kv) {
        Map<String, V> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (V) kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Parses and binds YAML text against DEFAULTS. */
    static Scenario load(String yaml) {
        return RecordBinder.bind(YamlLoader.parse(yaml, "test.yaml"), Scenario.class, DEFAULTS);
    }

    /** 1-based line of the first line containing {@code needle}. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError("not found: " + needle);
    }

    /** 1-based column of {@code needle} in the first line containing it. */
    static int columnOf(String text, String needle) {
        for (String line : text.split("\n", -1)) {
            int c = line.indexOf(needle);
            if (c >= 0) return c + 1;
        }
        throw new AssertionError("not found: " + needle);
    }
}
