package langsim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import langsim.output.SensitivityCsv;

import org.junit.jupiter.api.Test;

/** Sobol estimators against SALib 1.5.2's numbers, their invariance to the output's offset and scale, rare outcomes. */
class SobolIndicesTest {
    /**
     * Ishigami on a fixed 8-row Saltelli block design (k = 3; blocks f(A), f(AB_1..3), f(B)), and SALib 1.5.2's
     * sobol.analyze(calc_second_order=False) on it: src/test/resources/sobol/salib_reference.py prints these numbers.
     */
    static final double[] Y = {8.473928758110578, 8.053102430866975, 1.8211763213214907, 11.554518017636912, 3.7412137146208955, 0.020669419806056966, 0.14196730789206402, -0.7775086689370798, 0.05243090721100328, -0.6281205658226694, 5.5457803961312475, 5.751252789190001, 1.395894144194648, 7.147341587072027, 3.617303793623037, 3.378572508663379, 2.4421267687649726, 0.7979228976700897, 3.3917245441066624, -0.07558187609106964, -0.8800639967082762, 4.347086384734374, -1.3114804734625274, 1.2500367875817473, 2.2018344982721256, 11.249573438977812, 6.596787978648885, 7.344827429581636, 8.755547596167377, 2.4535466627896496, -1.0612658449265453, -0.6428611267864139, 1.6162037924656782, -0.7280856983467136, 2.25624705173695, 7.334180645862314, 7.91243515025055, 3.900044699815208, 9.22568385849117, 9.556369944370804};
    static final double[] SALIB_S1 = {0.03298665249638683, -0.04917179318123588, 0.09222213332883457};
    static final double[] SALIB_ST = {0.22325551486255288, 0.45528815088185637, 0.11695206963627104};
    /** SALib's first_order / total_order on the normalised outputs of base rows R (a bootstrap resample). */
    static final int[] R = {3, 0, 7, 3, 5, 1, 1, 6};
    static final double[] SALIB_RESAMPLE_S1 = {0.12019891898929637, 0.055308849132220665, 0.11222095623588582};
    static final double[] SALIB_RESAMPLE_ST = {0.10013869980496648, 0.38639247473584576, 0.0805542407946936};
    static final List<String> NAMES = List.of("x1", "x2", "x3");

    @Test
    void fixedSampleGivesSalibsIndices() {
        List<IndexRow> rows = SobolIndices.analyze(Y, 3, NAMES, "y", 50, 0.95, 1);
        for (int j = 0; j < 3; j++) {
            assertEquals("S1", rows.get(2 * j).index());
            assertEquals(SALIB_S1[j], rows.get(2 * j).value(), 1e-12, "S1 " + NAMES.get(j));
            assertEquals(SALIB_ST[j], rows.get(2 * j + 1).value(), 1e-12, "ST " + NAMES.get(j));
        }
    }

    @Test
    void bootstrapResampleIsEstimatedOnTheCentredOutputsAsSalibDoes() {
        int n = 8;
        double[] z = SobolIndices.standardise(Y);
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[3][n];
        for (int i = 0; i < n; i++) {
            fa[i] = z[5 * i];
            for (int j = 0; j < 3; j++) fab[j][i] = z[5 * i + 1 + j];
            fb[i] = z[5 * i + 4];
        }
        double[][] e = SobolIndices.estimate(fa, fb, fab, R);
        for (int j = 0; j < 3; j++) {
            assertEquals(SALIB_RESAMPLE_S1[j], e[0][j], 1e-12, "S1 " + NAMES.get(j));
            assertEquals(SALIB_RESAMPLE_ST[j], e[1][j], 1e-12, "ST " + NAMES.get(j));
        }
    }

    @Test
    void fixedSampleMatchesTheFormulaWrittenOutWithPlainLoops() {
        // the same numbers from the textbook formulas, without SobolIndices' helpers: centre by the mean of all
        // 40 evaluations, V = population variance of the 16 A and B values, S1 = mean(B (AB - A)) / V,
        // ST = mean((A - AB)^2) / (2 V)
        int n = 8;
        double m = 0;
        for (double v : Y) m += v;
        m /= Y.length;
        double mab = 0;
        for (int i = 0; i < n; i++) mab += (Y[5 * i] - m) + (Y[5 * i + 4] - m);
        mab /= 2 * n;
        double v = 0;
        for (int i = 0; i < n; i++) {
            v += Math.pow(Y[5 * i] - m - mab, 2) + Math.pow(Y[5 * i + 4] - m - mab, 2);
        }
        v /= 2 * n;
        List<IndexRow> rows = SobolIndices.analyze(Y, 3, NAMES, "y", 10, 0.95, 1);
        for (int j = 0; j < 3; j++) {
            double s1 = 0;
            double st = 0;
            for (int i = 0; i < n; i++) {
                double a = Y[5 * i] - m;
                double ab = Y[5 * i + 1 + j] - m;
                double b = Y[5 * i + 4] - m;
                s1 += b * (ab - a);
                st += (a - ab) * (a - ab);
            }
            assertEquals(s1 / n / v, rows.get(2 * j).value(), 1e-12);
            assertEquals(st / n / (2 * v), rows.get(2 * j + 1).value(), 1e-12);
            assertEquals(SALIB_S1[j], s1 / n / v, 1e-12);
        }
    }

    /** Ishigami on a random Saltelli block design of n base rows. */
    static double[] ishigami(int n, long seed) {
        int k = 3;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] y = new double[n * (k + 2)];
        for (int i = 0; i < n; i++) {
            double[] a = new double[k];
            double[] b = new double[k];
            for (int j = 0; j < k; j++) a[j] = -Math.PI + 2 * Math.PI * rng.nextDouble();
            for (int j = 0; j < k; j++) b[j] = -Math.PI + 2 * Math.PI * rng.nextDouble();
            int row = i * (k + 2);
            y[row] = f(a);
            for (int j = 0; j < k; j++) {
                double[] ab = a.clone();
                ab[j] = b[j];
                y[row + 1 + j] = f(ab);
            }
            y[row + k + 1] = f(b);
        }
        return y;
    }

    static double f(double[] x) {
        return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    @Test
    void indicesAndIntervalsDoNotChangeWhenTheOutputIsShiftedOrScaled() {
        double[] y = ishigami(256, 11);
        List<IndexRow> ref = SobolIndices.analyze(y, 3, NAMES, "y", 200, 0.95, 5);
        double[][] transforms = {{10, 1}, {-3.7, 1}, {1000, 1}, {0, 2.5}, {0, 1e-3}, {0, 1e4}, {1, -1}, {-7, 0.3}};
        for (double[] t : transforms) {
            double[] y2 = new double[y.length];
            for (int i = 0; i < y.length; i++) y2[i] = t[0] + t[1] * y[i];
            List<IndexRow> rows = SobolIndices.analyze(y2, 3, NAMES, "y", 200, 0.95, 5);
            for (int r = 0; r < rows.size(); r++) {
                String what = rows.get(r) + " for " + t[0] + " + " + t[1] + " y";
                assertRelative(ref.get(r).value(), rows.get(r).value(), what);
                assertRelative(ref.get(r).ciLow(), rows.get(r).ciLow(), what);
                assertRelative(ref.get(r).ciHigh(), rows.get(r).ciHigh(), what);
            }
        }
    }

    static void assertRelative(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-12 * Math.abs(expected), expected + " vs " + actual + ": " + what);
    }

    @Test
    void uncentredFirstOrderWouldMoveWithTheOffset() {
        // guards the test above: on this sample the uncentred S1 = mean(f_B (f_AB - f_A)) / V does change with a shift
        double[] y = ishigami(256, 11);
        int n = 256;
        double[] shifted = new double[y.length];
        for (int i = 0; i < y.length; i++) shifted[i] = y[i] + 10;
        assertTrue(Math.abs(uncentredS1(y, n, 0) - uncentredS1(shifted, n, 0)) > 0.01);
    }

    static double uncentredS1(double[] y, int n, int j) {
        double s = 0;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double a = y[5 * i];
            double b = y[5 * i + 4];
            s += b * (y[5 * i + 1 + j] - a);
            sum += a + b;
            sumSq += a * a + b * b;
        }
        double mean = sum / (2 * n);
        return s / n / (sumSq / (2 * n) - mean * mean);
    }

    @Test
    void constantOutputHasNoIndices() {
        double[] y = new double[5 * 16];
        java.util.Arrays.fill(y, 0.25);
        for (IndexRow r : SobolIndices.analyze(y, 3, NAMES, "y", 20, 0.95, 1)) {
            assertTrue(Double.isNaN(r.value()) && Double.isNaN(r.ciLow()) && Double.isNaN(r.ciHigh()), r.toString());
        }
    }

    @Test
    void rareBinaryOutcomeIsNotEstimable() {
        double[] runs = new double[2048];
        for (int i = 0; i < 5; i++) runs[i * 400] = 1;
        assertEquals("not estimable: only 5 of 2048 runs have dominant = 1", RareOutcome.check("dominant", runs));
        // the rarer value may be 0
        double[] mostly = new double[400];
        java.util.Arrays.fill(mostly, 1);
        for (int i = 0; i < 19; i++) mostly[i] = 0;
        assertEquals("not estimable: only 19 of 400 runs have leads_foundation = 0", RareOutcome.check("leads_foundation", mostly));
        // 20 of 400 is 5 %: estimable; 9 of 100 is over 5 % but under 10 runs
        mostly[19] = 0;
        assertNull(RareOutcome.check("x", mostly));
        double[] small = new double[100];
        for (int i = 0; i < 9; i++) small[i] = 1;
        assertEquals("not estimable: only 9 of 100 runs have x = 1", RareOutcome.check("x", small));
        // never happened; not binary
        assertEquals("not estimable: only 0 of 100 runs have x = 1", RareOutcome.check("x", new double[100]));
        double[] cont = {0, 1, 0.5, 1};
        assertNull(RareOutcome.check("share", cont));
    }

    @Test
    void notEstimableRowsGoToTheCsvWithTheirNote() {
        String csv = SensitivityCsv.write(IndexRow.notEstimable("dominant", List.of("a"), "sobol", List.of("S1", "ST"),
                "not estimable: only 5 of 2048 runs have dominant = 1"));
        assertEquals(SensitivityCsv.HEADER + "\n"
                + "dominant,a,sobol,S1,,,,not estimable: only 5 of 2048 runs have dominant = 1\n"
                + "dominant,a,sobol,ST,,,,not estimable: only 5 of 2048 runs have dominant = 1\n", csv);
    }
}
