package langsim.experiment;

/**
 * One layer's verdict over all replications: the judged language's share of the layer's new work over the
 * final window (mean and 95 % interval), in how many replications it reached the layer's threshold, and when
 * the yearly share first crossed it.
 */
public record LayerSummary(Interval share, int replicationsLeading, ThresholdCrossing crossing) {

    public double threshold() {
        return crossing.threshold();
    }

    public double shareOfReplicationsLeading() {
        return replicationsLeading / (double) crossing.replications();
    }

    /** The more frequent outcome over replications; a tie goes to the less extreme (not leading), as for the combined verdict. */
    public boolean leads() {
        return 2 * replicationsLeading > crossing.replications();
    }
}
