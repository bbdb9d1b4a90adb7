package langsim.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The labels of a plot's event lines, one per event, placed at draw time (only then are pixel positions and text
 * widths known) so that no two overlap: each label starts beside its line, in the highest row where it meets no
 * label placed before it, and flips to the left of its line where it would leave the plot on the right.
 */
final class EventLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    static final double PAD = 3;
    static final double GAP = 4;

    private final List<Double> years = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final Font font;
    private final Color text;
    private final Color background;

    EventLabels(Map<Integer, List<String>> events, Font font, Color text, Color background) {
        events.forEach((year, ls) -> ls.forEach(l -> {
            years.add((double) year);
            labels.add(l);
        }));
        this.font = font;
        this.text = text;
        this.background = background;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        FontRenderContext frc = g2.getFontRenderContext();
        List<String> shown = new ArrayList<>();
        List<Double> anchors = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        double height = 0;
        for (int i = 0; i < years.size(); i++) {
            if (!domainAxis.getRange().contains(years.get(i))) continue;
            Rectangle2D b = font.getStringBounds(labels.get(i), frc);
            shown.add(labels.get(i));
            anchors.add(domainAxis.valueToJava2D(years.get(i), dataArea, plot.getDomainAxisEdge()));
            widths.add(b.getWidth() + 2 * PAD);
            height = Math.max(height, b.getHeight() + 2);
        }
        List<Rectangle2D> boxes = place(toArray(anchors), toArray(widths), height, dataArea.getMinX(), dataArea.getMaxX(),
                dataArea.getMinY() + PAD);
        g2.setFont(font);
        float ascent = font.getLineMetrics("Ag", frc).getAscent();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D box = boxes.get(i);
            g2.setPaint(background);
            g2.fill(box);
            g2.setPaint(text);
            g2.drawString(shown.get(i), (float) (box.getX() + PAD), (float) (box.getY() + 1 + ascent));
        }
    }

    /**
     * Boxes for labels of the given widths beside lines at x = anchors (in the given order): to the right of the line, or
     * to its left where the right would pass {@code right}; in the first row from {@code top} down where the box keeps
     * {@link #GAP} from every box already in that row. Rows are {@code height + GAP} apart, so no two boxes overlap.
     */
    static List<Rectangle2D> place(double[] anchors, double[] widths, double height, double left, double right, double top) {
        List<List<Rectangle2D>> rows = new ArrayList<>();
        List<Rectangle2D> out = new ArrayList<>();
        for (int i = 0; i < anchors.length; i++) {
            double w = widths[i];
            double x = anchors[i] + PAD;
            if (x + w > right && anchors[i] - PAD - w >= left) x = anchors[i] - PAD - w;
            int row = 0;
            while (row < rows.size() && collides(rows.get(row), x, w)) row++;
            if (row == rows.size()) rows.add(new ArrayList<>());
            Rectangle2D box = new Rectangle2D.Double(x, top + row * (height + GAP), w, height);
            rows.get(row).add(box);
            out.add(box);
        }
        return out;
    }

    private static boolean collides(List<Rectangle2D> row, double x, double w) {
        for (Rectangle2D b : row) {
            if (x < b.getMaxX() + GAP && b.getX() < x + w + GAP) return true;
        }
        return false;
    }

    private static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) a[i] = values.get(i);
        return a;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
