package langsim.config;

import static langsim.config.TestModel.DEFAULTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import langsim.config.TestModel.Event;
import langsim.config.TestModel.Scenario;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

class TreePathsTest {

    @Test
    void getNavigatesKeysAndIndices() {
        Node root = RecordWriter.toNode(DEFAULTS);
        assertEquals("2.0", ((ScalarNode) TreePaths.get(root, "languages.Rust.learning_years")).getValue());
        assertEquals("2030", ((ScalarNode) TreePaths.get(root, "events[0].year")).getValue());
        ConfigException e = assertThrows(ConfigException.class, () -> TreePaths.get(root, "languages.Rsut.x"));
        assertTrue(e.problem().startsWith("unknown key 'Rsut'; did you mean 'Rust'?"), e.problem());
        assertEquals("languages.Rsut", e.path());
    }

    @Test
    void withReplacesValueAndRebinds() {
        Node root = RecordWriter.toNode(DEFAULTS);
        Node updated = TreePaths.with(root, "languages.Rust.learning_years", TreePaths.scalar("7", "--set x"));
        updated = TreePaths.applySet(updated, "settings.focus=kernel");
        updated = TreePaths.applySet(updated, "events[0]={year: 2050, language: Go, shock: 0.1}");
        updated = TreePaths.applySet(updated, "layers.application.initial_share={Rust: 1}");
        Scenario s = RecordBinder.bind(updated, Scenario.class, null);
        assertEquals(7.0, s.languages().get("Rust").learningYears());
        assertEquals(TestModel.Layer.KERNEL, s.settings().focus());
        assertEquals(List.of(new Event(2050, "Go", 0.1)), s.events());
        assertEquals(java.util.Map.of("Rust", 1.0), s.layers().get("application").initialShare());
        // the original tree is untouched
        assertEquals(DEFAULTS, RecordBinder.bind(root, Scenario.class, null));
    }

    @Test
    void bindErrorFromSetValueNamesTheSetArgument() {
        Node root = RecordWriter.toNode(DEFAULTS);
        Node updated = TreePaths.applySet(root, "languages.Rust.learning_years=abc");
        ConfigException e = assertThrows(ConfigException.class,
                () -> RecordBinder.bind(updated, Scenario.class, null));
        assertEquals("--set languages.Rust.learning_years=abc", e.source());
        assertEquals("--set languages.Rust.learning_years=abc: languages.Rust.learning_years: "
                + "expected a number, got 'abc'", e.getMessage());

        Node bad = TreePaths.with(root, "settings", TreePaths.scalar("{agents: 5, sede: 1}", "--set settings=..."));
        ConfigException k = assertThrows(ConfigException.class, () -> RecordBinder.bind(bad, Scenario.class, null));
        assertEquals("--set settings=...: settings.sede: unknown key 'sede'; did you mean 'seed'?", k.getMessage());
    }

    @Test
    void unknownPathSegmentNamesSegmentAndSource() {
        Node root = RecordWriter.toNode(DEFAULTS);
        ConfigException e = assertThrows(ConfigException.class,
                () -> TreePaths.applySet(root, "languages.Rust.learnig_years=3"));
        assertEquals("--set languages.Rust.learnig_years=3: languages.Rust.learnig_years: unknown key "
                + "'learnig_years'; did you mean 'learning_years'? (in 'languages.Rust')", e.getMessage());
        ConfigException idx = assertThrows(ConfigException.class, () -> TreePaths.applySet(root, "events[5].year=1"));
        assertTrue(idx.problem().contains("out of range"), idx.getMessage());
        ConfigException noEq = assertThrows(ConfigException.class, () -> TreePaths.applySet(root, "name"));
        assertEquals("--set name: expected path=value", noEq.getMessage());
    }

    @Test
    void scalarParsesCommandLineValues() {
        Node d = TreePaths.scalar("0.5", "--set a=0.5");
        assertEquals(Tag.FLOAT, d.getTag());
        assertEquals("--set a=0.5", d.getStartMark().get().getName());
        assertEquals(Tag.BOOL, TreePaths.scalar("true", "s").getTag());
        assertEquals(Tag.STR, TreePaths.scalar("Rust", "s").getTag());
        assertEquals(2, ((SequenceNode) TreePaths.scalar("[a, b]", "s")).getValue().size());
        assertEquals(1, ((MappingNode) TreePaths.scalar("{x: 1}", "s")).getValue().size());
        ConfigException e = assertThrows(ConfigException.class, () -> TreePaths.scalar("[a, b", "--set a=[a, b"));
        assertEquals("--set a=[a, b", e.source());
        assertEquals(0, e.line());
        ConfigException tag = assertThrows(ConfigException.class, () -> TreePaths.scalar("!!binary eA==", "s"));
        assertTrue(tag.problem().contains("not allowed"));
    }
}
