package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import langsim.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static final String[] SMALL = {"--set", "agents.researchers.count=600", "--set", "agents.systems_engineers.count=400",
        "--set", "agents.firms.count=30", "--set", "simulation.end_year=2030", "--replications", "2"};

    private static String[] with(String... args) {
        return Stream.concat(Stream.of(args), Stream.of(SMALL)).toArray(String[]::new);
    }

    @Test
    void runWritesAllOutputsAndPrintsTheVerdict() throws Exception {
        Path out = dir.resolve("res");
        Outcome o = run(with("run", "scenarios/baseline.yaml", "--out", out.toString(), "--seed", "3"));
        assertEquals(0, o.code(), o.err());
        for (String f : List.of("timeseries.csv", "summary.json", "manifest.json", "scenario.resolved.yaml")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        String verdict = summary.get("verdict").asText();
        assertTrue(List.of("dominant", "foundation-layer", "niche").contains(verdict));
        assertTrue(o.out().contains("Verdict: Rust is"), o.out());
        for (String layer : List.of("research", "application", "serving", "foundation", "edge")) {
            assertTrue(summary.path("layers").path(layer).path("share").path("mean").isNumber(), layer);
            assertTrue(o.out().contains("\n  " + layer + ": Rust "), layer + " line: " + o.out());
        }
        JsonNode manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("3", manifest.get("master_seed").asText(), "the master seed as text");
        assertEquals(2, manifest.get("seeds").size());
        assertEquals(64, manifest.get("scenario_sha256").asText().length());

        // the resolved scenario repeats the run exactly
        Path again = dir.resolve("again");
        assertEquals(0, run("run", out.resolve("scenario.resolved.yaml").toString(), "--out", again.toString(), "-q").code());
        assertEquals(Files.readString(out.resolve("timeseries.csv")), Files.readString(again.resolve("timeseries.csv")));
        assertEquals(Files.readString(out.resolve("summary.json")), Files.readString(again.resolve("summary.json")));
    }

    @Test
    void badScenarioGivesOneLineExitTwoAndNoResults() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\nsimulation:\n  end_year: 1800\n");
        Path out = dir.resolve("never");
        Outcome o = run("run", bad.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("bad.yaml:3:13: simulation.end_year"), o.err());
        assertFalse(Files.exists(out));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "nothing but the scenario file");
        }
    }

    @Test
    void badFlagsAndMissingFilesExitTwoWithoutStackTraces() {
        for (String[] args : List.of(new String[] {"run", "scenarios/baseline.yaml", "--frobnicate"},
                new String[] {"run", "no-such-file.yaml"}, new String[] {"run", "scenarios/baseline.yaml", "--threads", "0"},
                new String[] {"run", "scenarios/baseline.yaml", "--replications", "many"},
                new String[] {"run", "scenarios/baseline.yaml", "--set", "nope=1"})) {
            Outcome o = run(args);
            assertEquals(2, o.code(), String.join(" ", args) + ": " + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertFalse(o.err().contains("Exception"), o.err());
        }
    }

    @Test
    void helpExplainsTheOptions() {
        Outcome o = run("run", "--help");
        assertEquals(0, o.code());
        for (String opt : List.of("--set", "--seed", "--replications", "--out", "--threads")) assertTrue(o.out().contains(opt), opt);
    }

    @Test
    void everyCommandsHelpFormatsCleanly() {
        // picocli reports a help text it cannot format on System.err, not on the command line's writers
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream tracer = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(tracer, true));
        try {
            for (String command : List.of("run", "compare", "sweep", "calibrate", "verify", "report", "bench", "sensitivity", "gui", "fields")) {
                Outcome o = run(command, "--help");
                assertEquals(0, o.code(), command);
                assertFalse((o.out() + o.err() + tracer).contains("WARN"), command + " --help: " + o.err() + tracer);
                assertTrue(o.out().contains("Usage: langsim " + command), command);
            }
        } finally {
            System.setErr(realErr);
        }
    }
}
