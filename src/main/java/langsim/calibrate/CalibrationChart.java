package langsim.calibrate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.chart.ChartGrid;
import langsim.chart.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Observed (points) against simulated (line, 95 % band of the mean; lighter: the ensemble's 95 % predictive interval)
 * per metric and language; held-out years right of the line.
 */
final class CalibrationChart {
    private static final Color OBSERVED = new Color(0x222222);
    private static final Font PANEL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private CalibrationChart() {
    }

    static ChartGrid of(CalibrationResult result) {
        Map<String, List<CalibrationResult.Row>> groups = new LinkedHashMap<>();
        for (CalibrationResult.Row r : result.rows()) {
            Observation o = r.observation();
            groups.computeIfAbsent(o.metric() + " · " + o.language() + (o.layer().isEmpty() ? "" : " · " + o.layer()), k -> new ArrayList<>()).add(r);
        }
        List<String> langs = result.calibration().base().languageNames();
        List<JFreeChart> panels = new ArrayList<>();
        int firstHeldOut = result.calibration().spec().heldOutYears().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        for (var g : groups.entrySet()) {
            int colour = Math.max(0, langs.indexOf(g.getValue().get(0).observation().language()));
            YIntervalSeries sim = new YIntervalSeries("simulated", false, true);
            YIntervalSeries obs = new YIntervalSeries("observed", false, true);
            YIntervalSeries pi = new YIntervalSeries("predictive", false, true);
            double top = 0;
            for (CalibrationResult.Row r : g.getValue()) {
                double y = r.simulated().mean();
                double lo = Double.isNaN(r.simulated().low()) ? y : r.simulated().low();
                double hi = Double.isNaN(r.simulated().high()) ? y : r.simulated().high();
                sim.add(r.observation().year(), y, lo, hi);
                obs.add(r.observation().year(), r.observation().value(), r.observation().value(), r.observation().value());
                PredictionBand band = r.predictive();
                if (!Double.isNaN(band.low()) && !Double.isNaN(band.high())) {
                    pi.add(r.observation().year(), y, band.low(), band.high());
                    hi = Math.max(hi, band.high());
                }
                top = Math.max(top, Math.max(hi, r.observation().value()));
            }
            YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
            ds.addSeries(sim);
            ds.addSeries(obs);
            ds.addSeries(pi);
            DeviationRenderer renderer = new DeviationRenderer(true, true);
            renderer.setSeriesPaint(0, Palette.color(colour));
            renderer.setSeriesStroke(0, Palette.stroke(0, 2.5f));
            renderer.setSeriesFillPaint(0, Palette.translucent(colour, 0.25));
            renderer.setSeriesShapesVisible(0, false);
            renderer.setSeriesPaint(1, OBSERVED);
            renderer.setSeriesLinesVisible(1, false);
            renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesFillPaint(1, new Color(0, 0, 0, 0));
            renderer.setSeriesPaint(2, new Color(0, 0, 0, 0));
            renderer.setSeriesShapesVisible(2, false);
            renderer.setSeriesFillPaint(2, Palette.translucent(colour, 0.12));
            NumberAxis x = new NumberAxis("year");
            x.setAutoRangeIncludesZero(false);
            x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
            NumberAxis y = new NumberAxis(g.getKey().split(" · ")[0]);
            y.setRange(0, top <= 0 ? 1 : top * 1.15);
            for (NumberAxis a : new NumberAxis[] {x, y}) {
                a.setLabelFont(AXIS);
                a.setLabelPaint(Color.DARK_GRAY);
            }
            XYPlot plot = new XYPlot(ds, x, y, renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xDDDDDD));
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            plot.setOutlinePaint(Color.GRAY);
            if (firstHeldOut != Integer.MAX_VALUE) {
                ValueMarker m = new ValueMarker(firstHeldOut - 0.5, Color.GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 4f}, 0f));
                m.setLabel("held out →");
                m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
                plot.addDomainMarker(m);
            }
            JFreeChart chart = new JFreeChart(g.getKey(), PANEL_TITLE, plot, false);
            chart.setBackgroundPaint(Color.WHITE);
            chart.setBorderVisible(false);
            chart.setPadding(new RectangleInsets(6, 6, 6, 12));
            panels.add(chart);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("observed", null, null, null, true, new Ellipse2D.Double(-4, -4, 8, 8), false, OBSERVED, true,
                OBSERVED, new BasicStroke(1.5f), false, new Line2D.Double(), new BasicStroke(1f), OBSERVED));
        legend.add(new LegendItem("simulated at the fitted values (mean, 95% band)", null, null, null, false, new Rectangle2D.Double(),
                false, Palette.color(0), false, Palette.color(0), new BasicStroke(1f), true, new Line2D.Double(-16, 0, 16, 0),
                Palette.stroke(0, 2.5f), Palette.color(0)));
        legend.add(new LegendItem("95% predictive interval (ensemble, residual noise)", null, null, null, new Rectangle2D.Double(-8, -5, 16, 10),
                Palette.translucent(0, 0.12)));
        CalibrationSpec s = result.calibration().spec();
        String subtitle = "calibration " + s.name() + " · " + s.finalReplications() + " replications · held-out years " + s.heldOutYears();
        int columns = panels.size() <= 2 ? Math.max(1, panels.size()) : panels.size() == 4 ? 2 : 3;
        return new ChartGrid("Observed against simulated", subtitle, panels, legend, columns);
    }
}
