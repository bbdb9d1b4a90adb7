package langsim.calibrate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

import langsim.chart.ChartGrid;
import langsim.chart.Palette;
import langsim.chart.PanelStyle;
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

    private ProfileChart() {
    }

    static ChartGrid of(Calibration cal, Profile profile) {
        List<JFreeChart> panels = new ArrayList<>();
        double bound = profile.regionBound();
        for (int i = 0; i < cal.params().size(); i++) {
            XYSeries slice = new XYSeries("slice", true, true);
            for (Profile.Point p : profile.of(i)) slice.addOrUpdate(p.value(), p.objective());
            slice.addOrUpdate(profile.best(i), profile.bestError());
            XYSeries best = new XYSeries("best fit");
            best.add(profile.best(i), profile.bestError());
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
            x.setRange(cal.params().get(i).min(), cal.params().get(i).max());
            NumberAxis y = new NumberAxis("objective");
            double top = Math.max(bound, profile.of(i).stream().mapToDouble(Profile.Point::objective).max().orElse(bound));
            y.setRange(0, top > 0 ? top * 1.1 : 1);
            XYPlot plot = PanelStyle.plot(ds, x, y, r);
            ValueMarker m = new ValueMarker(bound, BOUND, DASHED);
            plot.addRangeMarker(m);
            Profile.Verdict v = profile.verdict(i);
            panels.add(PanelStyle.panel(shortName(cal.params().get(i).path()) + " · " + v.word(), plot));
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("objective along the slice (others at the best fit)", null, null, null, true,
                new Ellipse2D.Double(-3, -3, 6, 6), true, Palette.color(0), false, Palette.color(0), new BasicStroke(1f), true,
                new Line2D.Double(-16, 0, 16, 0), Palette.stroke(0, 2.5f), Palette.color(0)));
        legend.add(new LegendItem("best fit", null, null, null, true, new Ellipse2D.Double(-5, -5, 10, 10), true, Palette.color(1),
                false, Palette.color(1), new BasicStroke(1f), false, new Line2D.Double(), new BasicStroke(1f), Palette.color(1)));
        legend.add(new LegendItem("95 % region for one parameter (below the line)", null, null, null, false, new Ellipse2D.Double(),
                false, BOUND, false, BOUND, new BasicStroke(1f), true, new Line2D.Double(-16, 0, 16, 0), DASHED, BOUND));
        CalibrationSpec s = cal.spec();
        String subtitle = "calibration " + s.name() + " · " + s.profilePoints() + " values per parameter · " + s.replications()
                + " replications each";
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
