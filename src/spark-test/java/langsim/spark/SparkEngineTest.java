package langsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import langsim.cli.Main;
import langsim.sweep.SweepRunTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small sweep on Spark in local[2] mode writes exactly what the thread pool writes. */
class SparkEngineTest {
    static final String SWEEP = SweepRunTest.tinySweep("tiny-spark", "saltelli", 4, 2);

    @Test
    void sparkLocalModeGivesTheThreadPoolsOutputs(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, SWEEP);
        Path threads = dir.resolve("threads");
        Path spark = dir.resolve("spark");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", threads.toString(), "-q"));
        assertEquals(0, Main.execute("sweep", f.toString(), "--engine", "spark", "--master", "local[2]",
                "--out", spark.toString(), "-q"));
        Map<String, byte[]> a = SweepRunTest.sweepTree(threads);
        assertTrue(a.containsKey("runs.csv") && a.containsKey("report.html"));
        SweepRunTest.assertSameTree(a, SweepRunTest.sweepTree(spark));
        // the driver journaled every run, as the thread pool does
        assertEquals(Files.readAllLines(threads.resolve(SweepRunTest.JOURNAL)).size(),
                Files.readAllLines(spark.resolve(SweepRunTest.JOURNAL)).size());
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
        // so that the default build (no -Pspark) compiles without Spark and `java -jar langsim.jar` (no Spark on the
        // classpath) never loads a Spark class for other commands; the engine itself is in src/spark/java
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/langsim"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(p);
                assertTrue(!text.contains("import org.apache.spark") && !text.contains("import scala."), p + " refers to Spark");
            }
        }
    }
}
