package langsim.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * One-at-a-time (tornado) analysis: the output at the base point, and for each parameter the output at its lowest
 * and highest level (the others at base), with the swing = max - min over its levels.
 */
public final class Tornado {
    private Tornado() {
    }

    /** One parameter's OAT results: the outputs (mean, ci low, ci high) at each level, in level order. */
    public record Levels(String parameter, double[] values, double[][] outputs) {
    }

    public static List<IndexRow> analyze(String output, double[] base, List<Levels> parameters) {
        List<IndexRow> rows = new ArrayList<>();
        rows.add(new IndexRow(output, "", "oat", "base", base[0], base[1], base[2]));
        for (Levels l : parameters) {
            double[] low = l.outputs()[0];
            double[] high = l.outputs()[l.outputs().length - 1];
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] o : l.outputs()) {
                if (Double.isNaN(o[0])) continue;
                min = Math.min(min, o[0]);
                max = Math.max(max, o[0]);
            }
            rows.add(new IndexRow(output, l.parameter(), "oat", "low", low[0], low[1], low[2]));
            rows.add(new IndexRow(output, l.parameter(), "oat", "high", high[0], high[1], high[2]));
            rows.add(new IndexRow(output, l.parameter(), "oat", "swing", max >= min ? max - min : Double.NaN,
                    Double.NaN, Double.NaN));
        }
        return rows;
    }
}
