package langsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    static Path tmp;
    static Path results;
    static RunData data;
    static ChartContext ctx;

    @BeforeAll
    static void setUp() throws Exception {
        results = TestResults.copyTo(tmp);
        data = RunData.read(results.resolve("timeseries.csv"));
        ctx = ChartContext.of(TestResults.scenario());
    }

    @Test
    void readsTheTimeseriesOfAllAgentTypes() {
        assertEquals(3, data.replications());
        assertArrayEquals(new int[] {2025, 2026, 2027, 2028, 2029, 2030}, data.years());
        assertEquals(TestResults.scenario().layerNames(), data.layers());
        assertEquals(TestResults.scenario().languageNames(), data.languages());
        for (int r = 0; r < 3; r++) {
            for (int y = 0; y < data.years().length; y++) {
                for (int l = 0; l < data.layers().size(); l++) {
                    double sum = 0;
                    for (int k = 0; k < data.languages().size(); k++) sum += data.newWorkShare()[r][y][l][k];
                    assertEquals(1.0, sum, 1e-6, "shares of a layer sum to one");
                }
                for (int k = 0; k < data.languages().size(); k++) assertTrue(data.developers()[r][y][k] >= 0);
            }
        }
    }

    @Test
    void writesValidPngAndSvgOfTheExpectedSize() throws Exception {
        List<ChartWriter.Rendered> charts = ChartWriter.render(Charts.all(data, ctx));
        Path folder = results.resolve("charts");
        ChartWriter.writeFolder(folder, charts);
        assertEquals(List.of("adoption", "installed-base", "talent", "ecosystem"), charts.stream().map(ChartWriter.Rendered::file).toList());
        for (ChartWriter.Rendered c : charts) {
            byte[] png = Files.readAllBytes(folder.resolve(c.pngName()));
            byte[] head = new byte[8];
            System.arraycopy(png, 0, head, 0, 8);
            assertArrayEquals(PNG_SIGNATURE, head, c.pngName());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(ChartWriter.WIDTH * ChartWriter.SCALE, image.getWidth());
            assertEquals(ChartWriter.HEIGHT * ChartWriter.SCALE, image.getHeight());
            assertTrue(distinctColours(image) > 10, "the chart is not blank");

            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document svg = factory.newDocumentBuilder().parse(folder.resolve(c.svgName()).toFile());
            Element root = svg.getDocumentElement();
            assertEquals(null, svg.getDoctype(), "no DOCTYPE pointing at the network");
            assertEquals("svg", root.getLocalName());
            assertEquals(ChartWriter.WIDTH, Double.parseDouble(root.getAttribute("width").replace("px", "")), 1e-9);
            assertEquals(ChartWriter.HEIGHT, Double.parseDouble(root.getAttribute("height").replace("px", "")), 1e-9);
            // the hostile scenario name is in the subtitle, as text, not as markup
            assertTrue(svg.getElementsByTagNameNS("*", "script").getLength() == 0, "no script element in " + c.svgName());
            assertTrue(root.getTextContent().contains(TestResults.HOSTILE_NAME), "title text in " + c.svgName());
        }
        try (var left = Files.list(results)) {
            assertTrue(left.map(p -> p.getFileName().toString())
                    .noneMatch(n -> n.startsWith(".") && !n.equals(langsim.output.ResultsFolder.MARKER)), "no temporary files left");
        }
    }

    @Test
    void theThreadCountDoesNotChangeABit() {
        List<ChartWriter.Rendered> one = ChartWriter.render(Charts.all(data, ctx), 1, done -> { });
        java.util.List<Integer> heard = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<ChartWriter.Rendered> three = ChartWriter.render(Charts.all(data, ctx), 3, heard::add);
        for (int i = 0; i < one.size(); i++) {
            assertEquals(one.get(i).file(), three.get(i).file(), "same order");
            assertArrayEquals(one.get(i).png(), three.get(i).png(), one.get(i).pngName());
            assertEquals(one.get(i).svg(), three.get(i).svg(), one.get(i).svgName());
        }
        assertEquals(Set.of(1, 2, 3, 4), new HashSet<>(heard), "progress heard every chart");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        List<ChartWriter.Rendered> a = ChartWriter.render(Charts.all(data, ctx));
        List<ChartWriter.Rendered> b = ChartWriter.render(Charts.all(RunData.read(results.resolve("timeseries.csv")), ctx));
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).png(), b.get(i).png(), a.get(i).pngName());
            assertEquals(a.get(i).svg(), b.get(i).svg(), a.get(i).svgName());
        }
    }

    @Test
    void thresholdsAreDrawnOnlyWhereTheyApplyAndEventsEverywhere() {
        Charts.Named adoption = Charts.adoption(data, ctx);
        var verdict = TestResults.scenario().verdict();
        List<org.jfree.chart.JFreeChart> panels = adoption.grid().panels();
        int layers = data.layers().size();
        // one panel per layer, plus one for each group of several judged layers
        int groups = (verdict.applicationLayers().size() > 1 ? 1 : 0) + (verdict.foundationLayers().size() > 1 ? 1 : 0);
        assertEquals(layers + groups, panels.size());
        List<Double> thresholds = new java.util.ArrayList<>();
        for (var panel : panels) {
            var plot = panel.getXYPlot();
            var markers = plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            String title = panel.getTitle().getText();
            if (title.endsWith("together")) {
                assertEquals(1, markers.size(), title);
                thresholds.add(((org.jfree.chart.plot.ValueMarker) markers.iterator().next()).getValue());
            } else {
                assertTrue(markers == null || markers.isEmpty(), "no threshold on a single layer: " + title);
            }
            var events = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
            assertEquals(1, events.size(), title);
            assertEquals(2028.0, ((org.jfree.chart.plot.ValueMarker) events.iterator().next()).getValue());
            assertEquals(panel == panels.get(0), plot.getAnnotations().stream().anyMatch(a -> a instanceof EventLabels),
                    "event labels in the first panel only");
        }
        assertEquals(List.of(verdict.dominanceThreshold(), verdict.foundationThreshold()), thresholds);
        assertTrue(panels.get(0).getTitle().getText().startsWith(String.join(" + ", verdict.applicationLayers())));
    }

    @Test
    void aGroupOfLayersTogetherSharesItsWorkAmongLanguages() {
        Charts.Named adoption = Charts.adoption(data, ctx);
        var ds = adoption.grid().panels().get(0).getXYPlot().getDataset();
        for (int item = 0; item < ds.getItemCount(0); item++) {
            double sum = 0;
            for (int k = 0; k < ds.getSeriesCount(); k++) sum += ds.getYValue(k, item);
            assertEquals(1.0, sum, 1e-6, "the languages' shares of the group's new work add up to one");
        }
    }

    @Test
    void theAdoptionChartIsTitledByTheVerdictAndItsInterval() throws Exception {
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(results.resolve("summary.json").toFile());
        var headline = langsim.report.VerdictHeadline.of(summary);
        String verdict = summary.path("verdict").asText().toUpperCase(java.util.Locale.ROOT);
        assertTrue(headline.title().contains(verdict), headline.title());
        assertTrue(headline.title().matches(".*\\d+\\.\\d% \\[\\d+\\.\\d, \\d+\\.\\d\\].*"), "an interval: " + headline.title());
        Charts.Named adoption = Charts.adoption(data, ctx.withVerdict(headline.title(), headline.detail()));
        assertEquals(headline.title(), adoption.grid().title());
        String svg = ChartWriter.svg(adoption.grid(), "adoption");
        assertTrue(svg.contains(verdict), "the verdict is drawn");
    }

    @Test
    void valueAxesKeepRoomBetweenTicks() {
        Charts.Named talent = Charts.talent(data, ctx);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(ChartWriter.WIDTH, ChartWriter.HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        for (var panel : talent.grid().panels()) {
            var info = new org.jfree.chart.ChartRenderingInfo();
            // a short panel: where JFreeChart's own axis packed 29 ticks
            panel.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 400, 300), info);
            var area = info.getPlotInfo().getDataArea();
            var axis = panel.getXYPlot().getRangeAxis();
            long labelled = axis.refreshTicks(g2, new org.jfree.chart.axis.AxisState(), area, org.jfree.chart.ui.RectangleEdge.LEFT)
                    .stream().filter(t -> !((org.jfree.chart.axis.Tick) t).getText().isEmpty()).count();
            assertTrue(labelled >= 2 && labelled <= 8, panel.getTitle().getText() + ": " + labelled + " labelled ticks");
        }
        g2.dispose();
    }

    @Test
    void paletteIsOkabeItoThenDistinctAndStable() {
        assertEquals(new Color(0x0072B2), Palette.color(0));
        assertEquals(new Color(0xD55E00), Palette.color(1));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            assertTrue(seen.add(Palette.color(i).getRGB()), "colour " + i + " is new");
            assertEquals(Palette.color(i), Palette.color(i));
        }
        assertNotEquals(Palette.stroke(0, 2f), Palette.stroke(1, 2f));
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) colours.add(image.getRGB(x, y));
        }
        return colours.size();
    }
}
