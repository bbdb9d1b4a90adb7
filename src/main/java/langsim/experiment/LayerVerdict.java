package langsim.experiment;

/**
 * The judged language in one layer of one replication: its mean share of the layer's new work over the final
 * window, the layer's threshold, and the first year the yearly share reached it (null = never).
 */
public record LayerVerdict(double threshold, double share, Integer firstYear) {

    /** At or above the threshold; a layer without work (NaN share) is not led. */
    public boolean leads() {
        return share >= threshold;
    }
}
