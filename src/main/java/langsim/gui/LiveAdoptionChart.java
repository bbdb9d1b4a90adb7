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
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live adoption curves: share of new work by language, one point per simulated year, in panels like the run's
 * adoption chart: the layers judged for dominance together (where the threshold applies), likewise for
 * foundation-layer, then every layer alone. {@link #show} picks one panel or all. The datasets belong to Swing: call
 * {@link #addYear}, {@link #clear}, {@link #show} and {@link #showVerdict} on the event dispatch thread (the GUIState
 * does so); the chart itself needs no display, so it is tested headless.
 */
public final class LiveAdoptionChart {
    /** {@link #show} argument for all panels. */
    public static final int ALL = -1;

    private final List<String> languages;
    private final List<String> names = new ArrayList<>();
    private final List<int[]> panelLayers = new ArrayList<>();
    private final List<XYSeriesCollection> datasets = new ArrayList<>();
    private final List<XYPlot> plots = new ArrayList<>();
    private final int[] layerPanel;
    private final CombinedDomainXYPlot combined;
    private final JFreeChart chart;
    private final TextTitle verdict = new TextTitle("");
    private int lastYear = Integer.MIN_VALUE;

    public LiveAdoptionChart(Scenario scenario) {
        List<String> layers = scenario.layerNames();
        this.languages = scenario.languageNames();
        var sim = scenario.simulation();
        NumberAxis years = PanelStyle.yearAxis("year");
        PanelStyle.axis(years);
        years.setRange(sim.startYear(), Math.max(sim.endYear(), sim.startYear() + 1));
        combined = new CombinedDomainXYPlot(years);
        combined.setGap(8);
        var v = scenario.verdict();
        List<List<String>> groups = List.of(v.applicationLayers(), v.foundationLayers());
        double[] thresholds = {v.dominanceThreshold(), v.foundationThreshold()};
        String[] tests = {"dominance", "foundation"};
        for (int g = 0; g < 2; g++) {
            int[] members = groups.get(g).stream().mapToInt(layers::indexOf).filter(i -> i >= 0).distinct().toArray();
            if (members.length > 1) {
                addPanel(String.join(" + ", groups.get(g)) + " together (" + tests[g] + ")", members, thresholds[g]);
            }
        }
        layerPanel = new int[layers.size()];
        for (int l = 0; l < layers.size(); l++) {
            double threshold = Double.NaN;
            for (int g = 0; g < 2; g++) {
                if (groups.get(g).size() == 1 && groups.get(g).contains(layers.get(l))) threshold = thresholds[g];
            }
            layerPanel[l] = plots.size();
            addPanel(layers.get(l), new int[] {l}, threshold);
        }
        show(ALL);
        // one legend entry per language, not one per language and panel
        combined.setFixedLegendItems(plots.get(0).getLegendItems());
        chart = new JFreeChart("Share of new work by language", combined);
        PanelStyle.figure(chart, "scenario: " + scenario.name());
        verdict.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.addSubtitle(verdict);
        chart.setBackgroundPaint(Color.WHITE);
    }

    private void addPanel(String name, int[] layers, double threshold) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int k = 0; k < languages.size(); k++) {
            ds.addSeries(new XYSeries(languages.get(k), true, false));
            r.setSeriesPaint(k, Palette.color(k));
            r.setSeriesStroke(k, Palette.stroke(k, 2f));
            r.setSeriesShape(k, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        NumberAxis share = new NumberAxis();
        share.setRange(0, 1);
        share.setTickUnit(new NumberTickUnit(0.5, new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        XYPlot plot = PanelStyle.plot(ds, null, share, r);   // the run charts' panel look
        // the panel's name inside it, top left: as a vertical axis label it did not fit a short panel
        TextTitle label = new TextTitle(name, new Font(Font.SANS_SERIF, Font.BOLD, 12));
        label.setBackgroundPaint(new Color(255, 255, 255, 200));
        plot.addAnnotation(new XYTitleAnnotation(0.005, 0.99, label, RectangleAnchor.TOP_LEFT));
        if (!Double.isNaN(threshold)) plot.addRangeMarker(threshold(threshold));
        names.add(name);
        panelLayers.add(layers);
        datasets.add(ds);
        plots.add(plot);
    }

    private static ValueMarker threshold(double value) {
        return new ValueMarker(value, Color.DARK_GRAY, new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Names of the panels, in order: groups of layers together, then each layer. */
    public List<String> panelNames() {
        return List.copyOf(names);
    }

    /** The layers (indices in the scenario) whose new work panel p shows. */
    public int[] panelLayers(int p) {
        return panelLayers.get(p).clone();
    }

    /** Shows panel p alone, or every panel ({@link #ALL}). */
    public void show(int p) {
        for (Object sub : new ArrayList<>(combined.getSubplots())) combined.remove((XYPlot) sub);
        for (int i = 0; i < plots.size(); i++) {
            if (p == ALL || p == i) combined.add(plots.get(i), 1);
        }
    }

    /** The panels shown now (for tests). */
    public int shownPanels() {
        return combined.getSubplots().size();
    }

    /** Shows the run's verdict under the title, once the run has ended; null clears it. */
    public void showVerdict(String text) {
        verdict.setText(text == null ? "" : text);
    }

    public String verdictText() {
        return verdict.getText();
    }

    /** The series of one layer alone, one per language (for tests and inspection). */
    public XYSeriesCollection dataset(int layer) {
        return datasets.get(layerPanel[layer]);
    }

    /** The series of panel p, one per language. */
    public XYSeriesCollection panelDataset(int p) {
        return datasets.get(p);
    }

    /** Years shown so far. */
    public int years() {
        return datasets.isEmpty() ? 0 : datasets.get(0).getSeries(0).getItemCount();
    }

    /** Adds one year's shares [panel][language] (NaN where the panel's layers had no work); a year already shown is ignored. */
    public void addYear(int year, double[][] shares) {
        if (year <= lastYear) return;
        lastYear = year;
        for (int p = 0; p < datasets.size(); p++) {
            for (int k = 0; k < languages.size(); k++) {
                double v = shares[p][k];
                datasets.get(p).getSeries(k).add(year, Double.isNaN(v) ? null : Double.valueOf(v));
            }
        }
    }

    public void clear() {
        lastYear = Integer.MIN_VALUE;
        verdict.setText("");
        for (XYSeriesCollection ds : datasets) {
            for (int k = 0; k < ds.getSeriesCount(); k++) ds.getSeries(k).clear();
        }
    }
}
