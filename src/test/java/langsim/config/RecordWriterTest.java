package langsim.config;

import static langsim.config.TestModel.DEFAULTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.snakeyaml.engine.v2.nodes.Node;

class RecordWriterTest {

    static Scenario tricky() {
        return new Scenario(
                "true",
                new Settings(3, Long.MIN_VALUE, true, Layer.MODEL_SERVING),
                TestModel.ordered(
                        "C++", new Lang(0.1, 1.0 / 3.0, List.of("null", "", "a: b", "#x", " lead", "1.5", "~", "yes")),
                        "Rust", new Lang(1e-7, 12345678.9, List.of("é ✓", "line\nbreak", "'q'\"dq\""))),
                TestModel.ordered("application", new Share(TestModel.ordered("Rust", 0.1, "C++", 0.9), 0.0)),
                List.of(new Event(2030, "Rust", 4.9e-324), new Event(2100, "C++", 1.0)),
                TestModel.ordered("Rust", List.of(), "C++", List.of("cmake")),
                TestModel.ordered(),
                List.of(0.0, -0.0 + 0.0, Double.MAX_VALUE, 1e300, 0.30000000000000004),
                List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0));
    }

    @Test
    void treeIsOrderedSnakeCaseWithLowercaseEnums() {
        Map<String, Object> tree = RecordWriter.toTree(DEFAULTS);
        assertEquals(List.of("name", "settings", "languages", "layers", "events", "ecosystems", "aliases",
                "weights", "milestones"), List.copyOf(tree.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) tree.get("settings");
        assertEquals("application", settings.get("focus"));
        assertEquals(100, settings.get("agents"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rust = (Map<String, Object>) ((Map<String, Object>) tree.get("languages")).get("Rust");
        assertEquals(List.of("performance", "learning_years", "tags"), List.copyOf(rust.keySet()));
        assertEquals(1.5, rust.get("performance"));
    }

    @Test
    void yamlRoundTripsExactly() {
        for (Scenario s : List.of(DEFAULTS, tricky())) {
            String yaml = RecordWriter.toYaml(s, "generated\nby test");
            Scenario back = RecordBinder.bind(YamlLoader.parse(yaml, "rt.yaml"), Scenario.class, null);
            assertEquals(s, back, yaml);
            assertEquals(yaml, RecordWriter.toYaml(back, "generated\nby test"), "deterministic");
        }
    }

    @Test
    void yamlIsBlockStyleWithHeader() {
        String yaml = RecordWriter.toYaml(DEFAULTS, "header line");
        assertTrue(yaml.startsWith("# header line\nname: baseline\nsettings:\n  agents: 100\n"), yaml);
        assertTrue(yaml.contains("  learning_years: 2.0\n") || yaml.contains("    learning_years: 2.0\n"), yaml);
        assertTrue(yaml.contains("focus: application"), yaml);
        assertTrue(!yaml.contains("{name") && !yaml.contains("[Python"), "block style: " + yaml);
    }

    @Test
    void nodeRoundTrips() {
        for (Scenario s : List.of(DEFAULTS, tricky())) {
            Node n = RecordWriter.toNode(s);
            assertEquals(s, RecordBinder.bind(n, Scenario.class, null));
        }
    }

    @Test
    void errorsInWrittenNodesNameTheSourceWithoutPosition() {
        Scenario bad = new Scenario("x", DEFAULTS.settings(), DEFAULTS.languages(), DEFAULTS.layers(),
                List.of(new Event(1990, "Go", 0.5)), DEFAULTS.ecosystems(), DEFAULTS.aliases(), DEFAULTS.weights(),
                DEFAULTS.milestones());
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> RecordBinder.bind(RecordWriter.toNode(bad, "resolved"), Scenario.class, null));
        assertEquals("resolved: events[0].year: value 1990 is out of range: must be in [2000, 2100]",
                e.getMessage());
        assertEquals(0, e.line());
    }
}
