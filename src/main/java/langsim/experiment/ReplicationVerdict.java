package langsim.experiment;

import java.util.Map;

/**
 * The verdict of one replication: the judged language's mean share of new work over the final window in
 * the application and foundation layers, the first year each threshold was crossed (null = never), and
 * the verdict of each layer that has a threshold of its own, in the run's layer order.
 */
public record ReplicationVerdict(
        VerdictKind kind,
        double applicationShare,
        double foundationShare,
        Integer dominanceYear,
        Integer foundationYear,
        Map<String, LayerVerdict> layers) {
}
