package langsim.config;

import static langsim.config.TestModel.DEFAULTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import langsim.config.TestModel.Scenario;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {
    @Test
    void everyFieldPathHasARow() {
        String md = ConfigDocs.markdownReference(Scenario.class, DEFAULTS);
        List<String> paths = List.of("name", "settings", "settings.agents", "settings.seed", "settings.verbose",
                "settings.focus", "languages", "languages.<name>.performance", "languages.<name>.learning_years",
                "languages.<name>.tags", "layers", "layers.<name>.initial_share", "layers.<name>.inertia", "events",
                "events[].year", "events[].language", "events[].shock", "ecosystems", "aliases", "weights",
                "milestones");
        for (String p : paths) {
            assertTrue(md.contains("\n| " + p + " | "), "missing row for " + p + "\n" + md);
        }
        long rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Field")).count();
        assertEquals(paths.size(), rows, md);
        assertTrue(md.startsWith("| Field | Type | Default | Allowed | Description |\n|---|---|---|---|---|\n"));
    }

    @Test
    void rowsShowTypeDefaultRangeAndDoc() {
        String md = ConfigDocs.markdownReference(Scenario.class, DEFAULTS);
        assertTrue(md.contains("| settings.agents | integer | `100` | >= 1 | Number of agents |"), md);
        assertTrue(md.contains("| languages.<name>.performance | number | `Rust: 1.5, Python: 0.2` | >= 0 "
                + "| Relative runtime performance |"), md);
        assertTrue(md.contains("| settings.focus | enum | `application` | one of: application, model_serving, "
                + "kernel |"), md);
        assertTrue(md.contains("| layers.<name>.initial_share | map<string, number> | "
                + "`application: {Python: 0.7, Rust: 0.3}` | values sum to 1 |"), md);
        assertTrue(md.contains("| events[].shock | number |  | in (0, 1] |"), md);
        assertTrue(md.contains("| languages | map<string, mapping> | `{Rust, Python}` | non-empty |"), md);
        assertEquals(md, ConfigDocs.markdownReference(Scenario.class, DEFAULTS), "deterministic");
        // works without defaults
        assertTrue(ConfigDocs.markdownReference(Scenario.class, null).contains("| events[].year | integer |  |"));
    }
}
