package langsim.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import langsim.experiment.Experiment;
import langsim.experiment.ExperimentResult;
import langsim.output.AtomicResults;
import langsim.output.RunOutputs;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;

/**
 * A small results folder (3 replications of a tiny world over 6 years) from a hostile scenario: its name breaks out
 * of an HTML attribute (it is a valid folder name), its description and event label are HTML. Made once per test
 * JVM with the same code as {@code langsim run}; tests copy it.
 */
public final class TestResults {
    public static final String HOSTILE_NAME = "x' onmouseover='alert(1)' & y";
    public static final String HOSTILE_EVENT = "</pre><img src=x onerror=alert(2)> & \"quotes\"";
    public static final String YAML = """
            name: "x' onmouseover='alert(1)' & y"
            description: "A tiny world for tests <b>bold</b> & friends <script>alert(1)</script>"
            simulation: {start_year: 2025, end_year: 2030, ticks_per_year: 6, replications: 3, seed: 42}
            agents:
              researchers: {count: 300}
              systems_engineers: {count: 200}
              firms: {count: 20}
            events:
              - year: 2028
                label: "</pre><img src=x onerror=alert(2)> & \\"quotes\\""
                multiply: {languages.Rust.learning_years: 0.5}
            """;

    private static Path master;

    private TestResults() {
    }

    public static Scenario scenario() {
        return ScenarioLoader.parse(YAML, "test.yaml", List.of());
    }

    /** Writes the scenario YAML to a file in {@code dir} and returns its path. */
    public static Path scenarioFile(Path dir) throws IOException {
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, YAML);
        return file;
    }

    /** A fresh copy of the results folder (without charts or report) under {@code parent}. */
    public static synchronized Path copyTo(Path parent) throws IOException {
        if (master == null) master = make();
        Path target = parent.resolve("results");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(master)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, target.resolve(f.getFileName()));
        }
        return target;
    }

    private static Path make() throws IOException {
        Path root = Files.createTempDirectory("langsim-test-results");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
        Scenario scenario = scenario();
        ExperimentResult result = Experiment.run(scenario, 2, k -> { });
        Path dir = root.resolve("master");
        try (AtomicResults out = AtomicResults.create(dir)) {
            RunOutputs.write(out, result, "test.yaml", "0".repeat(64), List.of(), 2, Instant.parse("2025-01-01T00:00:00Z"), 1.0);
            out.commit();
        }
        return dir;
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
