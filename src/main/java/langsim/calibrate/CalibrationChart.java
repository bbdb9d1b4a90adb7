package langsim.calibrate;

import static langsim.output.ResultsCsv.field;
import static langsim.output.ResultsCsv.number;
import static langsim.output.ResultsCsv.optionalNumber;
import static langsim.output.ResultsCsv.records;
import static langsim.output.ResultsCsv.text;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import langsim.chart.ChartGrid;
import langsim.chart.Palette;
import langsim.chart.PanelStyle;
import langsim.scenario.ScenarioLoader;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Observed (points) against simulated (line with markers, 95 % band of the mean; lighter: the ensemble's 95 % predictive
 * interval, in the language's colour) per metric and language;
 * held-out years right of the dashed line. Drawn from a calibration folder's files only (fit.csv, the language order of
 * fitted-scenario.yaml, the name and replications from summary.txt), so that {@code langsim report DIR} redraws it
 * byte for byte.
 */
final class CalibrationChart {
    static final String FIT = "fit.csv";
    private static final Color OBSERVED = Palette.INK;
    static final Pattern NAME = Pattern.compile("^Calibration (.+?): ", Pattern.MULTILINE);
    private static final Pattern FINAL = Pattern.compile("(\\d+) final replications");

    /** One row of fit.csv. */
    record Row(int year, String metric, String language, String layer, double observed, double simulated, double low,
               double high, double piLow, double piHigh, String set) {
    }

    private CalibrationChart() {
    }

    /** The chart of the calibration folder {@code dir} (or the staging folder being written). */
    static ChartGrid ofFolder(Path dir) {
        List<Row> rows = rows(dir.resolve(FIT));
        List<String> languages = ScenarioLoader.load(dir.resolve("fitted-scenario.yaml"), List.of()).languageNames();
        String summary = Files.isRegularFile(dir.resolve("summary.txt")) ? text(dir.resolve("summary.txt")) : "";
        Matcher name = NAME.matcher(summary);
        Matcher reps = FINAL.matcher(summary);
        List<Integer> heldOut = rows.stream().filter(r -> r.set().equals("held-out")).map(Row::year).distinct().sorted().toList();
        String subtitle = (name.find() ? "calibration " + name.group(1) : "calibration")
                + (reps.find() ? " · " + reps.group(1) + " replications at the fitted values" : "")
                + (heldOut.isEmpty() ? "" : " · held-out years " + heldOut.get(0) + (heldOut.size() > 1 ? "–" + heldOut.get(heldOut.size() - 1) : ""));
        return of(rows, languages, subtitle);
    }

    static ChartGrid of(List<Row> rows, List<String> languages, String subtitle) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(r.metric() + " · " + r.language() + (r.layer().isEmpty() ? "" : " · " + r.layer()),
                    k -> new ArrayList<>()).add(r);
        }
        int first = rows.stream().mapToInt(Row::year).min().orElse(0);
        int last = rows.stream().mapToInt(Row::year).max().orElse(1);
        int firstHeldOut = rows.stream().filter(r -> r.set().equals("held-out")).mapToInt(Row::year).min().orElse(Integer.MAX_VALUE);
        List<JFreeChart> panels = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        boolean predictive = false;
        for (var g : groups.entrySet()) {
            String language = g.getValue().get(0).language();
            int colour = colour(language, languages);
            if (!shown.contains(language)) shown.add(language);
            YIntervalSeries sim = new YIntervalSeries("simulated", false, true);
            YIntervalSeries obs = new YIntervalSeries("observed", false, true);
            YIntervalSeries pi = new YIntervalSeries("predictive", false, true);
            double top = 0;
            for (Row r : g.getValue()) {
                if (!Double.isNaN(r.simulated())) {
                    double lo = Double.isNaN(r.low()) ? r.simulated() : r.low();
                    double hi = Double.isNaN(r.high()) ? r.simulated() : r.high();
                    sim.add(r.year(), r.simulated(), lo, hi);
                    top = Math.max(top, hi);
                    if (!Double.isNaN(r.piLow()) && !Double.isNaN(r.piHigh())) {
                        pi.add(r.year(), r.simulated(), r.piLow(), r.piHigh());
                        top = Math.max(top, r.piHigh());
                        predictive = true;
                    }
                }
                obs.add(r.year(), r.observed(), r.observed(), r.observed());
                top = Math.max(top, r.observed());
            }
            YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
            ds.addSeries(sim);
            ds.addSeries(obs);
            ds.addSeries(pi);
            DeviationRenderer renderer = new DeviationRenderer(true, true);
            renderer.setSeriesPaint(0, Palette.color(colour));
            renderer.setSeriesStroke(0, Palette.stroke(colour, 2.5f));
            renderer.setSeriesFillPaint(0, Palette.translucent(colour, 0.25));
            // markers too: a metric observed in one year has a simulated point but no line
            renderer.setSeriesShape(0, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
            renderer.setSeriesPaint(1, OBSERVED);
            renderer.setSeriesLinesVisible(1, false);
            renderer.setSeriesShape(1, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
            renderer.setSeriesFillPaint(1, new Color(0, 0, 0, 0));
            // the ensemble's predictive interval: a lighter band of the same colour, no line of its own
            renderer.setSeriesPaint(2, new Color(0, 0, 0, 0));
            renderer.setSeriesShapesVisible(2, false);
            renderer.setSeriesFillPaint(2, Palette.translucent(colour, 0.12));
            renderer.setAlpha(1f);
            NumberAxis x = PanelStyle.yearAxis("year");
            // every panel spans the same years, so that the panels line up
            x.setRange(first - 0.4, Math.max(last, first + 1) + 0.4);
            NumberAxis y = new NumberAxis(g.getValue().get(0).metric());
            y.setRange(0, top <= 0 ? 1 : top * 1.15);
            XYPlot plot = PanelStyle.plot(ds, x, y, renderer);
            if (firstHeldOut != Integer.MAX_VALUE) {
                ValueMarker m = new ValueMarker(firstHeldOut - 0.5, Color.GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 4f}, 0f));
                m.setLabel("held out →");
                m.setLabelFont(PanelStyle.markerFont());
                m.setLabelPaint(Color.DARK_GRAY);
                m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(m);
            }
            panels.add(PanelStyle.panel(g.getKey(), plot));
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("observed", null, null, null, true, new Ellipse2D.Double(-4.5, -4.5, 9, 9), false, OBSERVED,
                true, OBSERVED, new BasicStroke(1.5f), false, new Line2D.Double(), new BasicStroke(1f), OBSERVED));
        // one entry per language drawn, in its own colour and dash: the legend names every line it shows
        for (String language : shown) {
            int c = colour(language, languages);
            legend.add(new LegendItem("simulated " + language + " (mean, 95% band)", null, null, null, true,
                    new Rectangle2D.Double(-3.5, -3.5, 7, 7), true, Palette.color(c), false, Palette.color(c), new BasicStroke(1f),
                    true, new Line2D.Double(-16, 0, 16, 0), Palette.stroke(c, 2.5f), Palette.color(c)));
        }
        if (predictive) {
            for (String language : shown) {
                legend.add(new LegendItem("95% predictive interval " + language + " (ensemble, residual noise)", null, null, null,
                        new Rectangle2D.Double(-8, -5, 16, 10), Palette.translucent(colour(language, languages), 0.12)));
            }
        }
        int columns = panels.size() <= 2 ? Math.max(1, panels.size()) : panels.size() == 4 ? 2 : 3;
        return new ChartGrid("Calibration: observed against simulated", subtitle, panels, legend, columns);
    }

    private static int colour(String language, List<String> languages) {
        int i = languages.indexOf(language);
        return i >= 0 ? i : languages.size();
    }

    static List<Row> rows(Path file) {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : records(file)) {
            rows.add(new Row((int) number(file, r, "year"), field(file, r, "metric"), field(file, r, "language"), field(file, r, "layer"),
                    number(file, r, "observed"), number(file, r, "simulated"), number(file, r, "ci_low"), number(file, r, "ci_high"),
                    optionalNumber(file, r, "pi_low"), optionalNumber(file, r, "pi_high"), field(file, r, "set")));
        }
        return rows;
    }

}
