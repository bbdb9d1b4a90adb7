package langsim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** PRIM on data whose answer is known by construction; every expectation is computed here, not taken from Prim. */
class PrimTest {
    private static final Prim.Options DEFAULTS = Prim.Options.DEFAULTS;

    private static double[][] uniform(int n, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][k];
        for (double[] row : x) for (int j = 0; j < k; j++) row[j] = rng.nextDouble();
        return x;
    }

    /** Cases inside the box's bounds, counted from the data (not from Prim's bookkeeping): {cases, of interest}. */
    private static int[] countInside(double[][] x, boolean[] y, Prim.Box b) {
        int cases = 0;
        int good = 0;
        for (int i = 0; i < x.length; i++) {
            boolean in = true;
            for (int j = 0; j < x[i].length; j++) in &= x[i][j] >= b.low()[j] && x[i][j] <= b.high()[j];
            if (in) {
                cases++;
                if (y[i]) good++;
            }
        }
        return new int[] {cases, good};
    }

    @Test
    void recoversAPlantedBox() {
        // cases of interest are exactly x1 > 0.7 and x2 < 0.3 in the unit square; x3 is noise
        int n = 2000;
        double[][] x = uniform(n, 3, 11);
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) y[i] = x[i][0] > 0.7 && x[i][1] < 0.3;
        Prim.Result r = Prim.find(x, y, DEFAULTS);
        Prim.Box box = r.box();
        assertNotNull(box, r.whyNone());
        assertEquals(0.7, box.low()[0], 0.05, "x1 lower bound");
        assertEquals(0.3, box.high()[1], 0.05, "x2 upper bound");
        assertTrue(box.density() >= 0.9, "density " + box.density());
        assertTrue(box.coverage() >= 0.8, "coverage " + box.coverage());
        double x1Max = Double.NEGATIVE_INFINITY;
        double x2Min = Double.POSITIVE_INFINITY;
        for (double[] row : x) {
            x1Max = Math.max(x1Max, row[0]);
            x2Min = Math.min(x2Min, row[1]);
        }
        assertTrue(box.high()[0] > x1Max - 0.05, "x1 open above: " + box.high()[0]);
        assertTrue(box.low()[1] < x2Min + 0.05, "x2 open below: " + box.low()[1]);
        assertTrue(box.high()[2] - box.low()[2] > 0.8, "the noise parameter stays (nearly) free");
        int[] c = countInside(x, y, box);
        assertEquals(c[0], box.cases());
        assertEquals(c[1], box.interesting());

        // the choice: of the peeled boxes with >= 100 cases (5 % of 2000), coverage >= 0.5 and density >= 0.5, the one
        // with the largest coverage among those within 0.02 of the highest density
        List<Prim.Box> ok = r.peeling().stream().filter(b -> b.cases() >= 100 && b.coverage() >= 0.5 && b.density() >= 0.5).toList();
        double best = ok.stream().mapToDouble(Prim.Box::density).max().orElseThrow();
        Prim.Box expected = ok.stream().filter(b -> b.density() >= best - 0.02)
                .max(java.util.Comparator.comparingDouble(Prim.Box::coverage)).orElseThrow();
        assertEquals(expected, r.trajectory().get(r.chosen()));
        assertTrue(box.coverage() >= expected.coverage() && box.density() >= expected.density(), "pasting loses nothing");
    }

    @Test
    void pastingRestoresADimensionPeeledTooFar() {
        // x1 on a grid 0.01 .. 1.00 (20 cases per value), of interest when x1 > 0.5. Peels of 30 % remove 0.01-0.30,
        // then 0.31-0.51: the second peel overshoots the boundary by one value (0.51 is of interest) because the slab
        // is mostly not of interest. Pasting 1 % at a time adds 0.51 back (density stays 1) and stops before 0.50.
        int n = 2000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            x[i][0] = (i / 20 + 1) / 100.0;
            x[i][1] = (i % 20 + 1) / 20.0;
            y[i] = x[i][0] > 0.5;
            if (y[i]) total++;
        }
        Prim.Result r = Prim.find(x, y, new Prim.Options(0.3, 0.01, 0.05, 20, 0.5, 0.5, 0.02));
        Prim.Box peeled = r.trajectory().get(r.chosen());
        Prim.Box pasted = r.box();
        assertNotNull(pasted, r.whyNone());
        assertEquals(Prim.Phase.PEEL, peeled.phase());
        assertTrue(peeled.low()[0] > 0.51, "peeling went past the boundary: " + peeled.low()[0]);
        assertTrue(peeled.coverage() < 1, "the peeled box loses cases of interest");
        assertEquals(Prim.Phase.PASTE, pasted.phase());
        assertEquals(0.51, pasted.low()[0], 1e-12, "pasting restores the boundary");
        assertEquals(total, pasted.interesting());
        assertEquals(1.0, pasted.coverage(), 1e-12);
        assertEquals(1.0, pasted.density(), 1e-12, "and only cases of interest");
        assertTrue(pasted.density() >= peeled.density() && pasted.cases() > peeled.cases());
        // the CSV-facing trajectory ends with the pasting steps of the chosen box
        assertEquals(pasted, r.trajectory().get(r.trajectory().size() - 1));
    }

    @Test
    void tiedValuesAreInOrOutTogether() {
        // x2 takes only 4 values (a quarter of the cases each, far more than a 5 % slab): of interest when
        // x1 > 0.6 and x2 >= 2/3
        int n = 2000;
        SplittableRandom rng = new SplittableRandom(7);
        double[] levels = {0, 1.0 / 3, 2.0 / 3, 1};
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextDouble();
            x[i][1] = levels[rng.nextInt(4)];
            y[i] = x[i][0] > 0.6 && x[i][1] >= 2.0 / 3;
        }
        Prim.Result r = Prim.find(x, y, DEFAULTS);
        assertNotNull(r.box(), r.whyNone());
        for (Prim.Box b : r.trajectory()) {
            // every bound of the tied column is one of its values, never between or inside them ...
            assertTrue(List.of(0.0, 1.0 / 3, 2.0 / 3, 1.0).contains(b.low()[1]), "low " + b.low()[1]);
            assertTrue(List.of(0.0, 1.0 / 3, 2.0 / 3, 1.0).contains(b.high()[1]), "high " + b.high()[1]);
            // ... and Prim's own counts are those of the bounds: no tie group was split (cases with the same value
            // and inside the other bounds are all in or all out)
            int[] c = countInside(x, y, b);
            assertEquals(c[0], b.cases(), "step " + b.step());
            assertEquals(c[1], b.interesting(), "step " + b.step());
            for (double v : levels) {
                int inOthers = 0;
                int inBox = 0;
                for (int i = 0; i < n; i++) {
                    if (x[i][1] != v || x[i][0] < b.low()[0] || x[i][0] > b.high()[0]) continue;
                    inOthers++;
                    if (v >= b.low()[1] && v <= b.high()[1]) inBox++;
                }
                assertTrue(inBox == 0 || inBox == inOthers, "tie group " + v + " split at step " + b.step());
            }
        }
        assertEquals(2.0 / 3, r.box().low()[1], 0, "the two tie groups without any case of interest are peeled whole");
        assertEquals(0.6, r.box().low()[0], 0.05);
    }

    @Test
    void tooFewCasesOfInterestGiveNoBox() {
        // 11 of 1024 runs of interest (as 'dominant' in an earlier shipped sweep): a box needs at least
        // max(20, ceil(5 % of 1024)) = 52 runs, at density 0.5 at least 26 of interest, so none can qualify
        int n = 1024;
        double[][] x = uniform(n, 3, 3);
        double[] x1 = new double[n];
        for (int i = 0; i < n; i++) x1[i] = x[i][0];
        java.util.Arrays.sort(x1);
        double cut = x1[n - 11];   // the 11 largest values of x1
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) y[i] = x[i][0] >= cut;
        int minBox = Math.max(20, (int) Math.ceil(0.05 * n));
        int minGood = (int) Math.ceil(0.5 * minBox);
        assertEquals(26, minGood);
        Prim.Result r = Prim.find(x, y, DEFAULTS);
        assertNull(r.box());
        assertEquals(-1, r.chosen());
        assertEquals(11, r.interesting());
        assertEquals("no box: only 11 cases of interest (minimum " + minGood + ")", r.whyNone());
        assertTrue(r.trajectory().size() > 1, "the trajectory is still there to look at");

        assertNull(Prim.find(x, new boolean[n], DEFAULTS).box(), "no case of interest at all");
    }

    @Test
    void noBoxWhenNoneIsDenseEnough() {
        // a fifth of the cases of interest at random, unrelated to x: no box reaches density 0.5 with coverage 0.5
        int n = 2000;
        double[][] x = uniform(n, 3, 5);
        SplittableRandom rng = new SplittableRandom(6);
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) y[i] = rng.nextDouble() < 0.2;
        Prim.Result r = Prim.find(x, y, DEFAULTS);
        assertNull(r.box());
        assertTrue(r.whyNone().startsWith("no box: none on the peeling trajectory has density >= 0.5"), r.whyNone());
    }

    @Test
    void trajectoryStartsAtTheWholeBoxAndLosesMassAtEveryStep() {
        int n = 1500;
        double[][] x = uniform(n, 4, 21);
        boolean[] y = new boolean[n];
        int good = 0;
        for (int i = 0; i < n; i++) {
            y[i] = x[i][0] + x[i][2] > 1.3;
            if (y[i]) good++;
        }
        Prim.Result r = Prim.find(x, y, DEFAULTS);
        List<Prim.Box> peel = r.peeling();
        Prim.Box first = peel.get(0);
        assertEquals(n, first.cases());
        assertEquals(1.0, first.mass(), 0);
        assertEquals(1.0, first.coverage(), 0);
        assertEquals((double) good / n, first.density(), 1e-15, "density of the whole box = base rate");
        for (int j = 0; j < 4; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                lo = Math.min(lo, row[j]);
                hi = Math.max(hi, row[j]);
            }
            assertEquals(lo, first.low()[j], 0);
            assertEquals(hi, first.high()[j], 0);
        }
        int minBox = Math.max(20, (int) Math.ceil(0.05 * n));
        assertTrue(peel.size() > 5, "peels " + peel.size());
        for (int s = 1; s < peel.size(); s++) {
            Prim.Box a = peel.get(s - 1);
            Prim.Box b = peel.get(s);
            assertEquals(s, b.step());
            assertTrue(b.mass() < a.mass(), "mass decreases at step " + s);
            assertTrue(b.coverage() <= a.coverage(), "coverage never increases while peeling");
            assertTrue(b.density() > a.density(), "each peel raises the density");
            assertTrue(b.cases() >= minBox, "at least the minimum number of cases");
            for (int j = 0; j < 4; j++) assertTrue(b.low()[j] >= a.low()[j] && b.high()[j] <= a.high()[j], "nested");
            int[] c = countInside(x, y, b);
            assertEquals(c[0], b.cases());
            assertEquals(c[1], b.interesting());
            assertEquals((double) c[0] / n, b.mass(), 1e-15);
            assertEquals((double) c[1] / good, b.coverage(), 1e-15);
            assertEquals((double) c[1] / c[0], b.density(), 1e-15);
        }
    }
}
