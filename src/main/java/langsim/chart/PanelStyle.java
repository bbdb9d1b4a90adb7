package langsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

/** The look of one chart panel (fonts, grid, padding), shared by run, verify and other charts. */
public final class PanelStyle {
    private static final Color GRID = new Color(0xDDDDDD);

    private PanelStyle() {
    }

    /** A white plot with light grid lines and dark-grey axis text. */
    public static XYPlot plot(XYDataset data, ValueAxis domain, ValueAxis range, XYItemRenderer renderer) {
        for (ValueAxis a : new ValueAxis[] {domain, range}) {
            a.setLabelFont(ChartGrid.Style.AXIS_LABEL_FONT);
            a.setTickLabelFont(ChartGrid.Style.TICK_FONT);
            a.setTickLabelPaint(Color.DARK_GRAY);
            a.setLabelPaint(Color.DARK_GRAY);
        }
        XYPlot plot = new XYPlot(data, domain, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** A titled panel around a plot, without its own legend (grids carry one shared legend). */
    public static JFreeChart panel(String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(title, ChartGrid.Style.PANEL_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
