package langsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import langsim.chart.TestResults;
import langsim.cli.Main;
import langsim.config.ConfigException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    static Path tmp;
    static Path dir;
    static String html;
    static Report.Result first;

    @BeforeAll
    static void generate() throws Exception {
        dir = TestResults.copyTo(tmp);
        first = Report.generate(dir, true);
        html = Files.readString(dir.resolve("report.html"));
    }

    @Test
    void showsTheVerdictAndCrossingsAtTheTop() throws Exception {
        var summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        String verdict = summary.path("verdict").asText();
        int at = html.indexOf("id=\"verdict\"");
        assertTrue(at > 0 && at < html.indexOf("id=\"charts\""), "verdict before the charts");
        assertTrue(html.contains("is <strong class=\"word\">" + verdict + "</strong>"), "verdict " + verdict);
        assertTrue(html.contains("<td>dominance</td>") && html.contains("<td>foundation</td>"), "threshold rows");
        assertTrue(html.contains("id=\"final-shares\""));
        for (String layer : TestResults.scenario().layerNames()) assertTrue(html.contains("<tr><th>" + layer), layer);
    }

    @Test
    void showsEachLayersVerdictUnderTheCombinedOne() throws Exception {
        var layers = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).path("layers");
        String verdictSection = html.substring(html.indexOf("id=\"verdict\""), html.indexOf("id=\"final-shares\""));
        assertTrue(verdictSection.contains("<table class=\"layer-verdicts\">"), "per-layer table in the verdict section");
        for (String layer : TestResults.scenario().layerNames()) {
            String outcome = layers.path(layer).path("leads").asBoolean() ? "<b>leads</b>" : "does not lead";
            assertTrue(verdictSection.contains("<tr><th>" + layer + "</th><td>" + outcome + "</td>"), layer);
        }
        assertTrue(html.contains("<th>Layers led</th>"), "per-replication column");
    }

    @Test
    void summariesWithoutLayerVerdictsStillRender() throws Exception {
        var summary = (ObjectNode) new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        summary.remove("layers");
        for (var r : summary.path("per_replication")) ((ObjectNode) r).remove("layers");
        String old = ReportHtml.render(TestResults.scenario(), summary, "{}", "", List.of(), false);
        assertTrue(old.contains("id=\"verdict\""));
        assertFalse(old.contains("layer-verdicts"));
    }

    @Test
    void escapesEveryScenarioString() {
        assertFalse(html.contains(TestResults.HOSTILE_NAME), "raw scenario name");
        assertFalse(html.contains("<img src=x"), "raw event label");
        assertFalse(html.contains("<b>bold</b>"), "raw description");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;/pre&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot;"));
        // only our own markup: no script element, no event handler attribute
        assertFalse(html.toLowerCase().contains("<script"));
        assertFalse(html.matches("(?s).*<[^>]*\\sonerror=.*"));
    }

    @Test
    void isSelfContained() {
        assertEquals(4, first.charts());
        assertEquals(4, html.split("src=\"data:image/png;base64,", -1).length - 1, "four embedded charts");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src=\"//"), "no network");
        assertTrue(html.contains("<pre>"), "resolved scenario and manifest included");
        assertTrue(html.contains("master_seed"), "manifest included");
        assertTrue(html.contains("learning_years"), "resolved scenario included");
    }

    @Test
    void reportCommandRegeneratesInPlaceWithTheSameBytes() throws Exception {
        Path copy = TestResults.copyTo(Files.createDirectory(tmp.resolve("again")));
        assertEquals(0, Main.execute("report", copy.toString(), "--quiet"));
        byte[] html1 = Files.readAllBytes(copy.resolve("report.html"));
        byte[] png1 = Files.readAllBytes(copy.resolve("charts/adoption.png"));
        Files.delete(copy.resolve("charts/talent.svg"));
        Files.writeString(copy.resolve("report.html"), "stale");
        assertEquals(0, Main.execute("report", copy.toString(), "--quiet"));
        assertTrue(Files.exists(copy.resolve("charts/talent.svg")));
        assertEquals(new String(html1, StandardCharsets.UTF_8), Files.readString(copy.resolve("report.html")));
        assertTrue(java.util.Arrays.equals(png1, Files.readAllBytes(copy.resolve("charts/adoption.png"))));
        assertEquals(html, new String(html1, StandardCharsets.UTF_8), "the same bytes as the first generation");
        try (var files = Files.list(copy)) {
            assertTrue(files.map(p -> p.getFileName().toString())
                    .noneMatch(n -> n.startsWith(".") && !n.equals(langsim.output.ResultsFolder.MARKER)), "no temporary files left");
        }
    }

    @Test
    void badFolderIsOneLineAndExitTwo() throws Exception {
        Path notResults = Files.createDirectory(tmp.resolve("empty"));
        for (String bad : List.of(tmp.resolve("missing").toString(), notResults.toString())) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            int code;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                code = Main.execute("report", bad);
            } finally {
                System.setErr(old);
            }
            String text = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, text);
            assertEquals(1, text.strip().lines().count(), text);
            assertTrue(text.startsWith("langsim: error: " + bad), text);
        }
        try {
            Report.generate(notResults, true);
        } catch (ConfigException e) {
            assertTrue(e.getMessage().contains("not a langsim results folder"), e.getMessage());
            return;
        }
        throw new AssertionError("expected a ConfigException");
    }

    @Test
    void runWritesChartsAndReportUnlessNoCharts() throws Exception {
        Path yaml = TestResults.scenarioFile(tmp);
        Path withCharts = tmp.resolve("run-charts");
        Path without = tmp.resolve("run-nocharts");
        assertEquals(0, Main.execute("run", yaml.toString(), "--out", withCharts.toString(), "--replications", "2", "--quiet"));
        assertTrue(Files.isRegularFile(withCharts.resolve("charts/adoption.png")));
        assertTrue(Files.isRegularFile(withCharts.resolve("charts/adoption.svg")));
        assertTrue(Files.readString(withCharts.resolve("report.html")).contains("data:image/png;base64,"));
        assertEquals(0, Main.execute("run", yaml.toString(), "--out", without.toString(), "--replications", "2", "--quiet", "--no-charts"));
        assertFalse(Files.exists(without.resolve("charts")));
        assertTrue(Files.readString(without.resolve("report.html")).contains("--no-charts"));
    }
}
