package langsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;

import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
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
        axis(domain);
        axis(range);
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

    /** The same look for a plot of categories (bars by parameter, for instance). */
    public static CategoryPlot plot(CategoryDataset data, CategoryAxis domain, ValueAxis range, CategoryItemRenderer renderer) {
        axis(domain);
        axis(range);
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** Axis fonts and colours of every chart. */
    public static void axis(Axis a) {
        if (a == null) return;   // a subplot of a combined plot shares its parent's axis
        a.setLabelFont(ChartGrid.Style.AXIS_LABEL_FONT);
        a.setTickLabelFont(ChartGrid.Style.TICK_FONT);
        a.setTickLabelPaint(Color.DARK_GRAY);
        a.setLabelPaint(Color.DARK_GRAY);
    }

    /** An axis of calendar years: whole years only, never one year twice, no thousands separator. */
    public static NumberAxis yearAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        TickUnits units = new TickUnits();
        DecimalFormat year = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) units.add(new NumberTickUnit(step, year, 5));
        a.setStandardTickUnits(units);
        return a;
    }

    /**
     * The look of a whole chart drawn by JFreeChart itself (the live view): title, subtitle and legend fonts of the
     * figures {@link ChartGrid} draws.
     */
    public static void figure(JFreeChart chart, String subtitle) {
        chart.getTitle().setFont(ChartGrid.Style.TITLE_FONT);
        if (subtitle != null) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle, ChartGrid.Style.SUBTITLE_FONT));
            ((org.jfree.chart.title.TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).setPaint(Color.DARK_GRAY);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(ChartGrid.Style.LEGEND_FONT);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        chart.setPadding(new RectangleInsets(6, 6, 6, 16));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }

    /** The font of labels drawn inside a plot (markers, annotations). */
    public static Font markerFont() {
        return ChartGrid.Style.MARKER_FONT;
    }

    /** A titled panel around a plot, without its own legend (grids carry one shared legend). */
    public static JFreeChart panel(String title, XYPlot plot) {
        return panel(title, (Plot) plot);
    }

    /** As {@link #panel(String, XYPlot)}, for any plot; a null title draws none. */
    public static JFreeChart panel(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(title, ChartGrid.Style.PANEL_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
