package langsim.verify;

import static langsim.output.ResultsCsv.field;
import static langsim.output.ResultsCsv.number;
import static langsim.output.ResultsCsv.records;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import langsim.chart.ChartGrid;
import langsim.chart.PanelStyle;
import langsim.chart.Palette;
import langsim.config.ConfigException;
import langsim.output.Csv;
import langsim.output.Num;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The verify chart: one panel per reference model, the published result as a dark dashed line and the simulated
 * mean as a coloured line with its 95 % band, in the style of the run charts ({@link Palette}, {@link ChartGrid}); drawn
 * from the folder's files (verify.csv, verify-curves.csv, verify.txt), so that {@code langsim report DIR} redraws it.
 */
final class VerifyChart {
    static final String CURVES = "verify-curves.csv";
    private static final Color REFERENCE = Palette.INK;
    private static final Pattern SEED = Pattern.compile("master seed (-?\\d+)");

    private VerifyChart() {
    }

    /** The chart of a verify folder (or the staging folder being written), from its files only. */
    static ChartGrid ofFolder(Path dir) {
        List<String> models = new ArrayList<>();
        for (CSVRecord r : records(dir.resolve(Verifier.CSV))) {
            String m = field(dir.resolve(Verifier.CSV), r, "model");
            if (!models.contains(m)) models.add(m);
        }
        List<Panel> panels = panels(dir.resolve(CURVES));
        String seed = "";
        Path txt = dir.resolve(Verifier.TXT);
        if (Files.isRegularFile(txt)) {
            try {
                Matcher m = SEED.matcher(Files.readString(txt, StandardCharsets.UTF_8));
                if (m.find()) seed = "master seed " + m.group(1) + " · ";
            } catch (IOException e) {
                throw ConfigException.of(txt.toString(), "cannot read: " + e.getMessage());
            }
        }
        return of(models, panels, seed + "published (dashed) against simulated");
    }

    static ChartGrid of(List<String> models, List<Panel> panels, String subtitle) {
        List<JFreeChart> charts = new ArrayList<>();
        boolean coarse = false;
        for (Panel p : panels) {
            charts.add(panel(p));
            coarse |= p.series().stream().filter(s -> !s.reference()).count() == 2;
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(line("published", REFERENCE, dashed(2.5f)));
        legend.add(line("simulated (mean, 95% band)", Palette.color(0), Palette.stroke(0, 2.5f)));
        // the second colour only where a panel draws it: the legend names no line that is not there
        if (coarse) legend.add(line("simulated, coarse step", Palette.color(1), Palette.stroke(1, 2.5f)));
        String title = models.size() == 1 ? "Verification: " + models.get(0) : "Verification against published models";
        return new ChartGrid(title, subtitle, charts, legend, Math.min(3, Math.max(1, charts.size())));
    }

    /** verify-curves.csv: every point of every line of the chart, so that the chart can be redrawn from the folder. */
    static String curvesCsv(List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder("panel,panel_title,x_label,y_label,line,series,kind,x,y,low,high\n");
        int n = 0;
        for (Outcome o : outcomes) {
            for (Panel p : o.panels()) {
                for (int line = 0; line < p.series().size(); line++) {
                    Series s = p.series().get(line);
                    for (int i = 0; i < s.x().length; i++) {
                        b.append(n).append(',').append(Csv.escape(p.title())).append(',').append(Csv.escape(p.xLabel())).append(',')
                                .append(Csv.escape(p.yLabel())).append(',').append(line).append(',').append(Csv.escape(s.name())).append(',')
                                .append(s.reference() ? "published" : "simulated").append(',').append(Num.format(s.x()[i])).append(',')
                                .append(Num.format(s.y()[i])).append(',').append(s.low() == null ? "" : Num.format(s.low()[i]))
                                .append(',').append(s.high() == null ? "" : Num.format(s.high()[i])).append('\n');
                    }
                }
                n++;
            }
        }
        return b.toString();
    }

    private static List<Panel> panels(Path file) {
        Map<Integer, Panel> panels = new LinkedHashMap<>();
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        Map<String, Boolean> reference = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CSVRecord r : records(file)) {
            int p = (int) number(file, r, "panel");
            panels.putIfAbsent(p, new Panel(field(file, r, "panel_title"), field(file, r, "x_label"), field(file, r, "y_label"),
                    new ArrayList<>()));
            String key = p + "," + field(file, r, "line");
            names.putIfAbsent(key, field(file, r, "series"));
            points.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {number(file, r, "x"), number(file, r, "y"),
                number(file, r, "low"), number(file, r, "high")});
            reference.putIfAbsent(key, field(file, r, "kind").equals("published"));
        }
        for (var e : points.entrySet()) {
            int p = Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf(',')));
            String name = names.get(e.getKey());
            List<double[]> pts = e.getValue();
            double[][] cols = new double[4][pts.size()];
            for (int i = 0; i < pts.size(); i++) for (int c = 0; c < 4; c++) cols[c][i] = pts.get(i)[c];
            panels.get(p).series().add(reference.get(e.getKey()) ? Series.published(name, cols[0], cols[1])
                    : Series.simulated(name, cols[0], cols[1], cols[2], cols[3]));
        }
        return new ArrayList<>(panels.values());
    }

    private static LegendItem line(String name, Color color, java.awt.Stroke stroke) {
        return new LegendItem(name, null, null, null, false, new Rectangle2D.Double(), false, color, false, color,
                new BasicStroke(1f), true, new Line2D.Double(-16, 0, 16, 0), stroke, color);
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    private static JFreeChart panel(Panel p) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int simulated = 0;
        int index = 0;
        for (Series s : p.series()) {
            YIntervalSeries ys = new YIntervalSeries(s.name().isEmpty() ? "#" + index : s.name(), false, true);
            for (int i = 0; i < s.x().length; i++) {
                double y = s.y()[i];
                if (Double.isNaN(y)) continue;
                double lo = s.low() == null || Double.isNaN(s.low()[i]) ? y : s.low()[i];
                double hi = s.high() == null || Double.isNaN(s.high()[i]) ? y : s.high()[i];
                ys.add(s.x()[i], y, lo, hi);
            }
            ds.addSeries(ys);
            if (s.reference()) {
                renderer.setSeriesPaint(index, REFERENCE);
                renderer.setSeriesStroke(index, dashed(2.5f));
                renderer.setSeriesFillPaint(index, new Color(0, 0, 0, 0));
            } else {
                boolean traces = p.series().size() > 4;
                int colour = traces ? 0 : Math.min(simulated, 1);
                renderer.setSeriesPaint(index, traces ? Palette.translucent(0, 0.45) : Palette.color(colour));
                renderer.setSeriesStroke(index, traces ? new BasicStroke(1.2f) : Palette.stroke(colour, 2.5f));
                renderer.setSeriesFillPaint(index, Palette.translucent(colour, 0.25));
                simulated++;
            }
            index++;
        }
        renderer.setAlpha(1f);
        NumberAxis domain = new NumberAxis(p.xLabel());
        domain.setAutoRangeIncludesZero(true);
        NumberAxis range = new NumberAxis(p.yLabel());
        range.setRange(0, 1.02);
        range.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        JFreeChart chart = PanelStyle.panel(p.title(), PanelStyle.plot(ds, domain, range, renderer));
        return chart;
    }
}
