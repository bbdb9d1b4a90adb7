package langsim.sweep;

/**
 * The distribution of a swept parameter over its range. Sampling designs (lhs, sobol, saltelli, morris) map their
 * uniform coordinates through the distribution's inverse CDF; factorial and one-at-a-time levels of a non-uniform
 * distribution are its quantiles at evenly spaced probabilities from 1 % to 99 %. Explicit {@code levels} are a
 * discrete distribution with equally likely values.
 */
public enum Distribution {
    /** Uniform on [min, max]. */
    UNIFORM,
    /** Normal with mean and sd, truncated to [min, max]. */
    NORMAL,
    /** Log-uniform on [min, max] (min > 0): the logarithm is uniform. */
    LOG_UNIFORM,
    /** Triangular on [min, max] with its peak at mode. */
    TRIANGULAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
