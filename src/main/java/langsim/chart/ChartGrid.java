package langsim.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * A figure of several chart panels in a grid under one title, with one legend (the languages) for all:
 * JFreeChart has no grid of plots, so the panels are drawn side by side onto one canvas, PNG or SVG alike.
 */
public final class ChartGrid implements Drawable {
    private final String title;
    private final String subtitle;
    private final List<JFreeChart> panels;
    private final LegendItemCollection legend;
    private final int columns;
    /** panels in each row, top to bottom; short rows are centred. */
    private final int[] rowSizes;

    public ChartGrid(String title, String subtitle, List<JFreeChart> panels, LegendItemCollection legend, int columns) {
        this(title, subtitle, panels, legend, evenRows(panels.size(), Math.max(1, Math.min(columns, panels.size()))));
    }

    /** A grid whose rows hold the given numbers of panels (e.g. one row per group of panels). */
    public ChartGrid(String title, String subtitle, List<JFreeChart> panels, LegendItemCollection legend, int[] rowSizes) {
        this.title = title;
        this.subtitle = subtitle;
        this.panels = List.copyOf(panels);
        this.legend = legend;
        this.rowSizes = rowSizes.clone();
        int sum = 0;
        int widest = 1;
        for (int n : rowSizes) {
            if (n < 1) throw new IllegalArgumentException("empty row");
            sum += n;
            widest = Math.max(widest, n);
        }
        if (sum != panels.size()) throw new IllegalArgumentException(sum + " cells for " + panels.size() + " panels");
        this.columns = widest;
    }

    private static int[] evenRows(int panels, int columns) {
        int rows = Math.max(1, (panels + columns - 1) / columns);
        int[] sizes = new int[rows];
        for (int r = 0; r < rows; r++) sizes[r] = Math.min(columns, panels - r * columns);
        return panels == 0 ? new int[0] : sizes;
    }

    public List<JFreeChart> panels() {
        return panels;
    }

    public String title() {
        return title;
    }

    /** The legend under the panels. */
    public LegendItemCollection legend() {
        return legend;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setPaint(Color.WHITE);
        g2.fill(area);
        double x = area.getX();
        double y = area.getY() + 8;
        double w = area.getWidth();
        y += drawTitle(g2, new TextTitle(title, Style.TITLE_FONT), x, y, w);
        if (subtitle != null && !subtitle.isEmpty()) {
            y += drawTitle(g2, new TextTitle(subtitle, Style.SUBTITLE_FONT, Color.DARK_GRAY, RectangleEdge.TOP,
                    HorizontalAlignment.CENTER, org.jfree.chart.ui.VerticalAlignment.CENTER, RectangleInsets.ZERO_INSETS), x, y, w);
        }
        LegendTitle legendTitle = new LegendTitle(() -> legend);
        legendTitle.setItemFont(Style.LEGEND_FONT);
        legendTitle.setFrame(BlockBorder.NONE);
        legendTitle.setBackgroundPaint(null);
        legendTitle.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        Size2D ls = legendTitle.arrange(g2, widthUpTo(w - 20));
        double legendHeight = ls.height + 10;
        double bottom = area.getMaxY() - legendHeight;
        legendTitle.draw(g2, new Rectangle2D.Double(x + (w - ls.width) / 2, bottom + 2, ls.width, ls.height));

        int rows = rowSizes.length;
        double cellW = w / columns;
        double cellH = rows == 0 ? 0 : (bottom - y) / rows;
        int i = 0;
        for (int r = 0; r < rows; r++) {
            double offset = (columns - rowSizes[r]) * cellW / 2; // centre a short row
            for (int c = 0; c < rowSizes[r]; c++, i++) {
                panels.get(i).draw(g2, new Rectangle2D.Double(x + offset + c * cellW, y + r * cellH, cellW, cellH));
            }
        }
    }

    private static double drawTitle(Graphics2D g2, TextTitle t, double x, double y, double w) {
        Size2D s = t.arrange(g2, widthUpTo(w));
        t.draw(g2, new Rectangle2D.Double(x, y, w, s.height));
        return s.height + 2;
    }

    private static RectangleConstraint widthUpTo(double w) {
        return new RectangleConstraint(0, new Range(0, w), LengthConstraintType.RANGE, 0, null, LengthConstraintType.NONE);
    }

    /** Fonts used by every chart. */
    static final class Style {
        static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
        static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        static final Font PANEL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
        static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

        private Style() {
        }
    }
}
