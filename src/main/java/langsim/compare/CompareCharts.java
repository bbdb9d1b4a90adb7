package langsim.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import langsim.chart.ChartGrid;
import langsim.chart.Charts;
import langsim.chart.Palette;
import langsim.chart.PanelStyle;
import langsim.experiment.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a comparison, per scenario: the baseline's and the scenario's adoption curves overlaid (mean share of
 * new work per layer and language), and the paired differences with their 95 % bands. Colours, strokes and panels are
 * the project's ({@link Palette}, {@link PanelStyle}, {@link ChartGrid}).
 */
public final class CompareCharts {
    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final float LINE_WIDTH = 2.5f;
    /** The baseline's curves: the language's colour, faint and thin, under the scenario's. */
    private static final double BASELINE_ALPHA = 0.4;

    private CompareCharts() {
    }

    public static List<Charts.Named> all(Comparison c) {
        List<Charts.Named> out = new ArrayList<>();
        boolean several = c.scenarios().size() > 1;
        for (int j = 0; j < c.scenarios().size(); j++) {
            String suffix = several ? "-" + (j + 1) : "";
            out.add(curves(c, c.scenarios().get(j), "curves" + suffix));
            out.add(differences(c, c.scenarios().get(j), "differences" + suffix));
        }
        return out;
    }

    static Charts.Named curves(Comparison c, ScenarioComparison s, String file) {
        ComparedRuns base = c.baseline();
        List<JFreeChart> panels = new ArrayList<>();
        for (int l = 0; l < base.layers().size(); l++) {
            YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
            DeviationRenderer r = new DeviationRenderer(true, false);
            r.setAlpha(0.0f);
            r.setDrawSeriesLineAsPath(true);
            int series = 0;
            for (int k = 0; k < base.languages().size(); k++) {
                ds.addSeries(meanSeries(base.languages().get(k) + " (baseline)", base, l, k));
                r.setSeriesPaint(series, Palette.translucent(k, BASELINE_ALPHA));
                r.setSeriesStroke(series++, Palette.stroke(k, LINE_WIDTH * 0.6f));
                ds.addSeries(meanSeries(base.languages().get(k), s.runs(), l, k));
                r.setSeriesPaint(series, Palette.color(k));
                r.setSeriesStroke(series++, Palette.stroke(k, LINE_WIDTH));
            }
            NumberAxis range = new NumberAxis("share of new work");
            range.setRange(0, 1);
            range.setTickUnit(new NumberTickUnit(0.25, new DecimalFormat("0%", ROOT)));
            panels.add(PanelStyle.panel(base.layers().get(l), PanelStyle.plot(ds, yearAxis(base), range, r)));
        }
        String title = "Adoption: " + s.runs().title() + " against " + base.title();
        return new Charts.Named(file, title, "Share of each year's new work done in each language, per layer: mean across "
                + base.replications() + " replication(s) of " + s.runs().title() + " (strong lines) and of the baseline "
                + base.title() + " (faint lines), " + c.pairing() + ".", grid(title, c, panels, true));
    }

    static Charts.Named differences(Comparison c, ScenarioComparison s, String file) {
        ComparedRuns base = c.baseline();
        List<JFreeChart> panels = new ArrayList<>();
        for (int l = 0; l < base.layers().size(); l++) {
            YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
            DeviationRenderer r = new DeviationRenderer(true, false);
            r.setAlpha(0.18f);
            r.setDrawSeriesLineAsPath(true);
            for (int k = 0; k < base.languages().size(); k++) {
                YIntervalSeries series = new YIntervalSeries(base.languages().get(k), false, false);
                for (int y = 0; y < base.years(); y++) {
                    double[] d = new double[base.replications()];
                    for (int rep = 0; rep < d.length; rep++) d[rep] = 100 * (s.runs().share(rep, y, l, k) - base.share(rep, y, l, k));
                    Interval iv = Interval.of(d);
                    if (Double.isNaN(iv.mean())) continue;
                    series.add(base.startYear() + y, iv.mean(), Double.isNaN(iv.low()) ? iv.mean() : iv.low(),
                            Double.isNaN(iv.high()) ? iv.mean() : iv.high());
                }
                ds.addSeries(series);
                r.setSeriesPaint(k, Palette.color(k));
                r.setSeriesFillPaint(k, Palette.color(k));
                r.setSeriesStroke(k, Palette.stroke(k, LINE_WIDTH));
            }
            NumberAxis range = new NumberAxis("difference in share (points)");
            range.setNumberFormatOverride(new DecimalFormat("+0.#;-0.#", ROOT));
            range.setAutoRangeIncludesZero(true);
            XYPlot plot = PanelStyle.plot(ds, yearAxis(base), range, r);
            plot.addRangeMarker(new ValueMarker(0, new Color(0x444444), new BasicStroke(1.2f)));
            panels.add(PanelStyle.panel(base.layers().get(l), plot));
        }
        String title = "Differences: " + s.runs().title() + " minus " + base.title();
        return new Charts.Named(file, title, "Paired difference in each language's share of new work (percentage points, "
                + s.runs().title() + " minus " + base.title() + " in the same replication), per layer: mean across "
                + base.replications() + " replication(s), shaded band = 95% interval; " + c.pairing() + ".",
                grid(title, c, panels, false));
    }

    private static YIntervalSeries meanSeries(String name, ComparedRuns runs, int l, int k) {
        YIntervalSeries s = new YIntervalSeries(name, false, false);
        for (int y = 0; y < runs.years(); y++) {
            double[] v = new double[runs.replications()];
            for (int r = 0; r < v.length; r++) v[r] = runs.share(r, y, l, k);
            double mean = Interval.of(v).mean();
            if (!Double.isNaN(mean)) s.add(runs.startYear() + y, mean, mean, mean);
        }
        return s;
    }

    private static NumberAxis yearAxis(ComparedRuns runs) {
        NumberAxis domain = new NumberAxis("year");
        domain.setAutoRangeIncludesZero(false);
        int first = runs.startYear();
        int last = first + runs.years() - 1;
        domain.setRange(first, Math.max(last, first + 1));
        TickUnits units = new TickUnits();
        DecimalFormat year = new DecimalFormat("0", ROOT);
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) units.add(new NumberTickUnit(step, year, 5));
        domain.setStandardTickUnits(units);
        return domain;
    }

    private static ChartGrid grid(String title, Comparison c, List<JFreeChart> panels, boolean overlay) {
        LegendItemCollection legend = new LegendItemCollection();
        List<String> languages = c.baseline().languages();
        for (int k = 0; k < languages.size(); k++) {
            Color color = Palette.color(k);
            legend.add(new LegendItem(languages.get(k), null, null, null, false, new Rectangle2D.Double(), false, color, false,
                    color, new BasicStroke(1f), true, new Line2D.Double(-16, 0, 16, 0), Palette.stroke(k, LINE_WIDTH), color));
        }
        if (overlay) {
            Color faint = new Color(0, 0, 0, (int) Math.round(BASELINE_ALPHA * 255));
            legend.add(new LegendItem("faint: baseline", null, null, null, false, new Rectangle2D.Double(), false, faint, false,
                    faint, new BasicStroke(1f), true, new Line2D.Double(-16, 0, 16, 0), new BasicStroke(LINE_WIDTH * 0.6f), faint));
        }
        int n = c.baseline().replications();
        String subtitle = "baseline: " + shorten(c.baseline().title()) + " · " + n + " replication" + (n == 1 ? "" : "s")
                + " · " + c.pairing() + (overlay ? " · means" : " · mean and 95% interval");
        int columns = panels.size() <= 2 ? panels.size() : panels.size() == 4 ? 2 : 3;
        return new ChartGrid(title, subtitle, panels, legend, columns);
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}
