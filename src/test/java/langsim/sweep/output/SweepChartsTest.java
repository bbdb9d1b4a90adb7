package langsim.sweep.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import langsim.chart.ChartGrid;
import langsim.chart.ChartWriter;
import org.junit.jupiter.api.Test;

/** The heatmap's colour scale reads rare outcomes; the sweep charts render in the run charts' size. */
class SweepChartsTest {
    @Test
    void scaleEndsAtARoundNumberJustAboveTheLargestShare() {
        double last = 0;
        for (int i = 1; i <= 1000; i++) {
            double top = i / 1000.0;
            double end = SweepCharts.scaleTop(top);
            assertTrue(end >= top, top + " -> " + end);
            assertTrue(end <= 1, top + " -> " + end);
            assertTrue(end >= last, "monotone at " + top);
            // a rare outcome gets a scale of its own size, not 0..1
            if (top > 0.01 && top < 0.5) assertTrue(end <= 2.5 * top, top + " -> " + end);
            last = end;
        }
        assertEquals(0.05, SweepCharts.scaleTop(0.03), 1e-12);
        assertEquals(1, SweepCharts.scaleTop(0.7), 1e-12);
    }

    @Test
    void rareSharesGetDistinctColoursAndEmptyCellsStayWhite() {
        SweepCharts.Sequential s = new SweepCharts.Sequential(SweepCharts.scaleTop(0.03));
        Color none = (Color) s.getPaint(0);
        Color rare = (Color) s.getPaint(0.03);
        assertNotEquals(none, rare);
        assertNotEquals(Color.WHITE, none, "zero is a colour of the scale; white means no runs");
        // darker as the share grows (luminance decreases along the scale)
        double lastLuma = Double.MAX_VALUE;
        for (int i = 0; i <= 20; i++) {
            Color c = (Color) s.getPaint(0.05 * i / 20);
            double luma = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
            assertTrue(luma <= lastLuma + 1e-9, "step " + i);
            lastLuma = luma;
        }
    }

    @Test
    void heatmapOfARareVerdictIsNotOneColour() throws Exception {
        double[] xs = {0.25, 0.75};
        double[] ys = {0.25, 0.75};
        double[][] p = {{0, 0.01}, {0.02, 0.03}};
        double[][] lo = {{0, 0}, {0.001, 0.005}};
        double[][] hi = {{0.05, 0.06}, {0.07, 0.08}};
        ChartGrid g = SweepCharts.heatmap("t", "x", "y", xs, ys, p, lo, hi, 0.5, 0.5, new double[] {0.5, 1, 0.5, 1}, "95%", "s");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartWriter.png(g)));
        assertEquals(ChartWriter.WIDTH * ChartWriter.SCALE, img.getWidth());
        assertEquals(ChartWriter.HEIGHT * ChartWriter.SCALE, img.getHeight());
        java.util.Map<Integer, Integer> colours = new java.util.HashMap<>();
        int samples = 0;
        for (int y = 300; y < img.getHeight() - 300; y += 7) {
            for (int x = 300; x < img.getWidth() - 500; x += 7) {
                colours.merge(img.getRGB(x, y), 1, Integer::sum);
                samples++;
            }
        }
        int n = samples;
        long large = colours.values().stream().filter(c -> c > 0.05 * n).count();
        assertTrue(large >= 4, "four cells of 0..3 % in four colours: " + large);
        assertTrue(ChartWriter.svg(g, "h").contains("width='" + ChartWriter.WIDTH + ".0' height='" + ChartWriter.HEIGHT + ".0'"));
    }

    @Test
    void sobolBarsAndPrimBoxRenderAtPrintSize() throws Exception {
        List<String> params = List.of("a", "b");
        ChartGrid sobol = SweepCharts.sobol("out", params, new double[][] {{0.5, 0.4, 0.6}, {0.1, Double.NaN, Double.NaN}},
                new double[][] {{0.7, 0.5, 0.9}, {0.2, -1e30, 1e30}}, "95%", "s");
        ChartGrid box = SweepCharts.primBox("box", params, new double[][] {{0, 1}, {10, 20}}, new double[][] {{0.2, 0.6}, null}, "s");
        for (ChartGrid g : List.of(sobol, box)) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartWriter.png(g)));
            assertEquals(ChartWriter.WIDTH * ChartWriter.SCALE, img.getWidth());
            assertEquals(ChartWriter.HEIGHT * ChartWriter.SCALE, img.getHeight());
        }
    }
}
