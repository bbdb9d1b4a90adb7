package langsim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SensitivityTest {
    @Test
    void wilsonIntervalMatchesPublishedExample() {
        // Newcombe (1998), example: 81 of 263 -> 0.2553 .. 0.3662 at 95 %
        double[] ci = Wilson.interval(81, 263, 0.95);
        assertEquals(0.2553, ci[0], 5e-4);
        assertEquals(0.3662, ci[1], 5e-4);
        double[] zero = Wilson.interval(0, 10, 0.95);
        assertEquals(0, zero[0], 1e-12);
        assertEquals(0.2775, zero[1], 5e-4);
    }

    @Test
    void sobolOfAdditiveFunctionIsExact() {
        // y = 2 x1 + x2 on uniform inputs: S1 = ST = 0.8, 0.2 (known analytically)
        int n = 4096;
        int k = 2;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        double[] y = new double[n * (k + 2)];
        for (int i = 0; i < n; i++) {
            double[] a = {rng.nextDouble(), rng.nextDouble()};
            double[] b = {rng.nextDouble(), rng.nextDouble()};
            int row = i * (k + 2);
            y[row] = 2 * a[0] + a[1];
            y[row + 1] = 2 * b[0] + a[1];
            y[row + 2] = 2 * a[0] + b[1];
            y[row + 3] = 2 * b[0] + b[1];
        }
        List<IndexRow> rows = SobolIndices.analyze(y, k, List.of("a", "b"), "y", 200, 0.95, 1);
        assertEquals(0.8, rows.get(0).value(), 0.05);
        assertEquals(0.8, rows.get(1).value(), 0.05);
        assertEquals(0.2, rows.get(2).value(), 0.05);
        assertEquals(0.2, rows.get(3).value(), 0.05);
        for (IndexRow r : rows) assertTrue(r.ciLow() <= r.value() && r.value() <= r.ciHigh(), r.toString());
    }

    @Test
    void morrisOfLinearFunctionGivesTheSlopes() {
        // y = 3 x1 - x2 on a hand-made trajectory pair: EE are exactly 3 and -1, sigma 0
        double d = 2.0 / 3;
        double[][] unit = {{0, 0}, {d, 0}, {d, d}, {1, 1}, {1, 1 - d}, {1 - d, 1 - d}};
        double[] y = new double[unit.length];
        for (int i = 0; i < y.length; i++) y[i] = 3 * unit[i][0] - unit[i][1];
        List<IndexRow> rows = MorrisIndices.analyze(unit, y, 2, List.of("x1", "x2"), "y", 100, 0.95, 1);
        assertEquals(3, rows.get(0).value(), 1e-12);      // mu
        assertEquals(3, rows.get(1).value(), 1e-12);      // mu*
        assertEquals(0, rows.get(2).value(), 1e-12);      // sigma
        assertEquals(-1, rows.get(3).value(), 1e-12);
        assertEquals(1, rows.get(4).value(), 1e-12);
    }
}
