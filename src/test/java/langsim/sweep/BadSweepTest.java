package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import langsim.cli.Main;
import langsim.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadSweepTest {
    private static ConfigException error(Path dir, String text) throws IOException {
        Path f = SweepRunTest.write(dir, "bad.yaml", text);
        return assertThrows(ConfigException.class, () -> SweepLoader.load(f, 100_000));
    }

    @Test
    void unknownKeyNamesFileLineAndSuggestion(@TempDir Path dir) throws IOException {
        String text = SweepRunTest.tinySweep("bad", "lhs", 8, 1).replace("replications:", "replicatons:");
        ConfigException e = error(dir, text);
        assertTrue(e.getMessage().contains("bad.yaml:"), e.getMessage());
        assertEquals(17, e.line());
        assertEquals("replicatons", e.path());
        assertTrue(e.getMessage().contains("did you mean 'replications'?"), e.getMessage());

        ConfigException p = error(dir, SweepRunTest.tinySweep("bad", "lhs", 8, 1).replace("{min: 0.25, max: 3.0}", "{min: 0.25, maks: 3.0}"));
        assertTrue(p.getMessage().contains("parameters.languages.Rust.learning_years.maks"), p.getMessage());
        assertTrue(p.getMessage().contains("did you mean 'max'?"), p.getMessage());
    }

    @Test
    void unknownParameterPathIsLocated(@TempDir Path dir) throws IOException {
        String text = SweepRunTest.tinySweep("bad", "lhs", 8, 1).replace("languages.Rust.learning_years", "languages.Rust.learning_yeras");
        ConfigException e = error(dir, text);
        assertEquals(12, e.line());
        assertEquals("parameters.languages.Rust.learning_yeras", e.path());
        assertTrue(e.getMessage().contains("unknown scenario path") && e.getMessage().contains("learning_years"), e.getMessage());

        ConfigException lang = error(dir, SweepRunTest.tinySweep("bad", "lhs", 8, 1).replace("languages.Rust.learning_years", "languages.Haskell.learning_years"));
        assertTrue(lang.getMessage().contains("unknown scenario path"), lang.getMessage());

        ConfigException range = error(dir, SweepRunTest.tinySweep("bad", "lhs", 8, 1).replace("{min: 0.25, max: 3.0}", "{min: 0.0, max: 3.0}"));
        assertTrue(range.getMessage().contains("parameters.languages.Rust.learning_years") && range.getMessage().contains("not valid"),
                range.getMessage());

        ConfigException notNumber = error(dir, SweepRunTest.tinySweep("bad", "lhs", 8, 1).replace("languages.Rust.learning_years", "algorithms.first_language"));
        assertTrue(notNumber.getMessage().contains("not a numeric scenario field"), notNumber.getMessage());

        ConfigException output = error(dir, SweepRunTest.tinySweep("bad", "lhs", 8, 1).replace("foundation_year]", "foundation_yaer]"));
        assertTrue(output.getMessage().contains("outputs[4]") && output.getMessage().contains("did you mean 'foundation_year'"),
                output.getMessage());
    }

    @Test
    void outOfRangeDesignSize(@TempDir Path dir) throws IOException {
        ConfigException e = error(dir, SweepRunTest.tinySweep("bad", "lhs", 0, 1).replace("samples: 0", "samples: -5"));
        assertEquals("samples", e.path());
        assertTrue(e.getMessage().contains("bad.yaml:") && e.line() > 0, e.getMessage());
        ConfigException s = error(dir, SweepRunTest.tinySweep("bad", "saltelli", 2, 1));
        assertTrue(s.getMessage().contains("saltelli needs at least 4 base rows"), s.getMessage());
        ConfigException r = error(dir, SweepRunTest.tinySweep("bad", "lhs", 8, 0));
        assertEquals("replications", r.path());
        ConfigException d = error(dir, SweepRunTest.tinySweep("bad", "latin", 8, 1));
        assertTrue(d.getMessage().contains("allowed values"), d.getMessage());
    }

    @Test
    void maxRunsGuardStopsBeforeStarting(@TempDir Path dir) throws IOException {
        Path f = SweepRunTest.write(dir, "big.yaml", SweepRunTest.tinySweep("big", "saltelli", 1000, 3));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true));
            code = Main.execute("sweep", f.toString(), "--out", dir.resolve("out").toString(), "--max-runs", "1000");
        } finally {
            System.setErr(old);
        }
        assertEquals(2, code);
        assertTrue(err.toString().contains("needs 15000 runs") && err.toString().contains("--max-runs 1000"), err.toString());
        assertFalse(Files.exists(dir.resolve("out")));
        assertFalse(Files.exists(dir.resolve("out").resolve(SweepRunTest.JOURNAL)), "nothing started");
    }

    @Test
    void sensitivityCommandWritesTidyIshigamiTable(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("ish");
        assertEquals(0, Main.execute("sensitivity", "--test-function", "ishigami", "--samples", "256", "--seed", "3",
                "--out", out.toString(), "-q"));
        String csv = Files.readString(out.resolve("sensitivity.csv"));
        assertTrue(csv.startsWith("output,parameter,method,index,value,ci_low,ci_high,note\n"));
        for (String p : new String[] {"x1", "x2", "x3"}) {
            assertTrue(csv.contains("ishigami," + p + ",sobol,S1,"));
            assertTrue(csv.contains("ishigami," + p + ",sobol,ST,"));
        }
        assertEquals(2, Main.execute("sensitivity", "--test-function", "rosenbrock", "--out", out.toString(), "-q"));
    }
}
