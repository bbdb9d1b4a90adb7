package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import langsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** design: file, problem.json, design.csv and the one-line errors of distributions and design files. */
class SweepInteropTest {
    static final String RUST = "languages.Rust.learning_years";
    static final String NEED = "layers.application.performance_need";
    static final String FIRMS = "agents.firms.count";

    private static String fileSweep() {
        return SweepRunTest.tinySweep("fromfile", "file", 1, 2).replace("samples: 1\n", "design_file: points.csv\n");
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) out.add(line.split(",", -1));
        return out;
    }

    @Test
    void designFileRunsExactlyItsPoints(@TempDir Path dir) throws IOException {
        // columns in another order than the sweep file, as an external tool might write them
        String points = FIRMS + "," + NEED + "," + RUST + "\n"
                + "10,0.1,0.25\n"
                + "30,1,3\n"
                + "17,0.4375,1.3\n";
        Files.writeString(dir.resolve("points.csv"), points);
        Path f = SweepRunTest.write(dir, "s.yaml", fileSweep());
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", out.toString(), "-q"));

        List<String[]> runs = rows(out.resolve("runs.csv"));
        List<String> header = List.of(runs.get(0));
        int r = header.indexOf(RUST), n = header.indexOf(NEED), c = header.indexOf(FIRMS);
        assertEquals(1 + 3 * 2, runs.size(), "3 points x 2 replications");
        String[][] expected = {{"0.25", "0.1", "10"}, {"3", "1", "30"}, {"1.3", "0.4375", "17"}};
        for (int i = 1; i < runs.size(); i++) {
            String[] row = runs.get(i);
            int point = Integer.parseInt(row[1]);
            assertEquals((i - 1) / 2, point);
            assertEquals(expected[point][0], row[r]);
            assertEquals(expected[point][1], row[n]);
            assertEquals(expected[point][2], row[c]);
        }
        // design.csv holds the same points, in the sweep's parameter order, and reads back as a design file
        List<String[]> design = rows(out.resolve("design.csv"));
        assertEquals(List.of("point", RUST, NEED, FIRMS), List.of(design.get(0)));
        assertEquals(List.of("2", "1.3", "0.4375", "17"), List.of(design.get(3)));
        Files.copy(out.resolve("design.csv"), dir.resolve("points.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path again = dir.resolve("again");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", again.toString(), "-q"));
        assertEquals(Files.readString(out.resolve("runs.csv")), Files.readString(again.resolve("runs.csv")));
    }

    @Test
    void distributionsMapTheDesignAndAreExportedForSalib(@TempDir Path dir) throws IOException {
        String text = SweepRunTest.tinySweep("dists", "lhs", 40, 1)
                .replace(RUST + ": {min: 0.25, max: 3.0}", RUST + ": {distribution: normal, mean: 1.0, sd: 0.5, min: 0.25, max: 3.0}")
                .replace(NEED + ": {min: 0.1, max: 1.0}", NEED + ": {distribution: triangular, min: 0.1, mode: 0.8, max: 1.0}")
                .replace(FIRMS + ": {min: 10, max: 30}", FIRMS + ": {distribution: log_uniform, min: 10, max: 30}");
        Path f = SweepRunTest.write(dir, "s.yaml", text);
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", out.toString(), "-q", "--no-charts"));

        JsonNode problem = new ObjectMapper().readTree(out.resolve("problem.json").toFile());
        assertEquals(3, problem.get("num_vars").asInt());
        assertEquals(List.of(RUST, NEED, FIRMS), list(problem.get("names")));
        assertEquals(List.of("truncnorm", "triang", "unif"), list(problem.get("dists")));
        assertEquals(List.of("normal", "triangular", "log_uniform"), list(problem.get("langsim_dists")));
        assertEquals("[[0.25,3.0,1.0,0.5],[0.1,1.0,0.7777777777777778],[10.0,30.0]]", problem.get("bounds").toString());

        List<String[]> design = rows(out.resolve("design.csv"));
        assertEquals(41, design.size());
        double below = 0, aboveMode = 0;
        for (int i = 1; i < design.size(); i++) {
            double rust = Double.parseDouble(design.get(i)[1]);
            double need = Double.parseDouble(design.get(i)[2]);
            assertTrue(rust >= 0.25 && rust <= 3.0);
            assertTrue(need >= 0.1 && need <= 1.0);
            if (rust < 1.0) below++;
            if (need > 0.8) aboveMode++;
        }
        // truncated normal N(1, 0.5) on [0.25, 3]: P(X < 1) = (0.5 - 0.0668) / (0.99997 - 0.0668) = 0.464; LHS: within 1/40
        assertEquals(0.464, below / 40, 0.03);
        // triangular: P(X > mode) = (max - mode) / (max - min) = 0.2222
        assertEquals(0.2222, aboveMode / 40, 0.03);
    }

    private static List<String> list(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Runs the sweep command on text; returns stderr; asserts exit code 2 and a single line. */
    private static String refused(Path dir, String text) throws IOException {
        Path f = SweepRunTest.write(dir, "bad.yaml", text);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true));
            code = Main.execute("sweep", f.toString(), "--out", dir.resolve("out").toString(), "-q");
        } finally {
            System.setErr(old);
        }
        String e = err.toString().strip();
        assertEquals(2, code, e);
        assertEquals(1, e.lines().count(), e);
        return e;
    }

    private static String withRust(String spec) {
        return SweepRunTest.tinySweep("bad", "lhs", 8, 1).replace("{min: 0.25, max: 3.0}", spec);
    }

    @Test
    void badDistributionSpecsAreOneLineErrors(@TempDir Path dir) throws IOException {
        String at = "bad.yaml:12:";
        String p = "parameters." + RUST;
        String e = refused(dir, withRust("{distribution: normal, mean: 1, min: 0.25, max: 3.0}"));
        assertTrue(e.contains(at) && e.contains(p + ".distribution") || e.contains(p + ": missing required field 'sd'")
                || e.contains(p + ".sd"), e);
        assertTrue(e.contains("missing required field 'sd'"), e);

        e = refused(dir, withRust("{distribution: normal, mean: 1, sd: -1, min: 0.25, max: 3.0}"));
        assertTrue(e.contains(at) && e.contains(p + ".sd: sd must be a positive number"), e);

        e = refused(dir, withRust("{distribution: normal, mean: 100, sd: 1, min: 0.25, max: 3.0}"));
        assertTrue(e.contains(p + ".mean") && e.contains("almost no probability"), e);

        e = refused(dir, withRust("{distribution: triangular, mode: 5, min: 0.25, max: 3.0}"));
        assertTrue(e.contains(at) && e.contains(p + ".mode: mode 5.0 must lie in [min, max]"), e);

        e = refused(dir, withRust("{distribution: triangular, min: 0.25, max: 3.0}"));
        assertTrue(e.contains(p + ".mode: missing required field 'mode'"), e);

        e = refused(dir, withRust("{distribution: log_uniform, min: 0, max: 3.0}"));
        assertTrue(e.contains(p + ".min: a log_uniform distribution needs min > 0"), e);

        e = refused(dir, withRust("{distribution: gamma, min: 0.25, max: 3.0}"));
        assertTrue(e.contains(at) && e.contains(p + ".distribution: unknown value") && e.contains("log_uniform"), e);

        e = refused(dir, withRust("{distribution: normal, mean: 1, sd: 1, levels: [0.5, 1]}"));
        assertTrue(e.contains(p + ".distribution: levels are equally likely values"), e);

        e = refused(dir, withRust("{mean: 1, min: 0.25, max: 3.0}"));
        assertTrue(e.contains(p + ".mean: 'mean' is only used by the normal distribution"), e);

        e = refused(dir, withRust("{distribution: normal, mean: 1, sd: 1, min: 0.0, max: 3.0}"));
        assertTrue(e.contains(p) && e.contains("not valid in the scenario"), e);
    }

    @Test
    void badDesignFilesAreOneLineErrors(@TempDir Path dir) throws IOException {
        String e = refused(dir, SweepRunTest.tinySweep("bad", "file", 1, 1));
        assertTrue(e.contains("bad.yaml:") && e.contains("design_file: missing required field 'design_file'"), e);

        e = refused(dir, SweepRunTest.tinySweep("bad", "lhs", 8, 1) + "design_file: points.csv\n");
        assertTrue(e.contains("design_file: design_file is only read with design: file"), e);

        e = refused(dir, fileSweep());
        assertTrue(e.contains("bad.yaml:") && e.contains("design_file: no such file"), e);

        String head = RUST + "," + NEED + "," + FIRMS + "\n";
        Files.writeString(dir.resolve("points.csv"), head + "0.5,0.5,20\n0.5,1.5,20\n");
        e = refused(dir, fileSweep());
        assertTrue(e.contains("points.csv:3:5: " + NEED + ": value 1.5 is outside the parameter's range [0.1, 1]"), e);

        Files.writeString(dir.resolve("points.csv"), head + "0.5,abc,20\n");
        e = refused(dir, fileSweep());
        assertTrue(e.contains("points.csv:2:5: " + NEED + ": expected a number, got 'abc'"), e);

        Files.writeString(dir.resolve("points.csv"), RUST + "," + NEED + ",agents.firms.cont\n0.5,0.5,20\n");
        e = refused(dir, fileSweep());
        assertTrue(e.contains("points.csv:1:") && e.contains("unknown column 'agents.firms.cont'; did you mean '" + FIRMS + "'?"), e);

        Files.writeString(dir.resolve("points.csv"), RUST + "," + NEED + "\n0.5,0.5\n");
        e = refused(dir, fileSweep());
        assertTrue(e.contains("no column for the swept parameter '" + FIRMS + "'"), e);

        Files.writeString(dir.resolve("points.csv"), head);
        e = refused(dir, fileSweep());
        assertTrue(e.contains("no design points"), e);
    }
}
