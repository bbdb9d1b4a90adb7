package langsim.config;

import static langsim.config.TestModel.DEFAULTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import langsim.config.TestModel.Event;
import langsim.config.TestModel.Scenario;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Node;

/** A record field by path: resolved like the written-out tree, applied in place with the binder's checks. */
class RecordPathTest {
    private static final String BASE = "<base>";

    private static RecordPath path(String p) {
        return RecordPath.resolve(DEFAULTS, p, "test");
    }

    private static RecordPath.Change set(String assignment) {
        int eq = assignment.indexOf('=');
        String source = TreePaths.SET_SOURCE + assignment;
        return RecordPath.Change.parsed(assignment.substring(0, eq), TreePaths.scalar(assignment.substring(eq + 1), source), source);
    }

    private static Scenario apply(RecordPath.Change... changes) {
        return RecordPath.apply(DEFAULTS, List.of(changes), BASE);
    }

    @Test
    void resolvingReadsAsNavigatingTheWrittenTree() {
        Node tree = RecordWriter.toNode(DEFAULTS, "test");
        List<String> paths = List.of("languages.Rust.learning_years", "events[0].year", "settings.agents", "settings.seed",
                "settings.focus", "weights[1]", "milestones[0]", "layers.application.initial_share.Rust", "aliases.py",
                "languages.Rsut.x", "languages.Rust.learnig_years", "events[5].year", "events.year", "settings.agents.x",
                "layers.application.initial_share.Go", "layers.kernel", "weights[2]", "nme", "", "languages..x",
                "ecosystems.Rust[0]", "ecosystems.Rust[1]", "name[0]");
        for (String p : paths) {
            ConfigException old = null;
            Node node = null;
            try {
                node = OldRoute.get(tree, p, "test");
            } catch (ConfigException e) {
                old = e;
            }
            if (old != null) {
                ConfigException now = assertThrows(ConfigException.class, () -> path(p), p);
                assertEquals(old.getMessage(), now.getMessage(), p);
            } else {
                assertEquals(OldRoute.isNumber(node), path(p).numeric(), p);
            }
        }
    }

    @Test
    void unknownSegmentIsNamedWithTheNearestKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> path("languages.Rsut.x"));
        assertTrue(e.problem().startsWith("unknown key 'Rsut'; did you mean 'Rust'?"), e.problem());
        assertEquals("languages.Rsut", e.path());
        ConfigException key = assertThrows(ConfigException.class,
                () -> apply(set("languages.Rust.learnig_years=3")));
        assertEquals("--set languages.Rust.learnig_years=3: languages.Rust.learnig_years: unknown key "
                + "'learnig_years'; did you mean 'learning_years'? (in 'languages.Rust')", key.getMessage());
        ConfigException idx = assertThrows(ConfigException.class, () -> apply(set("events[5].year=1")));
        assertTrue(idx.problem().contains("out of range"), idx.getMessage());
    }

    @Test
    void typeOfTheField() {
        assertTrue(path("languages.Rust.learning_years").numeric());
        assertFalse(path("languages.Rust.learning_years").integer());
        assertTrue(path("settings.agents").integer());
        assertTrue(path("settings.seed").integer());
        assertTrue(path("weights[0]").numeric());
        assertTrue(path("layers.application.initial_share.Python").numeric());
        assertFalse(path("settings.verbose").numeric());
        assertFalse(path("settings.focus").numeric());
        assertFalse(path("languages.Rust").numeric());
        assertEquals(0.7, path("layers.application.initial_share.Python").number(DEFAULTS));
        assertEquals("events[0].year", path(" events[0].year ").path());
    }

    @Test
    void changesCopyOnlyWhatIsOnThePath() {
        Scenario s = apply(RecordPath.Change.to(path("languages.Rust.learning_years"), 7),
                set("settings.focus=kernel"),
                set("events[0]={year: 2050, language: Go, shock: 0.1}"),
                set("layers.application.initial_share={Rust: 1}"));
        assertEquals(7.0, s.languages().get("Rust").learningYears());
        assertEquals(TestModel.Layer.KERNEL, s.settings().focus());
        assertEquals(List.of(new Event(2050, "Go", 0.1)), s.events());
        assertEquals(Map.of("Rust", 1.0), s.layers().get("application").initialShare());
        // untouched parts are shared, the original is untouched, the map keeps its order
        assertSame(DEFAULTS.languages().get("Python"), s.languages().get("Python"));
        assertSame(DEFAULTS.languages().get("Rust").tags(), s.languages().get("Rust").tags());
        assertSame(DEFAULTS.weights(), s.weights());
        assertNotSame(DEFAULTS.languages(), s.languages());
        assertEquals(List.of("Rust", "Python"), List.copyOf(s.languages().keySet()));
        assertEquals(2.0, DEFAULTS.languages().get("Rust").learningYears());
        // the same changes through the written-out tree give the same record
        assertEquals(OldRoute.override(DEFAULTS, List.of("languages.Rust.learning_years=7", "settings.focus=kernel",
                "events[0]={year: 2050, language: Go, shock: 0.1}", "layers.application.initial_share={Rust: 1}")), s);
    }

    @Test
    void typedNumbersFailAsTheirTextWould() {
        for (String a : List.of("languages.Rust.performance=-1.0", "settings.agents=0", "events[0].shock=0.0",
                "settings.agents=3000000000", "weights[1]=-2.0", "events[0].year=1999")) {
            int eq = a.indexOf('=');
            RecordPath p = path(a.substring(0, eq));
            double v = Double.parseDouble(a.substring(eq + 1));
            ConfigException typed = assertThrows(ConfigException.class, () -> apply(RecordPath.Change.to(p, v)), a);
            ConfigException text = assertThrows(ConfigException.class, () -> OldRoute.override(DEFAULTS, List.of(a)), a);
            assertEquals(text.getMessage(), typed.getMessage(), a);
        }
        ConfigException half = assertThrows(ConfigException.class,
                () -> apply(RecordPath.Change.to(path("settings.agents"), 2.5, "event in 2030")));
        assertEquals("event in 2030: settings.agents: expected an integer, got '2.5'", half.getMessage());
        ConfigException inf = assertThrows(ConfigException.class,
                () -> apply(RecordPath.Change.to(path("languages.Rust.performance"), Double.POSITIVE_INFINITY, "e")));
        assertEquals("e: languages.Rust.performance: expected a number, got 'Infinity'", inf.getMessage());
    }

    @Test
    void setValuesBindAsInAFile() {
        ConfigException e = assertThrows(ConfigException.class, () -> apply(set("languages.Rust.learning_years=abc")));
        assertEquals("--set languages.Rust.learning_years=abc: languages.Rust.learning_years: expected a number, got 'abc'",
                e.getMessage());
        ConfigException k = assertThrows(ConfigException.class, () -> apply(set("settings={agents: 5, sede: 1}")));
        assertEquals("--set settings={agents: 5, sede: 1}: settings.sede: unknown key 'sede'; did you mean 'seed'?",
                k.getMessage());
        ConfigException empty = assertThrows(ConfigException.class, () -> apply(set("name=''")));
        assertEquals("--set name='': name: must not be empty", empty.getMessage());
    }

    @Test
    void aChangeInsideAnotherPartIsNamedByThePart() {
        // one share changed: the map no longer sums to 1; the map itself was not written by the --set
        ConfigException e = assertThrows(ConfigException.class,
                () -> apply(set("layers.application.initial_share.Python=0.6")));
        assertEquals(BASE + ": layers.application.initial_share: values must sum to 1, but they sum to 0.8999999999999999",
                e.getMessage());
        // both shares changed together: valid, whatever the order
        Scenario s = apply(set("layers.application.initial_share.Python=0.6"), set("layers.application.initial_share.Rust=0.4"));
        assertEquals(Map.of("Python", 0.6, "Rust", 0.4), s.layers().get("application").initialShare());
        // a cross-field check of the root names the --set that wrote the field it is about
        ConfigException root = assertThrows(ConfigException.class,
                () -> apply(set("layers.application.initial_share={Go: 1}")));
        assertEquals("--set layers.application.initial_share={Go: 1}: layers.application.initial_share.Go: unknown language 'Go'",
                root.getMessage());
    }

    @Test
    void crossFieldChecksRunOnTheRecordsAlongThePathOnly() {
        TestModel.Share.SEEN_PATHS.clear();
        apply(set("settings.agents=5"));
        assertEquals(List.of(), TestModel.Share.SEEN_PATHS);
        apply(set("layers.application.inertia=0.2"));
        assertEquals(List.of("layers.application"), TestModel.Share.SEEN_PATHS);
        ConfigException e = assertThrows(ConfigException.class,
                () -> apply(set("layers.application.initial_share={Rust: 1}"), set("layers.application.inertia=0.99")));
        assertEquals("--set layers.application.inertia=0.99: layers.application.inertia: inertia above 0.95 needs at least"
                + " two languages", e.getMessage());
    }
}
