package langsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import langsim.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioValidationTest {
    @TempDir
    Path dir;

    private static ConfigException error(String yaml) {
        return assertThrows(ConfigException.class, () -> ScenarioLoader.parse(yaml, "bad.yaml", List.of()));
    }

    @Test
    void defaultsAreTheShippedBaselineAndValid() throws Exception {
        Scenario fromFile = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of());
        assertEquals(ScenarioLoader.defaults(), fromFile);
        assertEquals(List.of("Python", "Rust", "C++"), fromFile.languageNames());
        assertEquals(List.of("research", "application", "serving", "foundation", "edge"), fromFile.layerNames());
    }

    @Test
    void shippedScenariosLoad() throws Exception {
        try (var files = Files.list(Path.of("scenarios"))) {
            List<Path> yamls = files.filter(p -> p.toString().endsWith(".yaml")).toList();
            assertTrue(yamls.size() >= 4, "baseline and three contrasting scenarios");
            for (Path p : yamls) ScenarioLoader.load(p, List.of());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key with suggestion | simulation:\\n  end_yaer: 2040                         | simulation.end_yaer                        | 2 | did you mean 'end_year'
            wrong type                  | simulation:\\n  end_year: soon                         | simulation.end_year                        | 2 | expected
            out of range                | agents:\\n  firms:\\n    migration_fraction: 1.5       | agents.firms.migration_fraction            | 3 | 1.5
            shares not summing to one   | layers:\\n  edge:\\n    initial_installed_share: {Python: 0.5, Rust: 0.2} | layers.edge.initial_installed_share | 3 | 0.7
            end before start            | simulation:\\n  start_year: 2030\\n  end_year: 2020    | simulation.end_year                        | 3 | before start year
            unknown language in share   | layers:\\n  edge:\\n    initial_ecosystem: {Go: 10}    | layers.edge.initial_ecosystem.Go           | 3 | unknown language 'Go'
            verdict for unknown language| verdict:\\n  language: Zig                             | verdict.language                           | 2 | unknown language 'Zig'
            layer threshold, no layer   | verdict:\\n  layer_thresholds: {mobile: 0.5}         | verdict.layer_thresholds.mobile            | 2 | unknown layer 'mobile'
            layer threshold above one   | verdict:\\n  layer_thresholds: {edge: 1.5}           | verdict.layer_thresholds.edge              | 2 | 1.5
            event boosting unknown lang | events:\\n  - year: 2030\\n    boost_ecosystem: {research.Zig: 0.1} | events[0].boost_ecosystem         | 3 | unknown language 'Zig'
            event on unknown parameter  | events:\\n  - year: 2030\\n    set: {languages.Rust.learnng_years: 1} | events[0].set.languages.Rust.learnng_years | 3 | learning_years
            event on unknown language   | events:\\n  - year: 2030\\n    multiply: {languages.Go.learning_years: 0.5} | events[0].multiply.languages.Go.learning_years | 3 | unknown key 'Go'
            event value out of range    | events:\\n  - year: 2030\\n    multiply: {languages.Rust.performance: 3} | events[0].multiply.languages.Rust.performance | 3 | performance
            event outside the years     | events:\\n  - year: 2090                               | events[0].year                             | 2 | outside
            duplicate key               | name: a\\nname: b                                      | name                                       | 2 | duplicate
            odd network degree          | network:\\n  mean_degree: 7                            | network.mean_degree                        | 2 | even
            """)
    void invalidScenariosNameTheFieldAndLine(String what, String yaml, String path, int line, String hint) {
        ConfigException e = error(yaml.replace("\\n", "\n"));
        assertEquals("bad.yaml", e.source(), what);
        assertTrue(e.path().startsWith(path), what + ": path " + e.path());
        assertEquals(line, e.line(), what + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(hint), what + ": " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void emptyAndBinaryFilesAreRejected() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        assertTrue(assertThrows(ConfigException.class, () -> ScenarioLoader.load(empty, List.of())).getMessage().contains("empty"));
        Path binary = Files.write(dir.resolve("image.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe});
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioLoader.load(binary, List.of()));
        assertTrue(e.getMessage().startsWith(binary.toString()), e.getMessage());
        Path missing = dir.resolve("missing.yaml");
        assertTrue(assertThrows(ConfigException.class, () -> ScenarioLoader.load(missing, List.of())).getMessage().contains("not found"));
    }

    @Test
    void overridesReachAnyFieldAndAreValidated() {
        Scenario s = ScenarioLoader.override(ScenarioLoader.defaults(), List.of("languages.Rust.learning_years=0.75", "simulation.seed=9"));
        assertEquals(0.75, s.languages().get("Rust").learningYears());
        assertEquals(9, s.simulation().seed());
        ConfigException bad = assertThrows(ConfigException.class,
                () -> ScenarioLoader.override(ScenarioLoader.defaults(), List.of("languages.Rust.learning_yers=1")));
        assertTrue(bad.getMessage().startsWith("--set languages.Rust.learning_yers=1"), bad.getMessage());
        assertTrue(bad.getMessage().contains("learning_years"), bad.getMessage());
        ConfigException range = assertThrows(ConfigException.class,
                () -> ScenarioLoader.override(ScenarioLoader.defaults(), List.of("simulation.ticks_per_year=0")));
        assertTrue(range.getMessage().contains("simulation.ticks_per_year"), range.getMessage());
    }

    @Test
    void eventsApplyTheirChangesToTheScenario() {
        Scenario s = ScenarioLoader.parse("""
                events:
                  - year: 2028
                    multiply: {languages.Rust.learning_years: 0.5}
                    set: {layers.edge.work_growth: 0.3}
                """, "e.yaml", List.of());
        Scenario after = Events.apply(s, s.events().get(0));
        assertEquals(0.5 * s.languages().get("Rust").learningYears(), after.languages().get("Rust").learningYears(), 1e-12);
        assertEquals(0.3, after.layers().get("edge").workGrowth(), 1e-12);
        assertEquals(s.languages().get("Python"), after.languages().get("Python"));
    }

    @Test
    void resolvedScenarioRoundTrips() {
        Scenario s = ScenarioLoader.parse("name: 'x #y'\nsimulation: {seed: 5}\n", "r.yaml", List.of());
        String yaml = langsim.config.RecordWriter.toYaml(s, "resolved");
        Scenario again = langsim.config.RecordBinder.bind(langsim.config.YamlLoader.parse(yaml, "resolved.yaml"), Scenario.class, null);
        assertEquals(s, again);
    }
}
