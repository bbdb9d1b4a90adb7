package langsim.verify;

import java.util.List;

/** Helpers for the replications of reference models (run with {@code langsim.experiment.Replications}). */
final class Replicate {
    private Replicate() {
    }

    /** Column {@code j} of a list of rows. */
    static double[] column(List<double[]> rows, int j) {
        double[] c = new double[rows.size()];
        for (int i = 0; i < c.length; i++) c[i] = rows.get(i)[j];
        return c;
    }
}
