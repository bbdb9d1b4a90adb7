package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class TiesTest {
    @Test
    void aUniqueMaximumWinsWithoutUsingTheRandomStream() {
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        MersenneTwisterFast untouched = new MersenneTwisterFast(3);
        assertEquals(2, Ties.argmax(new double[] {1, 2, 3, 0}, 4, null, r));
        assertEquals(1, Ties.argmax(new double[] {1, 2, 3, 0}, 4, new boolean[] {true, true, false, true}, r));
        assertEquals(-1, Ties.argmax(new double[] {1, 2}, 2, new boolean[] {false, false}, r));
        assertEquals(untouched.nextLong(), r.nextLong(), "no draw was made");
    }

    @Test
    void tiedMaximaAreChosenEquallyOftenWhateverTheirPosition() {
        MersenneTwisterFast r = new MersenneTwisterFast(9);
        int[] wins = new int[4];
        int n = 30_000;
        for (int i = 0; i < n; i++) wins[Ties.argmax(new double[] {0.6, 0.1, 0.6, 0.6}, 4, null, r)]++;
        assertEquals(0, wins[1]);
        for (int k : new int[] {0, 2, 3}) {
            // binomial(n, 1/3): sd about 82; 5 sd
            assertTrue(Math.abs(wins[k] - n / 3.0) < 410, "index " + k + " won " + wins[k] + " times");
        }
        int[] eligibleWins = new int[3];
        for (int i = 0; i < n; i++) {
            eligibleWins[Ties.argmax(new double[] {0.6, 0.6, 0.6}, 3, new boolean[] {false, true, true}, r)]++;
        }
        assertEquals(0, eligibleWins[0]);
        assertTrue(Math.abs(eligibleWins[1] - n / 2.0) < 500, "eligible ties split evenly: " + eligibleWins[1]);
    }
}
