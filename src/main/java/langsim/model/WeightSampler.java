package langsim.model;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import langsim.scenario.Distribution;

/** Draws one heterogeneous agent weight from a scenario {@link Distribution} with Commons Math. */
final class WeightSampler {
    private final Distribution spec;
    private final RealDistribution distribution; // null for constants

    WeightSampler(Distribution spec, RandomGenerator random) {
        this.spec = spec;
        this.distribution = switch (spec.dist()) {
            case CONSTANT -> null;
            case NORMAL -> spec.sd() == 0 ? null : new NormalDistribution(random, spec.mean(), spec.sd());
            case LOGNORMAL -> {
                if (spec.sd() == 0) yield null;
                // parameters of the underlying normal from the mean and sd of the value itself
                double sigma2 = Math.log1p(spec.sd() * spec.sd() / (spec.mean() * spec.mean()));
                yield new LogNormalDistribution(random, Math.log(spec.mean()) - sigma2 / 2, Math.sqrt(sigma2));
            }
            case GAMMA -> new GammaDistribution(random, spec.mean() * spec.mean() / (spec.sd() * spec.sd()),
                    spec.sd() * spec.sd() / spec.mean());
            case UNIFORM -> new UniformRealDistribution(random, spec.min(), spec.max());
        };
    }

    double sample() {
        if (distribution == null) return spec.mean();
        double x = distribution.sample();
        return spec.dist() == Distribution.Kind.NORMAL ? Math.max(spec.min(), Math.min(spec.max(), x)) : x;
    }
}
