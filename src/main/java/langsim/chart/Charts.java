package langsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import langsim.chart.ChartGrid.Style;
import langsim.experiment.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a results folder, built from its timeseries (never from model objects): adoption curves,
 * installed base, talent pool and hiring cost, ecosystem size. Lines are the mean across replications, bands
 * the 95 % Student-t interval of that mean.
 */
public final class Charts {
    /** A chart to be written as {@code <file>.png} and {@code <file>.svg}. */
    public record Named(String file, String title, String caption, ChartGrid grid) {
    }

    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final Color REFERENCE = new Color(0x444444);
    private static final Color EVENT = new Color(0x777777);
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);
    private static final float LINE_WIDTH = 2.5f;

    private Charts() {
    }

    /** How many charts {@link #all} draws. */
    public static final int COUNT = 4;

    public static List<Named> all(RunData data, ChartContext ctx) {
        return List.of(adoption(data, ctx), installedBase(data, ctx), talent(data, ctx), ecosystem(data, ctx));
    }

    /**
     * Share of new work by language, in rows: the layers judged for dominance (first a panel of them together, where
     * the dominance threshold applies, then each alone), the layers judged for foundation-layer likewise, then the
     * layers the verdict does not judge. Titled by the verdict when the context has one.
     */
    public static Named adoption(RunData d, ChartContext ctx) {
        List<JFreeChart> panels = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<String> judged = new ArrayList<>();
        String[][] groups = {
            {"dominance", percent(ctx.dominanceThreshold())},
            {"foundation-layer", percent(ctx.foundationThreshold())}};
        List<List<String>> groupLayers = List.of(present(d, ctx.applicationLayers()), present(d, ctx.foundationLayers()));
        double[] thresholds = {ctx.dominanceThreshold(), ctx.foundationThreshold()};
        for (int g = 0; g < 2; g++) {
            List<String> layers = groupLayers.get(g);
            if (layers.isEmpty()) continue;
            int before = panels.size();
            String test = groups[g][0];
            String together = String.join(" + ", layers);
            int[] indices = layers.stream().mapToInt(d.layers()::indexOf).toArray();
            if (layers.size() > 1) {
                XYPlot plot = sharePlot(d, ctx, combinedBands(d, indices));
                plot.addRangeMarker(reference(thresholds[g], test + " threshold " + groups[g][1]));
                panels.add(panel(together + " together", plot));
            }
            for (int l : indices) {
                XYPlot plot = sharePlot(d, ctx, layerBands(d, l));
                if (layers.size() == 1) plot.addRangeMarker(reference(thresholds[g], test + " threshold " + groups[g][1]));
                boolean both = groupLayers.get(0).contains(d.layers().get(l)) && groupLayers.get(1).contains(d.layers().get(l));
                panels.add(panel(d.layers().get(l) + ": counts toward " + (both ? "both verdicts" : test), plot));
            }
            judged.addAll(layers);
            rows.add(panels.size() - before);
        }
        int before = panels.size();
        for (int l = 0; l < d.layers().size(); l++) {
            if (judged.contains(d.layers().get(l))) continue;
            panels.add(panel(d.layers().get(l) + ": not judged by the verdict", sharePlot(d, ctx, layerBands(d, l))));
        }
        if (panels.size() > before) rows.add(panels.size() - before);
        String title = "Adoption: share of new work by language";
        String caption = "Share of each year's new work done in each language: first the layers judged for dominance, together "
                + "(where the dominance threshold applies) and one by one, then likewise the layers judged for foundation-layer, "
                + "then the others. Mean across " + d.replications() + " replication(s), shaded band = 95% interval; dashed "
                + "horizontal lines are the verdict thresholds, vertical lines the scenario's events (labelled in the first panel).";
        ChartGrid grid = grid(ctx.verdictTitle() != null ? ctx.verdictTitle() : title, ctx, d, panels, true,
                rows.stream().mapToInt(Integer::intValue).toArray(), ctx.verdictDetail());
        return new Named("adoption", title, caption, grid);
    }

    /** The layers of the list that the data has, in the list's order. */
    private static List<String> present(RunData d, List<String> layers) {
        return layers.stream().filter(d.layers()::contains).distinct().toList();
    }

    private static XYPlot sharePlot(RunData d, ChartContext ctx, YIntervalSeriesCollection ds) {
        NumberAxis range = new NumberAxis("share of new work");
        range.setRange(0, 1);
        range.setTickUnit(new NumberTickUnit(0.25, new DecimalFormat("0%", ROOT)));
        return plot(d, ds, range, bandRenderer(d, ctx));
    }

    private static YIntervalSeriesCollection layerBands(RunData d, int l) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (int k = 0; k < d.languages().size(); k++) ds.addSeries(band(d.languages().get(k), d.years(), d.newWorkShare(), l, k, 0, 1));
        return ds;
    }

    /** Each language's share of the new work of several layers together, per replication, then mean and interval. */
    private static YIntervalSeriesCollection combinedBands(RunData d, int[] layers) {
        int nr = d.replications();
        int ny = d.years().length;
        int nk = d.languages().size();
        double[][][] share = new double[nr][ny][nk];
        for (int r = 0; r < nr; r++) {
            for (int y = 0; y < ny; y++) {
                double total = 0;
                double[] work = new double[nk];
                for (int l : layers) {
                    for (int k = 0; k < nk; k++) {
                        double w = d.newWork()[r][y][l][k];
                        if (!Double.isNaN(w)) work[k] += w;
                    }
                }
                for (double w : work) total += w;
                for (int k = 0; k < nk; k++) share[r][y][k] = total > 0 ? work[k] / total : Double.NaN;
            }
        }
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (int k = 0; k < nk; k++) ds.addSeries(band(d.languages().get(k), d.years(), share, k, 0, 1));
        return ds;
    }

    /** Existing code by language, stacked, one panel per layer. */
    public static Named installedBase(RunData d, ChartContext ctx) {
        List<JFreeChart> panels = new ArrayList<>();
        for (int l = 0; l < d.layers().size(); l++) {
            DefaultTableXYDataset ds = new DefaultTableXYDataset();
            for (int k = 0; k < d.languages().size(); k++) {
                XYSeries s = new XYSeries(d.languages().get(k), false, false);
                for (int y = 0; y < d.years().length; y++) {
                    double m = mean(d.installedBase(), y, l, k);
                    s.add(d.years()[y], Double.isNaN(m) ? 0 : m);
                }
                ds.addSeries(s);
            }
            StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
            r.setRoundXCoordinates(true);
            r.setDefaultOutlinePaint(Color.WHITE);
            for (int k = 0; k < d.languages().size(); k++) {
                r.setSeriesPaint(k, Palette.translucent(ctx.colorIndex(d.languages().get(k), d.languages()), 0.85));
            }
            NumberAxis range = new ReadableNumberAxis("developer-years of code");
            range.setNumberFormatOverride(new DecimalFormat("#,##0", ROOT));
            panels.add(panel(d.layers().get(l), plot(d, ds, range, r)));
        }
        return new Named("installed-base", "Installed base by language",
                "Existing code (developer-years) by language at the end of each year, stacked, per layer: mean across replications.",
                grid("Installed base by language", ctx, d, panels, false));
    }

    /** Developers proficient (all agent types) and the hiring-cost index, by language. */
    public static Named talent(RunData d, ChartContext ctx) {
        YIntervalSeriesCollection people = new YIntervalSeriesCollection();
        YIntervalSeriesCollection cost = new YIntervalSeriesCollection();
        for (int k = 0; k < d.languages().size(); k++) {
            people.addSeries(band(d.languages().get(k), d.years(), d.developers(), k, 0, Double.POSITIVE_INFINITY));
            cost.addSeries(band(d.languages().get(k), d.years(), d.hiringIndex(), k, 0, Double.POSITIVE_INFINITY));
        }
        NumberAxis peopleAxis = new ReadableNumberAxis("developers proficient");
        peopleAxis.setNumberFormatOverride(new DecimalFormat("#,##0", ROOT));
        NumberAxis costAxis = new ReadableNumberAxis("hiring-cost index (1 = balanced)");
        costAxis.setNumberFormatOverride(new DecimalFormat("0.0#", ROOT));
        costAxis.setAutoRangeIncludesZero(true);
        XYPlot costPlot = plot(d, cost, costAxis, bandRenderer(d, ctx));
        costPlot.addRangeMarker(reference(1.0, "balanced"));
        List<JFreeChart> panels = List.of(
                panel("Talent pool", plot(d, people, peopleAxis, bandRenderer(d, ctx))),
                panel("Hiring cost", costPlot));
        return new Named("talent", "Talent pool and hiring cost by language",
                "People proficient in each language (researchers and systems engineers) and the hiring-cost index "
                        + "(above 1: scarce talent): mean and 95% interval across replications.",
                grid("Talent pool and hiring cost by language", ctx, d, panels, true));
    }

    /** Ecosystem size by language on a log axis, one panel per layer. */
    public static Named ecosystem(RunData d, ChartContext ctx) {
        List<JFreeChart> panels = new ArrayList<>();
        for (int l = 0; l < d.layers().size(); l++) {
            YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
            for (int k = 0; k < d.languages().size(); k++) {
                ds.addSeries(positiveBand(d.languages().get(k), d.years(), d.ecosystem(), l, k));
            }
            LogAxis range = new LogAxis("ecosystem size (log)");
            range.setBase(10);
            range.setSmallestValue(1e-3);
            range.setNumberFormatOverride(new SignificantFormat(2));
            panels.add(panel(d.layers().get(l), plot(d, ds, range, bandRenderer(d, ctx))));
        }
        return new Named("ecosystem", "Ecosystem size by language",
                "Size of each language's ecosystem (libraries, tools, models) per layer, log scale: mean and 95% interval.",
                grid("Ecosystem size by language", ctx, d, panels, true));
    }

    // ---- building blocks

    private static ChartGrid grid(String title, ChartContext ctx, RunData d, List<JFreeChart> panels, boolean lines) {
        int columns = panels.size() <= 2 ? panels.size() : panels.size() == 4 ? 2 : 3;
        int[] rows = new int[(panels.size() + columns - 1) / columns];
        for (int r = 0; r < rows.length; r++) rows[r] = Math.min(columns, panels.size() - r * columns);
        return grid(title, ctx, d, panels, lines, rows, null);
    }

    private static ChartGrid grid(String title, ChartContext ctx, RunData d, List<JFreeChart> panels, boolean lines,
                                  int[] rows, String detail) {
        markEvents(panels, ctx.events());
        LegendItemCollection legend = new LegendItemCollection();
        for (int k = 0; k < d.languages().size(); k++) {
            String name = d.languages().get(k);
            int c = ctx.colorIndex(name, d.languages());
            Color color = Palette.color(c);
            if (lines) {
                legend.add(new LegendItem(name, null, null, null, false, new Rectangle2D.Double(), false, color, false,
                        color, new BasicStroke(1f), true, new Line2D.Double(-16, 0, 16, 0), Palette.stroke(c, LINE_WIDTH), color));
            } else {
                legend.add(new LegendItem(name, null, null, null, new Rectangle2D.Double(-10, -6, 20, 12), color));
            }
        }
        int n = d.replications();
        String subtitle = ctx.subtitleLead() + " · " + n + " replication" + (n == 1 ? "" : "s")
                + (lines && n > 1 ? " · mean and 95% interval" : n > 1 ? " · mean" : "")
                + (detail == null ? "" : "\n" + detail);
        return new ChartGrid(title, subtitle, panels, legend, rows);
    }

    private static JFreeChart panel(String title, XYPlot plot) {
        return PanelStyle.panel(title, plot);
    }

    private static XYPlot plot(RunData d, org.jfree.data.xy.XYDataset ds, ValueAxis range,
                               org.jfree.chart.renderer.xy.XYItemRenderer renderer) {
        NumberAxis domain = new NumberAxis("year");
        domain.setAutoRangeIncludesZero(false);
        int first = d.years()[0];
        int last = d.years()[d.years().length - 1];
        domain.setRange(first, Math.max(last, first + 1));
        TickUnits units = new TickUnits();
        DecimalFormat year = new DecimalFormat("0", ROOT);
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) units.add(new NumberTickUnit(step, year, 5));
        domain.setStandardTickUnits(units);
        XYPlot plot = PanelStyle.plot(ds, domain, range, renderer);
        return plot;
    }

    /**
     * Adds the events of the scenario to a chart: a vertical line in every panel, labels that never overlap in the first
     * (the same labels in every panel would hide the curves).
     */
    static void markEvents(List<JFreeChart> panels, Map<Integer, List<String>> events) {
        Map<Integer, List<String>> shortened = new java.util.TreeMap<>();
        events.forEach((year, labels) -> shortened.put(year, labels.stream().map(Charts::shorten).toList()));
        for (JFreeChart c : panels) {
            XYPlot plot = c.getXYPlot();
            events.keySet().forEach(year -> plot.addDomainMarker(new ValueMarker(year, EVENT, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f)), Layer.FOREGROUND));
            if (!events.isEmpty() && c == panels.get(0)) plot.addAnnotation(new EventLabels(shortened, Style.MARKER_FONT, EVENT, LABEL_BACKGROUND), false);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }

    private static ValueMarker reference(double value, String label) {
        ValueMarker m = new ValueMarker(value, REFERENCE, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        m.setLabel(label);
        m.setLabelFont(Style.MARKER_FONT);
        m.setLabelPaint(REFERENCE);
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        // at the right end, away from the event labels at the top left
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(2, 2, 2, 6));
        return m;
    }

    private static DeviationRenderer bandRenderer(RunData d, ChartContext ctx) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.18f);
        r.setDrawSeriesLineAsPath(true);
        for (int k = 0; k < d.languages().size(); k++) {
            int c = ctx.colorIndex(d.languages().get(k), d.languages());
            Paint p = Palette.color(c);
            r.setSeriesPaint(k, p);
            r.setSeriesFillPaint(k, p);
            r.setSeriesStroke(k, Palette.stroke(c, LINE_WIDTH));
        }
        return r;
    }

    private static YIntervalSeries band(String name, int[] years, double[][][][] v, int l, int k, double min, double max) {
        YIntervalSeries s = new YIntervalSeries(name, false, false);
        int n = v.length;
        for (int y = 0; y < years.length; y++) {
            double[] values = new double[n];
            for (int r = 0; r < n; r++) values[r] = v[r][y][l][k];
            addInterval(s, years[y], values, min, max);
        }
        return s;
    }

    private static YIntervalSeries band(String name, int[] years, double[][][] v, int k, double min, double max) {
        YIntervalSeries s = new YIntervalSeries(name, false, false);
        int n = v.length;
        for (int y = 0; y < years.length; y++) {
            double[] values = new double[n];
            for (int r = 0; r < n; r++) values[r] = v[r][y][k];
            addInterval(s, years[y], values, min, max);
        }
        return s;
    }

    /** For log axes: only positive means; the band's lower edge stays above zero. */
    private static YIntervalSeries positiveBand(String name, int[] years, double[][][][] v, int l, int k) {
        YIntervalSeries s = new YIntervalSeries(name, false, false);
        int n = v.length;
        for (int y = 0; y < years.length; y++) {
            double[] values = new double[n];
            for (int r = 0; r < n; r++) values[r] = v[r][y][l][k];
            Interval iv = Interval.of(values);
            if (!(iv.mean() > 0)) continue;
            double lo = Double.isNaN(iv.low()) ? iv.mean() : Math.max(iv.low(), iv.mean() / 10);
            double hi = Double.isNaN(iv.high()) ? iv.mean() : iv.high();
            s.add(years[y], iv.mean(), lo, hi);
        }
        return s;
    }

    private static void addInterval(YIntervalSeries s, int year, double[] values, double min, double max) {
        Interval iv = Interval.of(values);
        if (Double.isNaN(iv.mean())) return;
        double lo = Double.isNaN(iv.low()) ? iv.mean() : iv.low();
        double hi = Double.isNaN(iv.high()) ? iv.mean() : iv.high();
        s.add(year, iv.mean(), Math.max(min, lo), Math.min(max, hi));
    }

    private static double mean(double[][][][] v, int y, int l, int k) {
        double sum = 0;
        int n = 0;
        for (double[][][] rep : v) {
            double x = rep[y][l][k];
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static String percent(double share) {
        NumberFormat f = new DecimalFormat("0.#%", ROOT);
        return f.format(share);
    }
}
