package langsim.chart;

import java.awt.Graphics2D;

import org.jfree.chart.axis.NumberAxis;

/**
 * A number axis with room between its ticks: JFreeChart packs a vertical axis with as many ticks as labels fit
 * end to end (29 on the hiring-cost axis of a short panel); this one leaves about three label heights per tick.
 */
final class ReadableNumberAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private static final double SPACING = 3.0;

    ReadableNumberAxis(String label) {
        super(label);
    }

    @Override
    protected double estimateMaximumTickLabelHeight(Graphics2D g2) {
        return SPACING * super.estimateMaximumTickLabelHeight(g2);
    }
}
