package langsim.sweep.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Deterministic sweep charts (fixed sizes, fonts and colours; no timestamps): tornado, Sobol bars with error bars,
 * Morris mu*-sigma, a heatmap of P(dominant) over two parameters, verdict probabilities along one parameter and PRIM's
 * peeling trajectory.
 */
public final class SweepCharts {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22),
        new Color(0x17becf)};
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private SweepCharts() {
    }

    /** PNG bytes of a chart. */
    public static byte[] png(JFreeChart chart) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tornado: change of the output from its base value at each parameter's lowest and highest level. */
    public static JFreeChart tornado(String output, double base, List<String> params, double[] low, double[] high) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int j = 0; j < params.size(); j++) {
            ds.addValue(low[j] - base, "at min", params.get(j));
            ds.addValue(high[j] - base, "at max", params.get(j));
        }
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis("change of " + output
                + " from base (" + fmt(base) + ")"), bars());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return finish(new JFreeChart("One-at-a-time: " + output, FONT.deriveFont(Font.BOLD, 14f), plot, true), plot);
    }

    /** Sobol S1 and ST per parameter; error bars span the wider side of each bootstrap interval. */
    public static JFreeChart sobol(String output, List<String> params, double[][] s1, double[][] st) {
        DefaultStatisticalCategoryDataset ds = new DefaultStatisticalCategoryDataset();
        for (int j = 0; j < params.size(); j++) {
            ds.add(s1[j][0], halfWidth(s1[j]), "S1 (first order)", params.get(j));
            ds.add(st[j][0], halfWidth(st[j]), "ST (total)", params.get(j));
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setSeriesPaint(0, PALETTE[0]);
        r.setSeriesPaint(1, PALETTE[3]);
        CategoryAxis x = new CategoryAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        CategoryPlot plot = new CategoryPlot(ds, x, new NumberAxis("Sobol index"), r);
        return finish(new JFreeChart("Sobol indices: " + output, FONT.deriveFont(Font.BOLD, 14f), plot, true), plot);
    }

    /** Morris: sigma against mu* per parameter. */
    public static JFreeChart morris(String output, List<String> params, double[] muStar, double[] sigma) {
        XYSeriesCollection ds = new XYSeriesCollection();
        for (int j = 0; j < params.size(); j++) {
            XYSeries s = new XYSeries(params.get(j), false, true);
            s.add(muStar[j], sigma[j]);
            ds.addSeries(s);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        for (int j = 0; j < params.size(); j++) r.setSeriesPaint(j, PALETTE[j % PALETTE.length]);
        NumberAxis x = new NumberAxis("mu* (mean |elementary effect|)");
        NumberAxis y = new NumberAxis("sigma (sd of elementary effects)");
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(ds, x, y, r);
        return finish(new JFreeChart("Morris screening: " + output, FONT.deriveFont(Font.BOLD, 14f), plot, true), plot);
    }

    /** Heatmap of a probability in [0, 1] over bins of two parameters (NaN cells are left blank). */
    public static JFreeChart heatmap(String title, String xName, String yName, double[] xs, double[] ys, double[][] p,
                                     double xWidth, double yWidth) {
        int n = 0;
        for (double[] row : p) for (double v : row) if (!Double.isNaN(v)) n++;
        double[][] data = new double[3][n];
        int c = 0;
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                if (Double.isNaN(p[i][j])) continue;
                data[0][c] = xs[i];
                data[1][c] = ys[j];
                data[2][c] = p[i][j];
                c++;
            }
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("P", data);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(xWidth);
        r.setBlockHeight(yWidth);
        LookupPaintScale scale = new LookupPaintScale(0, 1.0000001, Color.WHITE);
        for (int s = 0; s <= 10; s++) scale.add(s / 10.0, blend(s / 10.0));
        r.setPaintScale(scale);
        NumberAxis x = new NumberAxis(xName);
        NumberAxis y = new NumberAxis(yName);
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, x, y, r);
        JFreeChart chart = new JFreeChart(title, FONT.deriveFont(Font.BOLD, 14f), plot, false);
        NumberAxis scaleAxis = new NumberAxis("probability");
        scaleAxis.setRange(0, 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(5, 5, 5, 5));
        legend.setStripWidth(15);
        chart.addSubtitle(legend);
        return finish(chart, plot);
    }

    /** Probability of each verdict (with intervals) along one parameter. */
    public static JFreeChart along(String param, List<String> verdicts, double[] xs, double[][][] p) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (int v = 0; v < verdicts.size(); v++) {
            YIntervalSeries s = new YIntervalSeries(verdicts.get(v), false, true);
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isNaN(p[v][i][0])) s.add(xs[i], p[v][i][0], p[v][i][1], p[v][i][2]);
            }
            ds.addSeries(s);
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setCapLength(4);
        for (int v = 0; v < verdicts.size(); v++) {
            r.setSeriesPaint(v, PALETTE[v % PALETTE.length]);
            r.setSeriesStroke(v, new BasicStroke(1.5f));
        }
        NumberAxis x = new NumberAxis(param);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("probability of the verdict");
        y.setRange(-0.02, 1.02);
        XYPlot plot = new XYPlot(ds, x, y, r);
        return finish(new JFreeChart("Verdict probability along " + param, FONT.deriveFont(Font.BOLD, 14f), plot, true), plot);
    }

    /**
     * PRIM's peeling trajectory, density against coverage (one point per box, from the box around all runs at coverage
     * 1 to the smallest box), the thresholds the reported box must meet (dashed), the pasting of the chosen box and the
     * reported box (large marker); {@code whyNone} (when there is no box) goes under the title.
     */
    public static JFreeChart primTrajectory(String title, double[][] peeling, double[][] pasting, double[] chosen,
                                            double minCoverage, double minDensity, String whyNone) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYSeries peel = new XYSeries("peeling trajectory", false, true);
        for (int s = 0; s < peeling[0].length; s++) peel.add(peeling[0][s], peeling[1][s]);
        ds.addSeries(peel);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, PALETTE[0]);
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        int next = 1;
        if (pasting != null && pasting[0].length > 1) {
            XYSeries paste = new XYSeries("pasting of the chosen box", false, true);
            for (int s = 0; s < pasting[0].length; s++) paste.add(pasting[0][s], pasting[1][s]);
            ds.addSeries(paste);
            r.setSeriesPaint(next, PALETTE[2]);
            r.setSeriesStroke(next, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f));
            r.setSeriesShape(next, new java.awt.geom.Rectangle2D.Double(-2.5, -2.5, 5, 5));
            next++;
        }
        if (chosen != null) {
            XYSeries box = new XYSeries("reported box", false, true);
            box.add(chosen[0], chosen[1]);
            ds.addSeries(box);
            r.setSeriesPaint(next, PALETTE[1]);
            r.setSeriesLinesVisible(next, false);
            r.setSeriesShape(next, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        }
        NumberAxis x = new NumberAxis("coverage (share of the runs of interest inside the box)");
        NumberAxis y = new NumberAxis("density (share of the box's runs that are of interest)");
        x.setRange(-0.02, 1.02);
        y.setRange(-0.02, 1.02);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.addDomainMarker(thresholdMarker(minCoverage, "min coverage ", RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
        plot.addRangeMarker(thresholdMarker(minDensity, "min density ", RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT));
        JFreeChart chart = new JFreeChart(title, FONT.deriveFont(Font.BOLD, 14f), plot, true);
        if (whyNone != null) chart.addSubtitle(new TextTitle(whyNone, FONT));
        return finish(chart, plot);
    }

    private static BarRenderer bars() {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, PALETTE[0]);
        r.setSeriesPaint(1, PALETTE[1]);
        return r;
    }

    private static JFreeChart finish(JFreeChart chart, org.jfree.chart.plot.Plot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(new Color(0xdddddd));
            xy.setRangeGridlinePaint(new Color(0xdddddd));
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(new Color(0xdddddd));
        }
        if (chart.getLegend() != null) chart.getLegend().setFrame(BlockBorder.NONE);
        return chart;
    }

    private static double halfWidth(double[] v) {
        if (Double.isNaN(v[1]) || Double.isNaN(v[2])) return 0;
        return Math.max(v[0] - v[1], v[2] - v[0]);
    }

    private static Paint blend(double t) {
        int r = (int) Math.round(255 + t * (0x08 - 255));
        int g = (int) Math.round(255 + t * (0x30 - 255));
        int b = (int) Math.round(255 + t * (0x6b - 255));
        return new Color(r, g, b);
    }

    static String fmt(double v) {
        return langsim.output.Num.format(v);
    }

    /** A dashed grey line at a PRIM threshold, labelled with its value. */
    private static ValueMarker thresholdMarker(double value, String label, RectangleAnchor anchor, TextAnchor text) {
        Stroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
        ValueMarker m = new ValueMarker(value, Color.GRAY, dashed);
        m.setLabel(label + fmt(value));
        m.setLabelFont(FONT.deriveFont(10f));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        return m;
    }
}
