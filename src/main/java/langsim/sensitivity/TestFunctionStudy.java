package langsim.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import langsim.experiment.Seeds;

/**
 * Analytic test functions run through the sweep's own samplers ({@link Designs#saltelli}, {@link Designs#morris}) and
 * analyses, so users can check the numbers: Ishigami (a = 7, b = 0.1) on [-pi, pi]^3 has S1 = 0.3139, 0.4424, 0 and
 * ST = 0.5576, 0.4424, 0.2437.
 */
public final class TestFunctionStudy {
    public static final List<String> ISHIGAMI_PARAMS = List.of("x1", "x2", "x3");
    public static final double[] ISHIGAMI_S1 = {0.3139, 0.4424, 0.0};
    public static final double[] ISHIGAMI_ST = {0.5576, 0.4424, 0.2437};

    private TestFunctionStudy() {
    }

    public static double ishigami(double x1, double x2, double x3) {
        double a = 7;
        double b = 0.1;
        return Math.sin(x1) + a * Math.sin(x2) * Math.sin(x2) + b * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** Known test function names. */
    public static List<String> functions() {
        return List.of("ishigami");
    }

    /**
     * Indices of a test function: Sobol (Saltelli scheme, {@code samples} base rows) and/or Morris ({@code samples}
     * trajectories, 4 levels).
     */
    public static List<IndexRow> run(String function, int samples, long seed, boolean sobol, boolean morris,
                                     int bootstrap, double confidence) {
        if (!function.toLowerCase(Locale.ROOT).equals("ishigami")) throw new IllegalArgumentException(function);
        int k = 3;
        long designSeed = Seeds.derive(seed ^ Designs.SALT, 0);
        long analysisSeed = Seeds.derive(seed ^ Designs.ANALYSIS_SALT, 0);
        List<IndexRow> rows = new ArrayList<>();
        if (sobol) {
            double[][] u = Designs.saltelli(samples, k, designSeed);
            rows.addAll(SobolIndices.analyze(evaluate(u), k, ISHIGAMI_PARAMS, "ishigami", bootstrap, confidence, analysisSeed));
        }
        if (morris) {
            double[][] u = Designs.morris(samples, k, 4, designSeed);
            rows.addAll(MorrisIndices.analyze(u, evaluate(u), k, ISHIGAMI_PARAMS, "ishigami", bootstrap, confidence, analysisSeed));
        }
        return rows;
    }

    private static double[] evaluate(double[][] unit) {
        double[] y = new double[unit.length];
        for (int i = 0; i < unit.length; i++) {
            double[] x = new double[3];
            for (int j = 0; j < 3; j++) x[j] = -Math.PI + 2 * Math.PI * unit[i][j];
            y[i] = ishigami(x[0], x[1], x[2]);
        }
        return y;
    }
}
