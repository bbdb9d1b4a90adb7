package langsim.sweep.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import langsim.chart.ChartGrid;
import langsim.chart.Palette;
import langsim.chart.PanelStyle;
import langsim.output.Num;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The sweep charts, in the look of the run charts ({@link Palette}, {@link PanelStyle}, {@link ChartGrid}: title,
 * subtitle, one legend under the panel): Sobol bars with their bootstrap intervals, Morris mu*-sigma, tornado,
 * verdict-probability heatmaps with Wilson intervals and the PRIM box, verdict probabilities along one parameter, the
 * PRIM box per parameter and PRIM's peeling trajectory. Pure functions of their numbers: the same numbers give the
 * same picture.
 */
public final class SweepCharts {
    private static final float LINE = 2.5f;
    private static final Color INK = Palette.INK;
    private static final Color RANGE = new Color(0xE4E4E4);

    private SweepCharts() {
    }

    /**
     * Sobol S1 and ST per parameter as horizontal bars, ordered as given (the caller puts the largest ST first), each
     * with its bootstrap interval as an error bar; values and interval ends are {value, low, high} (NaN: none).
     */
    public static ChartGrid sobol(String output, List<String> params, double[][] s1, double[][] st, String ciLabel,
                                  String subtitle) {
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        ds.addSeries(indexSeries("S1 (first order)", s1, -0.19));
        ds.addSeries(indexSeries("ST (total)", st, 0.19));
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setUseYInterval(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, Palette.color(0));
        bars.setSeriesPaint(1, Palette.color(3));
        SymbolAxis names = categories("", params);
        NumberAxis value = new NumberAxis("Sobol index (share of the output's variance)");
        double lo = 0;
        double hi = 1;
        for (double[][] v : new double[][][] {s1, st}) {
            for (double[] x : v) {
                for (double d : x) {
                    if (!Double.isNaN(d)) {
                        lo = Math.min(lo, d);
                        hi = Math.max(hi, d);
                    }
                }
            }
        }
        // estimates from few runs can have absurd intervals: the chart shows -0.5..1.5 at most, the CSV every digit
        value.setRange(Math.max(-0.5, lo) - 0.02, Math.min(1.5, hi) + 0.02);
        XYPlot plot = PanelStyle.plot(ds, names, value, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDrawXError(false);
        errors.setDrawYError(true);
        errors.setDefaultLinesVisible(false);
        errors.setDefaultShapesVisible(false);
        errors.setErrorPaint(INK);
        errors.setErrorStroke(new BasicStroke(1.5f));
        errors.setCapLength(6);
        errors.setDefaultSeriesVisibleInLegend(false);
        plot.setDataset(1, ds);
        plot.setRenderer(1, errors);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(box("S1: first order (the parameter alone)", Palette.color(0)));
        legend.add(box("ST: total (with all its interactions)", Palette.color(3)));
        legend.add(line(ciLabel, INK, new BasicStroke(1.5f)));
        return one("Sobol indices: " + output, subtitle, PanelStyle.panel(null, plot), legend);
    }

    private static XYIntervalSeries indexSeries(String name, double[][] v, double offset) {
        XYIntervalSeries s = new XYIntervalSeries(name, false, true);
        for (int j = 0; j < v.length; j++) {
            if (Double.isNaN(v[j][0])) continue;
            double x = j + offset;
            double lo = Double.isNaN(v[j][1]) ? v[j][0] : v[j][1];
            double hi = Double.isNaN(v[j][2]) ? v[j][0] : v[j][2];
            s.add(x, x - 0.17, x + 0.17, v[j][0], lo, hi);
        }
        return s;
    }

    /** Morris: sigma against mu* per parameter, each point named. */
    public static ChartGrid morris(String output, List<String> params, double[] muStar, double[] sigma, String subtitle) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYSeries s = new XYSeries("parameters", false, true);
        for (int j = 0; j < params.size(); j++) if (!Double.isNaN(muStar[j]) && !Double.isNaN(sigma[j])) s.add(muStar[j], sigma[j]);
        ds.addSeries(s);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, Palette.color(0));
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        NumberAxis x = new NumberAxis("mu* (mean |elementary effect|): how much the parameter matters");
        NumberAxis y = new NumberAxis("sigma (sd of elementary effects): interactions, non-linearity");
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        x.setUpperMargin(0.15);
        y.setUpperMargin(0.1);
        XYPlot plot = PanelStyle.plot(ds, x, y, r);
        double right = 0;
        for (double m : muStar) if (!Double.isNaN(m)) right = Math.max(right, m);
        for (int j = 0; j < params.size(); j++) {
            if (Double.isNaN(muStar[j]) || Double.isNaN(sigma[j])) continue;
            // names of points on the right go to their left, so that they stay inside the plot
            boolean left = muStar[j] > 0.6 * right;
            XYTextAnnotation a = new XYTextAnnotation(left ? params.get(j) + "  " : "  " + params.get(j), muStar[j], sigma[j]);
            a.setFont(PanelStyle.markerFont().deriveFont(12f));
            a.setPaint(INK);
            a.setTextAnchor(left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
            plot.addAnnotation(a);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(dot("a parameter", Palette.color(0)));
        return one("Morris screening: " + output, subtitle, PanelStyle.panel(null, plot), legend);
    }

    /** Tornado: change of the output from its base value at each parameter's lowest and highest level. */
    public static ChartGrid tornado(String output, double base, List<String> params, double[] low, double[] high,
                                    String subtitle) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int j = 0; j < params.size(); j++) {
            ds.addValue(low[j] - base, "at min", params.get(j));
            ds.addValue(high[j] - base, "at max", params.get(j));
        }
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, Palette.color(0));
        r.setSeriesPaint(1, Palette.color(3));
        CategoryPlot plot = PanelStyle.plot(ds, new CategoryAxis(), new NumberAxis("change of " + output + " from its base value "
                + Num.readable(base)), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);   // the value axis under the bars
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(box("parameter at its minimum", Palette.color(0)));
        legend.add(box("parameter at its maximum", Palette.color(3)));
        return one("One at a time: " + output, subtitle, PanelStyle.panel(null, plot), legend);
    }

    /**
     * Heatmap of a verdict's probability over bins of two parameters, each cell labelled with its share and Wilson
     * interval ({@code p[i][j]}, {@code low}, {@code high}; NaN: no runs in the cell, left blank). The colour scale runs
     * from 0 to a round number just above the largest share, so that a rare verdict is as readable as a common one.
     * {@code box}: the PRIM box in these two parameters {x0, x1, y0, y1}, or null.
     */
    public static ChartGrid heatmap(String title, String xName, String yName, double[] xs, double[] ys, double[][] p,
                                    double[][] low, double[][] high, double xWidth, double yWidth, double[] box, String ciLabel,
                                    String subtitle) {
        int n = 0;
        double top = 0;
        for (double[] row : p) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    n++;
                    top = Math.max(top, v);
                }
            }
        }
        double max = scaleTop(top);
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
        Sequential scale = new Sequential(max);
        r.setPaintScale(scale);
        NumberAxis x = new NumberAxis(xName);
        NumberAxis y = new NumberAxis(yName);
        x.setRange(xs[0] - xWidth / 2, xs[xs.length - 1] + xWidth / 2);
        y.setRange(ys[0] - yWidth / 2, ys[ys.length - 1] + yWidth / 2);
        XYPlot plot = PanelStyle.plot(ds, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        int cells = xs.length * ys.length;
        Font big = PanelStyle.markerFont().deriveFont(Font.BOLD, cells > 80 ? 11f : 13f);
        Font small = PanelStyle.markerFont().deriveFont(cells > 80 ? 9f : 11f);
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                if (Double.isNaN(p[i][j])) continue;
                Color ink = scale.position(p[i][j]) > 0.5 ? Color.WHITE : INK;
                XYTextAnnotation share = new XYTextAnnotation(Num.percent(p[i][j]), xs[i], ys[j] + yWidth * 0.12);
                share.setFont(big);
                share.setPaint(ink);
                plot.addAnnotation(share);
                XYTextAnnotation ci = new XYTextAnnotation(Num.percent(low[i][j]) + "–" + Num.percent(high[i][j]), xs[i],
                        ys[j] - yWidth * 0.16);
                ci.setFont(small);
                ci.setPaint(ink);
                plot.addAnnotation(ci);
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(box("no runs in the cell", Color.WHITE));
        legend.add(text("cell text: share of runs and its " + ciLabel));
        if (box != null) {
            Stroke dashed = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 5f}, 0f);
            plot.addAnnotation(new XYBoxAnnotation(box[0], box[2], box[1], box[3], dashed, Palette.color(1), null));
            legend.add(line("PRIM box (bounds inclusive; other parameters may be restricted too)", Palette.color(1), dashed));
        }
        JFreeChart chart = PanelStyle.panel(null, plot);
        NumberAxis scaleAxis = new NumberAxis("share of runs");
        PanelStyle.axis(scaleAxis);
        scaleAxis.setRange(0, max);
        scaleAxis.setNumberFormatOverride(new PercentFormat());
        PaintScaleLegend key = new PaintScaleLegend(scale, scaleAxis);
        key.setPosition(RectangleEdge.RIGHT);
        key.setMargin(new RectangleInsets(5, 12, 5, 5));
        key.setStripWidth(18);
        key.setStripOutlineVisible(true);
        key.setSubdivisionCount(100);
        chart.addSubtitle(key);
        return one(title, subtitle, chart, legend);
    }

    /** The smallest of 1, 2, 5 times a power of ten at or above {@code top} (at most 1, at least 1 %). */
    static double scaleTop(double top) {
        if (!(top > 0.01)) return 0.01;
        if (top >= 0.5) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(top)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * p >= top - 1e-12) return Math.min(1, m * p);
        return 1;
    }

    /** Probability of each verdict (with its Wilson interval as error bars) along one parameter. */
    public static ChartGrid along(String param, List<String> verdicts, double[] xs, double[][][] p, String ciLabel,
                                  String subtitle) {
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
        r.setDrawXError(false);
        r.setCapLength(6);
        LegendItemCollection legend = new LegendItemCollection();
        for (int v = 0; v < verdicts.size(); v++) {
            r.setSeriesPaint(v, Palette.color(v));
            r.setSeriesStroke(v, Palette.stroke(v, LINE));
            r.setSeriesShape(v, marker(v));
            legend.add(line(verdicts.get(v), Palette.color(v), Palette.stroke(v, LINE)));
        }
        legend.add(line(ciLabel, INK, new BasicStroke(1f)));
        NumberAxis x = new NumberAxis(param);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("share of runs with the verdict");
        y.setRange(-0.02, 1.02);
        y.setNumberFormatOverride(new PercentFormat());
        XYPlot plot = PanelStyle.plot(ds, x, y, r);
        return one("Verdicts along " + param, subtitle, PanelStyle.panel(null, plot), legend);
    }

    /**
     * The PRIM box, one row per parameter: its swept range (grey) and the box's bounds in it (coloured), both scaled to
     * the range, with the bounds written out. {@code range} and {@code box}: {low, high} per parameter; a null box row
     * means the box does not restrict that parameter.
     */
    public static ChartGrid primBox(String title, List<String> params, double[][] range, double[][] box, String subtitle) {
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        XYIntervalSeries swept = new XYIntervalSeries("swept range", false, true);
        XYIntervalSeries inside = new XYIntervalSeries("PRIM box", false, true);
        for (int j = 0; j < params.size(); j++) {
            swept.add(j, j - 0.32, j + 0.32, 1, 0, 1);
            if (box[j] != null) {
                double lo = unit(box[j][0], range[j]);
                double hi = unit(box[j][1], range[j]);
                // a box of one value still shows as a sliver
                if (hi - lo < 0.01) {
                    lo = Math.max(0, lo - 0.005);
                    hi = Math.min(1, hi + 0.005);
                }
                inside.add(j, j - 0.22, j + 0.22, hi, lo, hi);
            }
        }
        ds.addSeries(swept);
        ds.addSeries(inside);
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setUseYInterval(true);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, RANGE);
        r.setSeriesPaint(1, Palette.color(1));
        NumberAxis where = new NumberAxis("position in the swept range (0 = minimum, 1 = maximum)");
        where.setRange(-0.02, 1.6);
        XYPlot plot = PanelStyle.plot(ds, categories("", params), where, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);   // the box over its range
        plot.setDomainGridlinesVisible(false);
        for (int j = 0; j < params.size(); j++) {
            String text = box[j] == null ? "not restricted (" + Num.readable(range[j][0]) + " to " + Num.readable(range[j][1]) + ")"
                    : Num.readable(box[j][0]) + " to " + Num.readable(box[j][1]) + " (of " + Num.readable(range[j][0]) + " to "
                    + Num.readable(range[j][1]) + ")";
            XYTextAnnotation a = new XYTextAnnotation(text, j, 1.03);
            a.setFont(PanelStyle.markerFont().deriveFont(12f));
            a.setPaint(box[j] == null ? Color.GRAY : INK);
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(a);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(box("swept range", RANGE));
        legend.add(box("PRIM box (bounds inclusive)", Palette.color(1)));
        return one(title, subtitle, PanelStyle.panel(null, plot), legend);
    }

    private static double unit(double v, double[] range) {
        return range[1] > range[0] ? Math.max(0, Math.min(1, (v - range[0]) / (range[1] - range[0]))) : 0.5;
    }

    /**
     * PRIM's peeling trajectory, density against coverage (one point per box, from the box around all runs at coverage
     * 1 to the smallest box), the thresholds the reported box must meet (dashed), the pasting of the chosen box and the
     * reported box (large marker); {@code whyNone} (when there is no box) is added to the subtitle.
     */
    public static ChartGrid primTrajectory(String title, double[][] peeling, double[][] pasting, double[] chosen,
                                           double minCoverage, double minDensity, String whyNone, String subtitle) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYSeries peel = new XYSeries("peeling trajectory", false, true);
        for (int s = 0; s < peeling[0].length; s++) peel.add(peeling[0][s], peeling[1][s]);
        ds.addSeries(peel);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        LegendItemCollection legend = new LegendItemCollection();
        r.setSeriesPaint(0, Palette.color(0));
        r.setSeriesStroke(0, Palette.stroke(0, LINE));
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        legend.add(line("peeling trajectory (one point per box)", Palette.color(0), Palette.stroke(0, LINE)));
        int next = 1;
        if (pasting != null && pasting[0].length > 1) {
            XYSeries paste = new XYSeries("pasting of the chosen box", false, true);
            for (int s = 0; s < pasting[0].length; s++) paste.add(pasting[0][s], pasting[1][s]);
            ds.addSeries(paste);
            r.setSeriesPaint(next, Palette.color(2));
            r.setSeriesStroke(next, Palette.stroke(1, LINE));
            r.setSeriesShape(next, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
            legend.add(line("pasting of the chosen box", Palette.color(2), Palette.stroke(1, LINE)));
            next++;
        }
        if (chosen != null) {
            XYSeries box = new XYSeries("reported box", false, true);
            box.add(chosen[0], chosen[1]);
            ds.addSeries(box);
            r.setSeriesPaint(next, Palette.color(1));
            r.setSeriesLinesVisible(next, false);
            r.setSeriesShape(next, new Ellipse2D.Double(-8, -8, 16, 16));
            legend.add(dot("reported box", Palette.color(1)));
        }
        legend.add(line("thresholds the reported box must meet", Color.GRAY, dashed(1.5f)));
        NumberAxis x = new NumberAxis("coverage (share of the runs of interest inside the box)");
        NumberAxis y = new NumberAxis("density (share of the box's runs that are of interest)");
        x.setRange(-0.02, 1.02);
        y.setRange(-0.02, 1.02);
        x.setNumberFormatOverride(new PercentFormat());
        y.setNumberFormatOverride(new PercentFormat());
        XYPlot plot = PanelStyle.plot(ds, x, y, r);
        plot.addDomainMarker(threshold(minCoverage, "min coverage ", RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
        plot.addRangeMarker(threshold(minDensity, "min density ", RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT));
        String sub = whyNone == null ? subtitle : subtitle + " · " + whyNone;
        return one(title, sub, PanelStyle.panel(null, plot), legend);
    }

    // ---- building blocks

    /** One panel under a title and subtitle, with the legend below, as every run chart. */
    private static ChartGrid one(String title, String subtitle, JFreeChart panel, LegendItemCollection legend) {
        return new ChartGrid(title, subtitle, List.of(panel), legend, 1);
    }

    /** An axis of named rows 0, 1, 2, ... with the first row on top. */
    private static SymbolAxis categories(String label, List<String> names) {
        SymbolAxis a = new SymbolAxis(label, names.toArray(new String[0]));
        a.setGridBandsVisible(false);
        a.setInverted(true);
        a.setRange(-0.6, names.size() - 0.4);
        return a;
    }

    private static Shape marker(int v) {
        return switch (v % 3) {
            case 0 -> new Ellipse2D.Double(-4, -4, 8, 8);
            case 1 -> new Rectangle2D.Double(-4, -4, 8, 8);
            default -> new java.awt.Polygon(new int[] {0, 5, -5}, new int[] {-5, 4, 4}, 3);
        };
    }

    private static LegendItem box(String name, Color color) {
        return new LegendItem(name, null, null, null, true, new Rectangle2D.Double(-10, -6, 20, 12), true, color, true,
                Color.GRAY, new BasicStroke(1f), false, new Line2D.Double(), new BasicStroke(1f), color);
    }

    private static LegendItem text(String name) {
        return new LegendItem(name, null, null, null, false, new Rectangle2D.Double(), false, INK, false, INK,
                new BasicStroke(1f), false, new Line2D.Double(), new BasicStroke(1f), INK);
    }

    private static LegendItem dot(String name, Color color) {
        return new LegendItem(name, null, null, null, new Ellipse2D.Double(-5, -5, 10, 10), color);
    }

    private static LegendItem line(String name, Color color, Stroke stroke) {
        return new LegendItem(name, null, null, null, false, new Rectangle2D.Double(), false, color, false, color,
                new BasicStroke(1f), true, new Line2D.Double(-16, 0, 16, 0), stroke, color);
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    /** A dashed grey line at a PRIM threshold, labelled with its value. */
    private static ValueMarker threshold(double value, String label, RectangleAnchor anchor, TextAnchor text) {
        ValueMarker m = new ValueMarker(value, Color.GRAY, dashed(1.5f));
        m.setLabel(label + Num.percent(value));
        m.setLabelFont(PanelStyle.markerFont());
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        m.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        return m;
    }

    /** {@link Palette#sequential} stretched over 0..max. */
    static final class Sequential implements PaintScale {
        private final double max;

        Sequential(double max) {
            this.max = max;
        }

        /** Where a value lies on the scale, 0..1. */
        double position(double v) {
            return Math.max(0, Math.min(1, v / max));
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double value) {
            return Palette.sequential(position(value));
        }
    }

    /** Tick labels of shares as percentages, locale-free. */
    static final class PercentFormat extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return toAppendTo.append(Num.percent(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition parsePosition) {
            throw new UnsupportedOperationException();
        }
    }
}
