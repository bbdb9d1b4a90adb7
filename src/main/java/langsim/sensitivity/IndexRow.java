package langsim.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the tidy sensitivity table: an index of one parameter for one output, with its interval (NaN = none),
 * and a note that is empty unless the index could not be estimated (then value and interval are NaN and the note
 * says why, e.g. "not estimable: only 5 of 2048 runs have dominant = 1").
 */
public record IndexRow(String output, String parameter, String method, String index, double value, double ciLow,
                       double ciHigh, String note) {
    public IndexRow {
        if (note == null) note = "";
    }

    /** A row without a note. */
    public IndexRow(String output, String parameter, String method, String index, double value, double ciLow,
                    double ciHigh) {
        this(output, parameter, method, index, value, ciLow, ciHigh, "");
    }

    public boolean estimable() {
        return note.isEmpty();
    }

    /** One row per parameter and index, without values, each carrying {@code note}. */
    public static List<IndexRow> notEstimable(String output, List<String> parameters, String method, List<String> indices,
                                              String note) {
        List<IndexRow> rows = new ArrayList<>();
        for (String p : parameters) {
            for (String i : indices) rows.add(new IndexRow(output, p, method, i, Double.NaN, Double.NaN, Double.NaN, note));
        }
        return rows;
    }
}
