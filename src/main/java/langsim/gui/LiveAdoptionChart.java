package langsim.gui;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import langsim.chart.Palette;
import langsim.chart.PanelStyle;
import langsim.scenario.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live adoption curves: share of new work by language, one panel per layer, one point per simulated year.
 * The datasets belong to Swing: call {@link #addYear} and {@link #clear} on the event dispatch thread
 * (the GUIState does so); the chart itself needs no display, so it is tested headless.
 */
public final class LiveAdoptionChart {
    private final List<String> layers;
    private final List<String> languages;
    private final List<XYSeriesCollection> datasets = new ArrayList<>();
    private final JFreeChart chart;
    private int lastYear = Integer.MIN_VALUE;

    public LiveAdoptionChart(Scenario scenario) {
        this.layers = scenario.layerNames();
        this.languages = scenario.languageNames();
        var sim = scenario.simulation();
        NumberAxis years = PanelStyle.yearAxis("year");
        PanelStyle.axis(years);
        years.setRange(sim.startYear(), Math.max(sim.endYear(), sim.startYear() + 1));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(years);
        combined.setGap(8);
        var verdict = scenario.verdict();
        for (String layer : layers) {
            XYSeriesCollection ds = new XYSeriesCollection();
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
            for (int k = 0; k < languages.size(); k++) {
                ds.addSeries(new XYSeries(languages.get(k), true, false));
                r.setSeriesPaint(k, Palette.color(k));
                r.setSeriesStroke(k, Palette.stroke(k, 2f));
                r.setSeriesShape(k, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
            }
            datasets.add(ds);
            NumberAxis share = new NumberAxis(layer);
            share.setRange(0, 1);
            share.setTickUnit(new NumberTickUnit(0.5, new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT))));
            // the run charts' panel look; the layer's name on the axis, as the panels share one title
            XYPlot plot = PanelStyle.plot(ds, null, share, r);
            share.setLabelFont(share.getLabelFont().deriveFont(Font.BOLD));
            if (verdict.applicationLayers().contains(layer)) plot.addRangeMarker(threshold(verdict.dominanceThreshold()));
            if (verdict.foundationLayers().contains(layer)) plot.addRangeMarker(threshold(verdict.foundationThreshold()));
            combined.add(plot, 1);
        }
        // one legend entry per language, not one per language and panel
        combined.setFixedLegendItems(((XYPlot) combined.getSubplots().get(0)).getLegendItems());
        chart = new JFreeChart("Share of new work by language", combined);
        PanelStyle.figure(chart, "scenario: " + scenario.name());
    }

    private static ValueMarker threshold(double value) {
        ValueMarker m = new ValueMarker(value, new Color(0x444444), new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        return m;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The series of one layer, one per language (for tests and inspection). */
    public XYSeriesCollection dataset(int layer) {
        return datasets.get(layer);
    }

    /** Years shown so far. */
    public int years() {
        return datasets.isEmpty() ? 0 : datasets.get(0).getSeries(0).getItemCount();
    }

    /** Adds one year's shares [layer][language] (NaN where a layer had no work); a year already shown is ignored. */
    public void addYear(int year, double[][] shares) {
        if (year <= lastYear) return;
        lastYear = year;
        for (int l = 0; l < layers.size(); l++) {
            for (int k = 0; k < languages.size(); k++) {
                double v = shares[l][k];
                datasets.get(l).getSeries(k).add(year, Double.isNaN(v) ? null : Double.valueOf(v));
            }
        }
    }

    public void clear() {
        lastYear = Integer.MIN_VALUE;
        for (XYSeriesCollection ds : datasets) {
            for (int k = 0; k < ds.getSeriesCount(); k++) ds.getSeries(k).clear();
        }
    }
}
