package langsim.calibrate;

import static langsim.output.ResultsCsv.field;
import static langsim.output.ResultsCsv.number;
import static langsim.output.ResultsCsv.records;
import static langsim.output.ResultsCsv.text;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
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
import langsim.config.ConfigException;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The loss slice: one panel per parameter, objective against value, the best fit and the 95 % region's bound marked. */
final class ProfileChart {
    private static final Color BOUND = new Color(0x888888);
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 4f}, 0f);

    static final String FILE = "profile.csv";
    private static final Pattern REPLICATIONS = Pattern.compile("values per parameter across its bounds, the others at the best fit, (\\d+) replications each");

    private ProfileChart() {
    }

    /** One parameter's slice as profile.csv and parameters.csv hold it. */
    record Slice(String path, double min, double max, double best, String verdict, List<double[]> points) {
    }

    /**
     * The chart drawn from a calibration folder's files alone (profile.csv, parameters.csv, summary.txt), so that
     * {@code calibrate} and a later {@code langsim report DIR} draw the same bytes; null when there is no slice.
     */
    static ChartGrid ofFolder(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) return null;
        Map<String, double[]> bounds = new LinkedHashMap<>();
        Path parameters = dir.resolve("parameters.csv");
        for (CSVRecord r : records(parameters)) {
            bounds.put(field(parameters, r, "path"), new double[] {number(parameters, r, "min"), number(parameters, r, "max")});
        }
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        Map<String, CSVRecord> last = new LinkedHashMap<>();
        double bestError = Double.NaN;
        double bound = Double.NaN;
        for (CSVRecord r : records(file)) {
            String parameter = field(file, r, "parameter");
            points.computeIfAbsent(parameter, k -> new ArrayList<>()).add(new double[] {number(file, r, "value"), number(file, r, "objective")});
            last.put(parameter, r);
            bestError = number(file, r, "best_objective");
            bound = number(file, r, "region_bound");
        }
        if (points.isEmpty()) return null;
        List<Slice> slices = new ArrayList<>();
        for (var e : points.entrySet()) {
            double[] mm = bounds.get(e.getKey());
            if (mm == null) throw ConfigException.of(file.toString(), "parameter '" + e.getKey() + "' is not in parameters.csv");
            CSVRecord r = last.get(e.getKey());
            slices.add(new Slice(e.getKey(), mm[0], mm[1], number(file, r, "best_value"), field(file, r, "verdict"), e.getValue()));
        }
        String summary = Files.isRegularFile(dir.resolve("summary.txt")) ? text(dir.resolve("summary.txt")) : "";
        Matcher name = CalibrationChart.NAME.matcher(summary);
        Matcher reps = REPLICATIONS.matcher(summary);
        String subtitle = (name.find() ? "calibration " + name.group(1) : "calibration") + " · "
                + slices.get(0).points().size() + " values per parameter" + (reps.find() ? " · " + reps.group(1) + " replications each" : "");
        return of(slices, bestError, bound, subtitle);
    }

    static ChartGrid of(List<Slice> slices, double bestError, double bound, String subtitle) {
        List<JFreeChart> panels = new ArrayList<>();
        for (Slice s : slices) {
            XYSeries slice = new XYSeries("slice", true, true);
            for (double[] p : s.points()) slice.addOrUpdate(p[0], p[1]);
            slice.addOrUpdate(s.best(), bestError);
            XYSeries best = new XYSeries("best fit");
            best.add(s.best(), bestError);
            XYSeriesCollection ds = new XYSeriesCollection();
            ds.addSeries(slice);
            ds.addSeries(best);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
            r.setSeriesPaint(0, Palette.color(0));
            r.setSeriesStroke(0, Palette.stroke(0, 2.5f));
            r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
            r.setSeriesPaint(1, Palette.color(1));
            r.setSeriesLinesVisible(1, false);
            r.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
            NumberAxis x = new NumberAxis("value");
            x.setAutoRangeIncludesZero(false);
            x.setRange(s.min(), s.max());
            NumberAxis y = new NumberAxis("objective");
            double top = Math.max(bound, s.points().stream().mapToDouble(p -> p[1]).max().orElse(bound));
            y.setRange(0, top > 0 ? top * 1.1 : 1);
            XYPlot plot = PanelStyle.plot(ds, x, y, r);
            plot.addRangeMarker(new ValueMarker(bound, BOUND, DASHED));
            panels.add(PanelStyle.panel(shortName(s.path()) + " · " + s.verdict(), plot));
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("objective along the slice (others at the best fit)", null, null, null, true,
                new Ellipse2D.Double(-3, -3, 6, 6), true, Palette.color(0), false, Palette.color(0), new BasicStroke(1f), true,
                new Line2D.Double(-16, 0, 16, 0), Palette.stroke(0, 2.5f), Palette.color(0)));
        legend.add(new LegendItem("best fit", null, null, null, true, new Ellipse2D.Double(-5, -5, 10, 10), true, Palette.color(1),
                false, Palette.color(1), new BasicStroke(1f), false, new Line2D.Double(), new BasicStroke(1f), Palette.color(1)));
        legend.add(new LegendItem("95 % region for one parameter (below the line)", null, null, null, false, new Ellipse2D.Double(),
                false, BOUND, false, BOUND, new BasicStroke(1f), true, new Line2D.Double(-16, 0, 16, 0), DASHED, BOUND));
        int n = panels.size();
        int columns = n <= 2 ? Math.max(1, n) : n == 4 ? 2 : 3;
        return new ChartGrid("Loss slice per parameter (identifiability)", subtitle, panels, legend, columns);
    }

    /** The last two parts of a scenario path: enough to tell the panels apart. */
    static String shortName(String path) {
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? path : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
