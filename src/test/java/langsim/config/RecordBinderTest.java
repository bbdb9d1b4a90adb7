package langsim.config;

import static langsim.config.TestModel.DEFAULTS;
import static langsim.config.TestModel.columnOf;
import static langsim.config.TestModel.lineOf;
import static langsim.config.TestModel.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import langsim.config.TestModel.Event;
import langsim.config.TestModel.Lang;
import langsim.config.TestModel.Layer;
import langsim.config.TestModel.Scenario;
import langsim.config.TestModel.Settings;
import langsim.config.TestModel.Share;
import org.junit.jupiter.api.Test;

class RecordBinderTest {

    private static ConfigException fails(String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> load(yaml));
        assertFalse(e.getMessage().contains("\n"), "message must be one line: " + e.getMessage());
        assertEquals("test.yaml", e.source());
        return e;
    }

    @Test
    void missingKeysComeFromDefaults() {
        Scenario s = load("name: other\n");
        assertEquals("other", s.name());
        assertEquals(DEFAULTS.settings(), s.settings());
        assertEquals(DEFAULTS.languages(), s.languages());
        assertEquals(DEFAULTS.events(), s.events());
    }

    @Test
    void snakeCaseKeysMapToCamelCaseComponentsAndNestedDefaultsMerge() {
        Scenario s = load("settings:\n  agents: 7\n  focus: Model-Serving\n");
        assertEquals(new Settings(7, 42L, false, Layer.MODEL_SERVING), s.settings());
        Scenario t = load("languages:\n  Rust: {learning_years: 3}\n  Python: {}\n");
        assertEquals(new Lang(1.5, 3.0, List.of("systems")), t.languages().get("Rust"));
        assertEquals(DEFAULTS.languages().get("Python"), t.languages().get("Python"));
    }

    @Test
    void yamlMapReplacesDefaultMapAndKeepsYamlOrder() {
        String yaml = "languages:\n"
                + "  Zig: {performance: 1.4, learning_years: 2, tags: [new, fast]}\n"
                + "  Python: {performance: 0.3}\n"
                + "  Rust: {}\n"
                + "ecosystems: {Zig: [zon], Python: [pip, uv]}\n";
        Scenario s = load(yaml);
        assertEquals(List.of("Zig", "Python", "Rust"), List.copyOf(s.languages().keySet()));
        assertEquals(new Lang(1.4, 2.0, List.of("new", "fast")), s.languages().get("Zig"));
        assertEquals(new Lang(0.3, 0.5, List.of()), s.languages().get("Python"));
        assertEquals(Map.of("Zig", List.of("zon"), "Python", List.of("pip", "uv")), s.ecosystems());
        assertFalse(s.ecosystems().containsKey("Rust"), "maps written in YAML replace the default map");
        assertEquals(List.of("Zig", "Python"), List.copyOf(s.ecosystems().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> s.languages().put("x", null));
        assertThrows(UnsupportedOperationException.class, () -> s.weights().add(1.0));
    }

    @Test
    void newMapEntriesMustBeComplete() {
        String yaml = "languages:\n  Rust: {}\n  Python: {}\n  Zig:\n    performance: 1\n    tags: []\n";
        ConfigException e = fails(yaml);
        assertEquals("languages.Zig.learning_years", e.path());
        assertTrue(e.problem().contains("missing required field 'learning_years'"), e.getMessage());
        assertEquals(lineOf(yaml, "performance: 1"), e.line());
    }

    @Test
    void listOfRecordsAndScalarLists() {
        Scenario s = load("events:\n  - {year: 2031, language: Zig, shock: 1}\n  - year: 2040\n    language: Go\n"
                + "    shock: 0.25\nweights: [1, 2.5]\nmilestones: [2026, 3.0]\naliases: {rs: Rust}\n");
        assertEquals(List.of(new Event(2031, "Zig", 1.0), new Event(2040, "Go", 0.25)), s.events());
        assertEquals(List.of(1.0, 2.5), s.weights());
        assertEquals(List.of(2026, 3), s.milestones());
        assertEquals(Map.of("rs", "Rust"), s.aliases());
    }

    @Test
    void unknownKeySuggestsNearestKey() {
        String yaml = "languages:\n  Rust:\n    learnng_years: 3\n";
        ConfigException e = fails(yaml);
        assertEquals("languages.Rust.learnng_years", e.path());
        assertEquals("unknown key 'learnng_years'; did you mean 'learning_years'?", e.problem());
        assertEquals(3, e.line());
        assertEquals(5, e.column());
        assertEquals("test.yaml:3:5: languages.Rust.learnng_years: unknown key 'learnng_years'; did you mean "
                + "'learning_years'?", e.getMessage());

        assertTrue(fails("settings: {agnets: 5}\n").problem().contains("did you mean 'agents'?"));
        assertTrue(fails("nmae: x\n").problem().endsWith("did you mean 'name'?"));
        assertTrue(fails("languages: {Rust: {learningYears: 1}}").problem().endsWith("did you mean 'learning_years'?"));
        ConfigException far = fails("zzzzzzzzzzzz: 1\n");
        assertTrue(far.problem().contains("valid keys: name, settings, languages, layers, events"), far.problem());
    }

    @Test
    void wrongTypes() {
        ConfigException e = fails("languages:\n  Rust: {performance: abc}\n");
        assertEquals("expected a number, got 'abc'", e.problem());
        assertEquals("languages.Rust.performance", e.path());
        assertEquals(2, e.line());
        assertEquals("expected a mapping, got a list", fails("settings: [1, 2]\n").problem());
        assertEquals("expected a list, got 'x'", fails("weights: x\n").problem());
        assertEquals("expected a string, got a mapping", fails("name: {a: 1}\n").problem());
        assertEquals("expected true or false, got 'yes'", fails("settings: {verbose: yes}\n").problem());
        assertEquals("expected a number, got '0.5'", fails("weights: ['0.5']\n").problem());
        assertEquals("expected a finite number, got '.nan'", fails("weights: [.nan]\n").problem());
        assertEquals("expected a finite number, got '.inf'", fails("weights: [.inf]\n").problem());
        assertEquals("events[0].year", fails("events: [{year: x, language: a, shock: 1}]").path());
    }

    @Test
    void integersMustBeIntegral() {
        ConfigException e = fails("settings:\n  agents: 2.5\n");
        assertEquals("expected an integer, got '2.5'", e.problem());
        assertEquals("settings.agents", e.path());
        assertEquals(2, e.line());
        assertEquals(3, load("settings: {agents: 3.0}").settings().agents());
        assertEquals(2.0, load("weights: [2]").weights().get(0));
        assertEquals(255L, load("settings: {seed: 0xFF}").settings().seed());
        assertTrue(fails("settings: {agents: 99999999999}").problem().contains("too large"));
    }

    @Test
    void nullWhereValueNeeded() {
        assertEquals("expected a string, got null", fails("name: ~\n").problem());
        ConfigException e = fails("settings:\n  seed:\n");
        assertEquals("expected an integer, got null", e.problem());
        assertEquals("settings.seed", e.path());
        assertEquals("expected a mapping, got null", fails("settings:\n").problem());
    }

    @Test
    void outOfRangeReportsLineOfValue() {
        String yaml = "name: x\nlanguages:\n  Rust:\n    performance: 1\n    learning_years: -2\n  Python: {}\n";
        ConfigException e = fails(yaml);
        assertEquals("languages.Rust.learning_years", e.path());
        assertEquals(lineOf(yaml, "learning_years: -2"), e.line());
        assertEquals(columnOf(yaml, "-2"), e.column());
        assertEquals("value -2 is out of range: must be >= 0", e.problem());

        ConfigException ev = fails("events:\n  - {year: 2030, language: a, shock: 0.5}\n"
                + "  - {year: 1999, language: b, shock: 0.5}\n");
        assertEquals("events[1].year", ev.path());
        assertEquals(3, ev.line());
        assertEquals("value 1999 is out of range: must be in [2000, 2100]", ev.problem());

        assertEquals("value 0 is out of range: must be in (0, 1]",
                fails("events: [{year: 2030, language: a, shock: 0}]").problem());
        ConfigException w = fails("weights: [0.5, -1]\n");
        assertEquals("weights[1]", w.path());
    }

    @Test
    void rangeOnMapValues() {
        ConfigException e = fails("settings: {agents: 0}\n");
        assertEquals("value 0 is out of range: must be >= 1", e.problem());
        String yaml = "w:\n  a: 0.5\n  b: 1.5\n";
        ConfigException m = assertThrows(ConfigException.class,
                () -> RecordBinder.bind(YamlLoader.parse(yaml, "w.yaml"), Weights.class, null));
        assertEquals("w.yaml:3:6: w.b: value 1.5 is out of range: must be in [0, 1]", m.getMessage());
    }

    record Weights(@Range(min = 0, max = 1) Map<String, Double> w) {}

    @Test
    void sumsToOneShowsActualSum() {
        String yaml = "layers:\n  application:\n    initial_share:\n      Rust: 0.5\n      Python: 0.4\n";
        ConfigException e = fails(yaml);
        assertEquals("layers.application.initial_share", e.path());
        assertEquals("values must sum to 1, but they sum to 0.9", e.problem());
        assertEquals(4, e.line());
        // within tolerance is fine
        Scenario s = load("layers:\n  application:\n    initial_share: {Rust: 0.3333333, Python: 0.6666667}\n");
        assertEquals(0.5, s.layers().get("application").inertia());
    }

    @Test
    void enumsAreCaseInsensitiveAndListAllowedValues() {
        assertEquals(Layer.MODEL_SERVING, load("settings: {focus: model_serving}").settings().focus());
        assertEquals(Layer.KERNEL, load("settings: {focus: KERNEL}").settings().focus());
        ConfigException e = fails("settings: {focus: gpu}");
        assertEquals("unknown value 'gpu'; allowed values: application, model_serving, kernel", e.problem());
        assertEquals("settings.focus", e.path());
    }

    @Test
    void nonEmpty() {
        assertEquals("must not be empty", fails("name: ''\n").problem());
        ConfigException e = fails("languages: {}\n");
        assertEquals("languages", e.path());
        assertEquals("must not be empty", e.problem());
    }

    @Test
    void missingRequiredFieldWithoutDefaults() {
        ConfigException e = assertThrows(ConfigException.class, () -> RecordBinder.bind(
                YamlLoader.parse("agents: 3\nseed: 1\nverbose: true\n", "s.yaml"), Settings.class, null));
        assertEquals("s.yaml:1:1: focus: missing required field 'focus'", e.getMessage());
        Settings ok = RecordBinder.bind(YamlLoader.parse("agents: 3\nseed: 1\nverbose: true\nfocus: kernel\n",
                "s.yaml"), Settings.class, null);
        assertEquals(new Settings(3, 1, true, Layer.KERNEL), ok);
    }

    @Test
    void validatedErrorIsLocatedAtRelativePath() {
        String yaml = "name: t\nlayers:\n  application:\n    initial_share:\n      Python: 0.5\n      Go: 0.5\n";
        ConfigException e = fails(yaml);
        assertEquals("layers.application.initial_share.Go", e.path());
        assertEquals("unknown language 'Go'", e.problem());
        assertEquals(lineOf(yaml, "Go: 0.5"), e.line());
        assertEquals(11, e.column());
    }

    @Test
    void validatedRunsOnNestedRecordsWithTheirPath() {
        Share.SEEN_PATHS.clear();
        String yaml = "layers:\n  serving:\n    initial_share: {Rust: 1}\n    inertia: 0.99\n";
        ConfigException e = fails(yaml);
        assertEquals("layers.serving.inertia", e.path());
        assertEquals(4, e.line());
        assertEquals(List.of("layers.serving"), Share.SEEN_PATHS);
    }

    @Test
    void validatedFallsBackToNearestAncestorNode() {
        // languages replaced without Python; layers come from defaults and reference Python -> located at root
        String yaml = "name: t\nlanguages:\n  Rust: {}\n";
        ConfigException e = fails(yaml);
        assertEquals("layers.application.initial_share.Python", e.path());
        assertEquals(1, e.line());
    }

    @Test
    void defaultsInstanceIsReusedForAbsentNestedRecords() {
        Scenario s = load("name: a\n");
        assertSame(DEFAULTS.settings(), s.settings());
    }

    @Test
    void compactConstructorErrorsBecomeConfigErrors() {
        ConfigException e = assertThrows(ConfigException.class, () -> RecordBinder.bind(
                YamlLoader.parse("lo: 5\nhi: 1\n", "c.yaml"), Interval.class, null));
        assertEquals("c.yaml:1:1: invalid interval: lo must be <= hi", e.getMessage());
    }

    record Interval(double lo, double hi) {
        Interval {
            if (lo > hi) throw new IllegalArgumentException("lo must be <= hi");
        }
    }
}
