package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import langsim.cli.CliTest.Outcome;
import langsim.cli.ProgressOptions.Mode;
import langsim.cli.ProgressOptions.Style;
import langsim.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, CLI and labelling: each rough edge asserted through the command line. */
class CliRoughEdgesTest {
    @TempDir
    Path dir;

    private static final String[] SMALL = {"--set", "agents.researchers.count=600", "--set", "agents.systems_engineers.count=400",
        "--set", "agents.firms.count=30", "--set", "simulation.end_year=2030", "--replications", "2", "--threads", "2"};

    private static String[] with(String... args) {
        return Stream.concat(Stream.of(args), Stream.of(SMALL)).toArray(String[]::new);
    }

    private static void oneLine(Outcome o, int code, String... mustContain) {
        assertEquals(code, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        for (String s : mustContain) assertTrue(o.err().contains(s), "'" + s + "' in: " + o.err());
    }

    @Test
    void noCommandPrintsTheUsageOnStderrAndExitsTwo() {
        Outcome o = CliTest.run();
        assertEquals(2, o.code());
        assertEquals("", o.out());
        assertTrue(o.err().startsWith("langsim: no command given"), o.err());
        assertTrue(o.err().contains("Usage: langsim"), o.err());
    }

    @Test
    void misspelledCommandsAndOptionsGetOneLineWithTheNearestName() {
        oneLine(CliTest.run("rn", "scenarios/baseline.yaml"), 2, "unknown command 'rn'", "did you mean 'run'?");
        oneLine(CliTest.run("run", "scenarios/baseline.yaml", "--replication", "3"), 2,
                "unknown option '--replication'", "did you mean '--replications'?");
        oneLine(CliTest.run("run", "scenarios/baseline.yaml", "--no-chart"), 2, "did you mean '--no-charts'?");
        oneLine(CliTest.run("verify", "--quite"), 2, "did you mean '--quiet'?");
        oneLine(CliTest.run("sweep", "x.yaml", "--resum"), 2, "did you mean '--resume'?");
        // nothing near: the commands are listed instead, still on one line
        oneLine(CliTest.run("frobnicate"), 2, "unknown command 'frobnicate'", "valid: run, bench");
    }

    @Test
    void replicationsAndSeedAreReportedAsTyped() {
        for (String n : List.of("0", "-2")) {
            Outcome o = CliTest.run("run", "scenarios/baseline.yaml", "--replications", n, "--out", dir.resolve("x").toString());
            oneLine(o, 2, "--replications " + n + ": must be at least 1");
            assertFalse(o.err().contains("--set"), o.err());
        }
        Outcome big = CliTest.run("run", "scenarios/baseline.yaml", "--replications", "200000", "--out", dir.resolve("x").toString());
        oneLine(big, 2, "--replications 200000: ", "100000");
        assertFalse(big.err().contains("--set"), big.err());
        oneLine(CliTest.run("run", "scenarios/baseline.yaml", "--seed", "x"), 2, "--seed");
        // a --set of the same field is still named as the --set
        oneLine(CliTest.run("run", "scenarios/baseline.yaml", "--set", "simulation.replications=0"), 2,
                "--set simulation.replications=0");
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aFailedVerifyCheckHasItsOwnExitCode() {
        String[] failing = {"verify", "bass", "--set", "steps=1", "--set", "N=2000", "--set", "runs=4", "--threads", "2"};
        Outcome o = CliTest.run(failing);
        assertEquals(Main.EXIT_CHECK_FAILED, o.code(), o.err());
        assertEquals(3, Main.EXIT_CHECK_FAILED);
        assertTrue(o.out().contains("verify: FAIL"), o.out());
        Outcome quiet = CliTest.run(Stream.concat(Stream.of(failing), Stream.of("-q")).toArray(String[]::new));
        assertEquals(3, quiet.code());
        assertEquals("", quiet.out());
        assertEquals("", quiet.err());
        // documented: in langsim --help, verify --help
        assertTrue(CliTest.run("--help").out().matches("(?s).*\\n  3 +a check failed.*"), CliTest.run("--help").out());
        assertTrue(CliTest.run("verify", "--help").out().matches("(?s).*\\n  3 +a check FAILED.*"));
        assertTrue(CliTest.run("verify", "--help").out().contains("-q, --quiet"));
    }

    @Test
    void debugSwitchAndProgressAreDocumentedInTheHelp() {
        String help = CliTest.run("--help").out();
        assertTrue(help.contains("LANGSIM_DEBUG"), help);
        assertTrue(help.contains("--progress"), help);
        for (String command : List.of("run", "sweep")) {
            String h = CliTest.run(command, "--help").out();
            assertTrue(h.contains("--progress=WHEN"), command + ": " + h);
        }
        assertTrue(CliTest.run("sweep", "--help").out().contains("--no-charts"));
    }

    @Test
    void progressIsDrawnInPlaceOnlyOnATerminal() {
        // auto: a redrawn line only where stderr is a terminal; plain lines where langsim cannot tell but a console exists
        assertEquals(Style.REDRAW, ProgressOptions.style(Mode.auto, true, true));
        assertEquals(Style.NONE, ProgressOptions.style(Mode.auto, false, true));  // 2>log with a console
        assertEquals(Style.NONE, ProgressOptions.style(Mode.auto, false, false));
        assertEquals(Style.LINES, ProgressOptions.style(Mode.auto, null, true));
        assertEquals(Style.NONE, ProgressOptions.style(Mode.auto, null, false));
        assertEquals(Style.LINES, ProgressOptions.style(Mode.always, false, false));
        assertEquals(Style.LINES, ProgressOptions.style(Mode.always, null, true));
        assertEquals(Style.REDRAW, ProgressOptions.style(Mode.always, true, true));
        assertEquals(Style.NONE, ProgressOptions.style(Mode.never, true, true));
        assertTrue(ProgressOptions.isTerminalDevice("/dev/pts/3"));
        assertTrue(ProgressOptions.isTerminalDevice("/dev/tty1"));
        assertFalse(ProgressOptions.isTerminalDevice("/tmp/log"));
        assertFalse(ProgressOptions.isTerminalDevice("pipe:[1234]"));
        assertFalse(ProgressOptions.isTerminalDevice("/dev/null"));
        // the test's stderr is not a terminal: auto prints nothing, always prints plain lines without carriage returns
        assertTrue(!Boolean.TRUE.equals(ProgressOptions.stderrIsTerminal()));
        Outcome auto = CliTest.run(with("run", "scenarios/baseline.yaml", "--out", dir.resolve("a").toString(), "--no-charts"));
        assertEquals(0, auto.code(), auto.err());
        assertEquals("", auto.err());
        Outcome always = CliTest.run(with("run", "scenarios/baseline.yaml", "--out", dir.resolve("b").toString(), "--no-charts",
                "--progress", "always"));
        assertEquals(0, always.code(), always.err());
        assertFalse(always.err().contains("\r"), always.err());
        assertTrue(always.err().contains("2/2 replications 100%"), always.err());
        assertTrue(always.err().lines().count() <= 11, always.err());
        Outcome never = CliTest.run(with("run", "scenarios/baseline.yaml", "--out", dir.resolve("c").toString(), "--no-charts",
                "--progress", "never"));
        assertEquals("", never.err());
        oneLine(CliTest.run("run", "scenarios/baseline.yaml", "--progress", "sometimes"), 2, "--progress", "auto, always, never");
    }

    @Test
    void sweepSkipsChartsOnRequest() throws Exception {
        Path work = dir.resolve("w");
        Files.createDirectories(work);
        for (String f : List.of("tiny.yaml", "tiny-sweep.yaml")) {
            Files.copy(BrokenInputCorpusTest.CORPUS.resolve("support").resolve(f), work.resolve(f));
        }
        Path out = dir.resolve("sweep");
        Outcome o = CliTest.run("sweep", work.resolve("tiny-sweep.yaml").toString(), "--out", out.toString(), "--threads", "1",
                "--no-charts", "-q");
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.out() + o.err());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.isRegularFile(out.resolve("runs.csv")));
        assertFalse(Files.exists(out.resolve("charts")));
    }

    @Test
    void resultsAreTitledWithTheirOverrides() throws Exception {
        Path out = dir.resolve("what-if");
        Outcome o = CliTest.run(with("run", "scenarios/baseline.yaml", "--seed", "3", "--out", out.toString()));
        assertEquals(0, o.code(), o.err());
        String title = "baseline (agents.researchers.count=600, agents.systems_engineers.count=400, agents.firms.count=30, "
                + "simulation.end_year=2030, --seed 3, --replications 2)";
        assertTrue(o.out().startsWith("Scenario " + title + ": 2 replications, 2025-2030\n"), o.out());
        JsonNode manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(title, manifest.get("label").asText());
        assertEquals("--seed 3", manifest.get("arguments").get(4).asText());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<title>langsim report: " + title + "</title>"), "report title");
        assertTrue(html.contains("<span class=\"name\">" + title + "</span>"));
        // the overrides are listed, visibly, before the verdict (not only in the collapsed manifest)
        int listed = html.indexOf("<li><code>--set agents.firms.count=30</code></li>");
        assertTrue(listed > 0 && listed < html.indexOf("id=\"verdict\"") && html.contains("<li><code>--replications 2</code></li>"));
        String svg = Files.readString(out.resolve("charts/adoption.svg"));
        assertTrue(svg.contains("scenario: baseline (agents.researchers.count=600"), "chart subtitle");

        // an unchanged scenario keeps its plain name
        Path plain = dir.resolve("plain");
        Outcome p = CliTest.run("run", dir.resolve("what-if/scenario.resolved.yaml").toString(), "--out", plain.toString(),
                "--no-charts", "--threads", "2");
        assertTrue(p.out().startsWith("Scenario baseline: 2 replications"), p.out());
        assertEquals("baseline", Json.mapper().readTree(plain.resolve("manifest.json").toFile()).get("label").asText());
        assertTrue(Files.readString(plain.resolve("report.html")).contains("no overrides"));
    }

    @Test
    void aLabelNamesTheResultsEverywhereAndSurvivesARebuild() throws Exception {
        Path out = dir.resolve("labelled");
        Outcome o = CliTest.run(with("run", "scenarios/baseline.yaml", "--label", "Rust learned in 9 months", "--out", out.toString()));
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("Rust learned in 9 months (scenario baseline; agents.researchers.count=600,"), o.out());
        assertEquals("Rust learned in 9 months", Json.mapper().readTree(out.resolve("manifest.json").toFile()).get("label").asText());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<span class=\"name\">Rust learned in 9 months</span>"));
        assertTrue(html.contains("<li><code>--replications 2</code></li>"));
        assertTrue(Files.readString(out.resolve("charts/talent.svg")).contains("Rust learned in 9 months"));
        // report DIR reads the label back from manifest.json: the same page
        assertEquals(0, CliTest.run("report", out.toString()).code());
        assertEquals(html, Files.readString(out.resolve("report.html")));
        oneLine(CliTest.run("run", "scenarios/baseline.yaml", "--label", " "), 2, "--label");
    }
}
