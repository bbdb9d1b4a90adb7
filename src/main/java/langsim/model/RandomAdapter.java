package langsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/** Lets Commons Math distributions draw from a MASON MersenneTwisterFast stream, so that they use the model's named streams ({@link Streams}). */
final class RandomAdapter extends AbstractRandomGenerator {
    private final MersenneTwisterFast random;

    RandomAdapter(MersenneTwisterFast random) {
        this.random = random;
    }

    /** The stream itself, for draws Commons Math does not offer (e.g. MASON's nextBoolean(p)). */
    MersenneTwisterFast stream() {
        return random;
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
