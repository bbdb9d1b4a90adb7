package langsim.experiment;

/** When a threshold was first crossed: in how many replications, and the year across those that did. */
public record ThresholdCrossing(double threshold, int replicationsCrossing, int replications, Interval year) {
}
