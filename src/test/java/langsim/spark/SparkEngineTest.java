package langsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import langsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small sweep on Spark in local[2] mode writes exactly what the thread pool writes. */
class SparkEngineTest {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();

    static final String SWEEP = "name: tiny-spark\n"
            + "base_scenario: " + BASELINE + "\n"
            + "set:\n"
            + "  - agents.researchers.count=150\n"
            + "  - agents.systems_engineers.count=100\n"
            + "  - agents.firms.count=20\n"
            + "  - simulation.end_year=2029\n"
            + "  - simulation.ticks_per_year=4\n"
            + "  - agents.researchers.projects_per_year=2.5\n"
            + "  - agents.systems_engineers.projects_per_year=2.5\n"
            + "parameters:\n"
            + "  languages.Rust.learning_years: {min: 0.25, max: 3.0}\n"
            + "  layers.application.performance_need: {min: 0.1, max: 1.0}\n"
            + "  choice.ecosystem: {min: 0.1, max: 1.5}\n"
            + "design: saltelli\n"
            + "samples: 4\n"
            + "replications: 2\n"
            + "outputs: [verdict, application_share, foundation_share, dominant, foundation_year, application_share_2028]\n"
            + "seed: 7\n"
            + "analysis: {bootstrap: 100}\n";

    @Test
    void sparkLocalModeGivesTheThreadPoolsOutputs(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, SWEEP);
        Path threads = dir.resolve("threads");
        Path spark = dir.resolve("spark");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", threads.toString(), "-q"));
        assertEquals(0, Main.execute("sweep", f.toString(), "--engine", "spark", "--master", "local[2]",
                "--out", spark.toString(), "-q"));
        Map<String, byte[]> a = tree(threads);
        Map<String, byte[]> b = tree(spark);
        assertTrue(a.containsKey("runs.csv") && a.containsKey("report.html"));
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertTrue(java.util.Arrays.equals(a.get(k), b.get(k)), k + " differs");
        // the driver journaled every run, as the thread pool does
        assertEquals(Files.readAllLines(dir.resolve("threads.journal")).size(),
                Files.readAllLines(dir.resolve("spark.journal")).size());
    }

    @Test
    void tasksAreSmallBatchesSpreadOverTheSlots() {
        assertEquals(1, SparkEngine.slices(1, 8));
        assertEquals(8, SparkEngine.slices(40, 2));
        assertEquals(64, SparkEngine.slices(2048, 2));
        assertEquals(400, SparkEngine.slices(2048, 100));
        assertEquals(6250, SparkEngine.slices(200_000, 100));
    }

    @Test
    void onlyTheSparkPackageImportsSparkOrScala() throws IOException {
        // so that `java -jar langsim.jar` (no Spark on the classpath) never loads a Spark class for other commands
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/langsim"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (p.startsWith(Path.of("src/main/java/langsim/spark"))) continue;
                String text = Files.readString(p);
                assertTrue(!text.contains("import org.apache.spark") && !text.contains("import scala."), p + " refers to Spark");
            }
        }
    }

    static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
