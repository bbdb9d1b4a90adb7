package langsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/** Lets Commons Math distributions draw from a MASON MersenneTwisterFast stream, keeping one seed per run. */
final class RandomAdapter extends AbstractRandomGenerator {
    private final MersenneTwisterFast random;

    RandomAdapter(MersenneTwisterFast random) {
        this.random = random;
    }

    @Override
    public void setSeed(long seed) {
        random.setSeed(seed);
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }
}
