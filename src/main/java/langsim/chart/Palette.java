package langsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * Colours and line styles of languages, the same in every chart and in the live view: the colour-blind-safe
 * Okabe–Ito palette in scenario order (the first language gets blue, the second vermillion, ...), then
 * further colours from a fixed golden-angle walk around the hue circle, so any number of languages gets
 * distinct, deterministic colours. Lines also differ by dash pattern, so charts survive greyscale printing.
 */
public final class Palette {
    /** Okabe & Ito (2008), ordered for contrast on white; yellow and black last. */
    static final List<Color> OKABE_ITO = List.of(
            new Color(0x0072B2), // blue
            new Color(0xD55E00), // vermillion
            new Color(0x009E73), // bluish green
            new Color(0xE69F00), // orange
            new Color(0xCC79A7), // reddish purple
            new Color(0x56B4E9), // sky blue
            new Color(0x000000), // black
            new Color(0xF0E442)); // yellow

    /** Text, reference lines and observed points: near-black. */
    public static final Color INK = new Color(0x222222);

    /** Light-to-dark sequential scale for amounts (viridis, reversed): colour-blind-safe, readable in greyscale. */
    private static final Color[] SEQUENTIAL = {new Color(0xFDE725), new Color(0xB5DE2B), new Color(0x6ECE58),
        new Color(0x35B779), new Color(0x1F9E89), new Color(0x26828E), new Color(0x31688E), new Color(0x3E4989),
        new Color(0x482878), new Color(0x440154)};

    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {4f, 4f}};

    private Palette() {
    }

    /** The colour of the language at the given index of the scenario's language list. */
    public static Color color(int index) {
        if (index < 0) throw new IllegalArgumentException("negative index " + index);
        if (index < OKABE_ITO.size()) return OKABE_ITO.get(index);
        int extra = index - OKABE_ITO.size();
        float hue = (float) ((0.11 + extra * 0.381966011250105) % 1.0); // golden angle
        float saturation = extra % 2 == 0 ? 0.75f : 0.55f;
        float brightness = (extra / 2) % 2 == 0 ? 0.70f : 0.50f;
        return Color.getHSBColor(hue, saturation, brightness);
    }

    /** The same colour with the given alpha (0..1), for interval bands and stacked areas. */
    public static Color translucent(int index, double alpha) {
        Color c = color(index);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    /** Line stroke of the language at the given index: solid for the first, dashed or dotted for others. */
    public static Stroke stroke(int index, float width) {
        float[] dash = DASHES[index % DASHES.length];
        if (dash == null) return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) scaled[i] = dash[i] * width / 2f;
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }

    /** #rrggbb of the language's colour, for HTML. */
    public static String hex(int index) {
        Color c = color(index);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** The sequential scale at {@code t} in 0..1 (clamped), interpolated: light for little, dark for much. */
    public static Color sequential(double t) {
        double x = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (SEQUENTIAL.length - 1);
        int i = Math.min(SEQUENTIAL.length - 2, (int) Math.floor(x));
        double f = x - i;
        Color a = SEQUENTIAL[i];
        Color b = SEQUENTIAL[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
