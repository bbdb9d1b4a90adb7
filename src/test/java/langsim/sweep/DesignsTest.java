package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import langsim.sensitivity.Designs;
import langsim.sensitivity.IndexRow;
import langsim.sensitivity.TestFunctionStudy;
import org.junit.jupiter.api.Test;

class DesignsTest {
    @Test
    void latinHypercubeHitsEachStratumOnce() {
        int n = 50;
        double[][] x = Designs.lhs(n, 4, 7);
        assertEquals(n, x.length);
        for (int j = 0; j < 4; j++) {
            boolean[] hit = new boolean[n];
            for (double[] row : x) {
                int s = (int) Math.floor(row[j] * n);
                assertTrue(!hit[s], "stratum " + s + " of column " + j + " hit twice");
                hit[s] = true;
            }
        }
        assertTrue(java.util.Arrays.deepEquals(x, Designs.lhs(n, 4, 7)), "deterministic in the seed");
    }

    @Test
    void sobolAndSaltelliShapes() {
        double[][] s = Designs.sobol(64, 5, 1);
        assertEquals(64, s.length);
        for (double[] row : s) {
            assertEquals(5, row.length);
            for (double v : row) assertTrue(v >= 0 && v < 1);
        }
        // a digitally shifted Sobol sequence is still a (0,m,s)-net in each dimension: 64 points, one per 1/64 interval
        for (int j = 0; j < 5; j++) {
            Set<Integer> cells = new HashSet<>();
            for (double[] row : s) cells.add((int) (row[j] * 64));
            assertEquals(64, cells.size());
        }
        int n = 16;
        int k = 3;
        double[][] x = Designs.saltelli(n, k, 2);
        assertEquals(n * (k + 2), x.length);
        for (int i = 0; i < n; i++) {
            double[] a = x[i * (k + 2)];
            double[] b = x[i * (k + 2) + k + 1];
            for (int j = 0; j < k; j++) {
                double[] ab = x[i * (k + 2) + 1 + j];
                for (int c = 0; c < k; c++) assertEquals(c == j ? b[c] : a[c], ab[c]);
            }
        }
    }

    @Test
    void morrisTrajectoriesMoveOneParameterByDelta() {
        int r = 10;
        int k = 4;
        int p = 4;
        double delta = Designs.morrisDelta(p);
        assertEquals(2.0 / 3, delta, 1e-12);
        double[][] x = Designs.morris(r, k, p, 3);
        assertEquals(r * (k + 1), x.length);
        for (int t = 0; t < r; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 0; s < k; s++) {
                double[] a = x[t * (k + 1) + s];
                double[] b = x[t * (k + 1) + s + 1];
                int changes = 0;
                for (int j = 0; j < k; j++) {
                    if (a[j] != b[j]) {
                        changes++;
                        moved.add(j);
                        assertEquals(delta, Math.abs(b[j] - a[j]), 1e-12);
                    }
                    assertTrue(b[j] >= 0 && b[j] <= 1);
                    double level = b[j] * (p - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "on the grid");
                }
                assertEquals(1, changes);
            }
            assertEquals(k, moved.size(), "each parameter moves once per trajectory");
        }
    }

    @Test
    void factorialEnumeratesTheGrid() {
        double[][] x = Designs.factorial(new int[] {2, 3});
        assertEquals(6, x.length);
        assertArrayEquals(new double[] {0, 0}, x[0]);
        assertArrayEquals(new double[] {0, 0.5}, x[1]);
        assertArrayEquals(new double[] {1, 1}, x[5]);
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValuesWithinTheirIntervals() {
        List<IndexRow> rows = TestFunctionStudy.run("ishigami", 1024, 1, true, false, 500, 0.95);
        assertEquals(6, rows.size());
        for (IndexRow r : rows) {
            int j = TestFunctionStudy.ISHIGAMI_PARAMS.indexOf(r.parameter());
            double analytic = r.index().equals("S1") ? TestFunctionStudy.ISHIGAMI_S1[j] : TestFunctionStudy.ISHIGAMI_ST[j];
            assertTrue(r.ciLow() <= analytic && analytic <= r.ciHigh(), r + " vs analytic " + analytic);
            assertEquals(analytic, r.value(), 0.05, r.toString());
        }
    }
}
