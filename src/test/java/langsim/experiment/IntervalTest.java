package langsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {
    @Test
    void studentTIntervalOfTheMean() {
        // mean 2, sd 1, n 3: half-width = t(0.975, 2) * 1 / sqrt(3) = 4.302653 / 1.732051
        Interval iv = Interval.of(new double[] {1, 2, 3});
        assertEquals(2, iv.mean(), 1e-12);
        assertEquals(2 + 4.302652729911275 / Math.sqrt(3), iv.high(), 1e-9);
        assertEquals(2 - 4.302652729911275 / Math.sqrt(3), iv.low(), 1e-9);
    }

    @Test
    void oneValueHasNoIntervalAndNaNsAreSkipped() {
        Interval one = Interval.of(new double[] {0.4, Double.NaN});
        assertEquals(0.4, one.mean(), 0);
        assertTrue(Double.isNaN(one.low()));
        assertEquals(1, one.n());
    }

    @Test
    void shareIntervalsStayWithinZeroAndOne() {
        Interval iv = Interval.of(new double[] {0.0, 0.0, 0.01}).within(0, 1);
        assertEquals(0, iv.low(), 0);
        assertTrue(iv.high() > 0.01);
    }
}
