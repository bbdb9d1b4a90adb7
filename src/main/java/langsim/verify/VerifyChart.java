package langsim.verify;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import langsim.chart.ChartGrid;
import langsim.chart.PanelStyle;
import langsim.chart.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The verify chart: one panel per reference model, the published result as a dark dashed line and the simulated
 * mean as a coloured line with its 95 % band, in the style of the run charts ({@link Palette}, {@link ChartGrid}).
 */
final class VerifyChart {
    private static final Color REFERENCE = new Color(0x222222);

    private VerifyChart() {
    }

    static ChartGrid of(List<Outcome> outcomes, String subtitle) {
        List<JFreeChart> panels = new ArrayList<>();
        for (Outcome o : outcomes) {
            for (Panel p : o.panels()) panels.add(panel(p));
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(line("published", REFERENCE, dashed(2.5f)));
        legend.add(line("simulated (mean, 95% band)", Palette.color(0), Palette.stroke(0, 2.5f)));
        legend.add(line("simulated, coarse step", Palette.color(1), Palette.stroke(1, 2.5f)));
        String title = outcomes.size() == 1 ? "Verification: " + outcomes.get(0).model() : "Verification against published models";
        return new ChartGrid(title, subtitle, panels, legend, Math.min(3, Math.max(1, panels.size())));
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
        JFreeChart chart = PanelStyle.panel(p.title(), PanelStyle.plot(ds, domain, range, renderer));
        return chart;
    }
}
