package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import langsim.chart.ChartWriter;
import langsim.sweep.SweepRunTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code langsim report DIR} on every kind of folder, and the sweep report and charts it rebuilds. */
class ReportFoldersTest {
    @TempDir
    static Path shared;
    static Path sweep;

    @TempDir
    Path dir;

    static CliTest.Outcome run(String... args) {
        return CliTest.run(args);
    }

    @BeforeAll
    static void sweepOnce() throws Exception {
        Path f = shared.resolve("tiny.yaml");
        Files.writeString(f, SweepRunTest.tinySweep("tiny", "saltelli", 8, 2));
        sweep = shared.resolve("sweep");
        CliTest.Outcome o = run("sweep", f.toString(), "--threads", "2", "--out", sweep.toString(), "-q");
        assertEquals(0, o.code(), o.err());
    }

    private Path copy(Path from, String name) throws Exception {
        Path to = dir.resolve(name);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }

    private static void same(Map<String, byte[]> want, Map<String, byte[]> got, String what) {
        assertEquals(want.keySet(), got.keySet(), what);
        for (String k : want.keySet()) assertTrue(Arrays.equals(want.get(k), got.get(k)), what + ": " + k);
    }

    @Test
    void everySweepChartIsPngAndSvgAtPrintSize() throws Exception {
        Map<String, byte[]> files = SweepRunTest.tree(sweep.resolve("charts"));
        List<String> pngs = files.keySet().stream().filter(n -> n.endsWith(".png")).toList();
        for (String want : List.of("saltelli_application_share.png", "heatmap_dominant.png", "heatmap_foundation_layer.png",
                "heatmap_niche.png", "verdicts_along.png")) {
            assertTrue(pngs.contains(want), want + " in " + pngs);
        }
        for (String png : pngs) {
            var image = ImageIO.read(new ByteArrayInputStream(files.get(png)));
            assertEquals(ChartWriter.WIDTH * ChartWriter.SCALE, image.getWidth(), png);
            assertEquals(ChartWriter.HEIGHT * ChartWriter.SCALE, image.getHeight(), png);
            String svg = new String(files.get(png.replace(".png", ".svg")), StandardCharsets.UTF_8);
            assertTrue(svg.contains("width='" + ChartWriter.WIDTH + ".0' height='" + ChartWriter.HEIGHT + ".0'"), png);
        }
        assertEquals(2 * pngs.size(), files.size(), "a PNG and an SVG of each chart: " + files.keySet());
    }

    @Test
    void sweepReportShowsTheSobolChartAndReadableNumbers() throws Exception {
        String html = Files.readString(sweep.resolve("report.html"));
        assertTrue(html.contains("<figure id=\"chart-saltelli_application_share\">"), "the S1/ST chart is in the report");
        assertTrue(html.contains("href=\"charts/saltelli_application_share.svg\""));
        // the text people read: no style sheet, no embedded images, no tags
        String text = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "")
                .replaceAll("<[^>]+>", " ");
        Matcher m = Pattern.compile("\\d+\\.\\d+").matcher(text);
        List<String> long_ = new ArrayList<>();
        int decimals = 0;
        while (m.find()) {
            decimals++;
            String digits = m.group().replace(".", "").replaceFirst("^0+", "");
            if (digits.length() > 4) long_.add(m.group());
        }
        assertTrue(decimals > 10, "the report has numbers: " + decimals);
        assertTrue(long_.isEmpty(), "numbers with more than 4 significant digits: " + long_);
    }

    @Test
    void reportRebuildsEveryFolderKindByteForByte() throws Exception {
        Path s = copy(sweep, "s");
        Files.delete(s.resolve("report.html"));
        try (Stream<Path> charts = Files.list(s.resolve("charts"))) {
            for (Path c : charts.toList()) Files.delete(c);
        }
        assertEquals(0, run("report", s.toString(), "-q").code());
        same(SweepRunTest.tree(sweep), SweepRunTest.tree(s), "report DIR gives the sweep's own bytes");
        assertEquals(0, run("report", s.toString(), "-q").code());
        same(SweepRunTest.tree(sweep), SweepRunTest.tree(s), "and again");

        Path v = dir.resolve("v");
        assertEquals(0, run("verify", "arthur", "--set", "runs=40", "--threads", "2", "--out", v.toString(), "-q").code());
        Map<String, byte[]> verify = SweepRunTest.tree(v);
        var image = ImageIO.read(new ByteArrayInputStream(verify.get("verify.png")));
        assertEquals(ChartWriter.WIDTH * ChartWriter.SCALE, image.getWidth(), "verify chart at print size");
        assertEquals(ChartWriter.HEIGHT * ChartWriter.SCALE, image.getHeight());
        assertTrue(new String(verify.get("verify.svg"), StandardCharsets.UTF_8).contains("width='1200.0' height='750.0'"));
        Files.delete(v.resolve("verify.png"));
        Files.writeString(v.resolve("verify.svg"), "stale");
        CliTest.Outcome o = run("report", v.toString());
        assertEquals(0, o.code(), o.err());
        same(verify, SweepRunTest.tree(v), "the verify chart redrawn from the folder");
    }

    @Test
    void aFolderOfNoKnownKindIsRefusedUntouched() throws Exception {
        Path foreign = dir.resolve("foreign");
        Files.createDirectories(foreign.resolve("charts"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Files.writeString(foreign.resolve("charts/mine.png"), "mine");
        Map<String, byte[]> before = SweepRunTest.tree(foreign);
        CliTest.Outcome o = run("report", foreign.toString());
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("not a langsim results folder"), o.err());
        same(before, SweepRunTest.tree(foreign), "untouched");
        try (Stream<Path> s = Files.list(foreign)) {
            assertEquals(2, s.count(), "nothing added, not even a hidden file");
        }
        assertEquals(2, run("report", dir.resolve("missing").toString()).code());
    }

    @Test
    void aDamagedSweepFileIsOneLineNamingFileLineAndField() throws Exception {
        Path s = copy(sweep, "s");
        List<String> runs = new ArrayList<>(Files.readAllLines(s.resolve("runs.csv")));
        runs.set(2, runs.get(2).replaceFirst(",(dominant|foundation-layer|niche),", ",dominnat,"));
        Files.write(s.resolve("runs.csv"), runs);
        Map<String, byte[]> before = SweepRunTest.tree(s);
        CliTest.Outcome o = run("report", s.toString());
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("runs.csv:3") && o.err().contains("verdict") && o.err().contains("dominnat"), o.err());
        same(before, SweepRunTest.tree(s), "nothing half-written");
    }

    @Test
    void aSweepsChartsHoldingAUsersFileAreLeftAlone() throws Exception {
        Path s = copy(sweep, "s");
        Files.writeString(s.resolve("charts/my-notes.txt"), "mine");
        Map<String, byte[]> before = SweepRunTest.tree(s);
        CliTest.Outcome o = run("report", s.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("my-notes.txt"), o.err());
        same(before, SweepRunTest.tree(s), "untouched");
        assertFalse(o.err().contains("Exception"), o.err());
    }
}
