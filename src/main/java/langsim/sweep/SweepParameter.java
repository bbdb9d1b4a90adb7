package langsim.sweep;

import java.util.ArrayList;
import java.util.List;

/** A swept parameter resolved against the base scenario: its range, levels, base value and whether it is an integer. */
public record SweepParameter(String path, String label, double lo, double hi, List<Double> levels, double base,
                             boolean integer) {

    /** The value at unit coordinate u: one of the explicit levels, or lo + u (hi - lo) (rounded for integers). */
    public double fromUnit(double u) {
        if (!levels.isEmpty()) {
            int n = levels.size();
            return levels.get(Math.min(n - 1, Math.max(0, (int) Math.floor(u * n))));
        }
        double v = lo + u * (hi - lo);
        return integer ? Math.rint(v) : v;
    }

    /** Unit coordinate of a value (for charts and analyses). */
    public double toUnit(double v) {
        return hi > lo ? (v - lo) / (hi - lo) : 0.5;
    }

    /** The explicit levels, or {@code count} evenly spaced values from lo to hi (integers deduplicated). */
    public List<Double> levels(int count) {
        if (!levels.isEmpty()) return levels;
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double v = count == 1 ? (lo + hi) / 2 : lo + (hi - lo) * i / (count - 1);
            if (integer) v = Math.rint(v);
            if (!out.contains(v)) out.add(v);
        }
        return out;
    }

    /** The override text for {@code ScenarioLoader.override}: integer text for integer fields. */
    public String assignment(double value) {
        return path + "=" + (integer ? Long.toString(Math.round(value)) : Double.toString(value));
    }

    /** Label for charts: the given label or the path. */
    public String display() {
        return label.isEmpty() ? path : label;
    }
}
