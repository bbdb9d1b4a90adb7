package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import langsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default build has no Spark engine: {@code --engine spark} is a one-line bad-input error, not a crash. */
class EnginesTest {
    static boolean sparkBuiltIn() {
        try {
            Class.forName(Engines.SPARK_ENGINE, false, EnginesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Test
    void sparkEngineWithoutSparkSupportIsOneLineExitTwo(@TempDir Path dir) throws IOException {
        assumeTrue(!sparkBuiltIn(), "built with -Pspark: SparkEngineTest covers the engine");
        Path f = SweepRunTest.write(dir, "tiny.yaml", SweepRunTest.tinySweep("tiny", "saltelli", 4, 1));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute("sweep", f.toString(), "--out", dir.resolve("out").toString(), "-q",
                    "--engine", "spark");
        } finally {
            System.setErr(old);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, text);
        assertEquals(1, text.strip().lines().count(), text);
        assertTrue(text.contains("--engine spark") && text.contains("without Spark support")
                && text.contains("mvn -Pspark package") && text.contains("scripts/spark/langsim-spark"), text);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
}
