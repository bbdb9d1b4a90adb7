package langsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EventLabelsTest {
    private static final double LEFT = 50;
    private static final double RIGHT = 450;
    private static final double TOP = 20;
    private static final double HEIGHT = 14;

    @Test
    void addingEventsNeverMakesTwoLabelsOverlap() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(12);
            double[] anchors = new double[n];
            double[] widths = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct years, so many events share a year or stand a year apart
                anchors[i] = LEFT + 40 * random.nextInt(11);
                widths[i] = 20 + random.nextInt(160);
            }
            Arrays.sort(anchors);
            for (int k = 1; k <= n; k++) {
                List<Rectangle2D> boxes = EventLabels.place(Arrays.copyOf(anchors, k), Arrays.copyOf(widths, k), HEIGHT, LEFT, RIGHT, TOP);
                assertEquals(k, boxes.size());
                for (int i = 0; i < k; i++) {
                    for (int j = i + 1; j < k; j++) {
                        assertFalse(boxes.get(i).intersects(boxes.get(j)), "trial " + trial + ": labels " + i + " and " + j + " overlap");
                    }
                    Rectangle2D b = boxes.get(i);
                    // each label stands beside its own line, just right or just left of it
                    boolean right = Math.abs(b.getX() - (anchors[i] + EventLabels.PAD)) < 1e-9;
                    boolean left = Math.abs(b.getMaxX() - (anchors[i] - EventLabels.PAD)) < 1e-9;
                    assertTrue(right || left, "label " + i + " beside its line");
                    assertTrue(b.getY() >= TOP);
                }
            }
        }
    }

    @Test
    void laterEventsNeverMoveEarlierLabels() {
        double[] anchors = {60, 60, 100, 300, 440};
        double[] widths = {120, 90, 150, 60, 80};
        List<Rectangle2D> all = EventLabels.place(anchors, widths, HEIGHT, LEFT, RIGHT, TOP);
        for (int k = 1; k < anchors.length; k++) {
            List<Rectangle2D> prefix = EventLabels.place(Arrays.copyOf(anchors, k), Arrays.copyOf(widths, k), HEIGHT, LEFT, RIGHT, TOP);
            assertEquals(all.subList(0, k), prefix);
        }
    }

    @Test
    void sameYearEventsStackAndALabelNearTheRightEdgeTurnsLeft() {
        List<Rectangle2D> boxes = EventLabels.place(new double[] {100, 100, 440}, new double[] {80, 80, 80}, HEIGHT, LEFT, RIGHT, TOP);
        assertEquals(boxes.get(0).getX(), boxes.get(1).getX());
        assertTrue(boxes.get(1).getY() >= boxes.get(0).getMaxY(), "the second label of the year goes below the first");
        assertTrue(boxes.get(2).getMaxX() <= RIGHT, "stays inside the plot");
        assertEquals(TOP, boxes.get(2).getY(), "and takes the first row, where nothing is in its way");
    }
}
