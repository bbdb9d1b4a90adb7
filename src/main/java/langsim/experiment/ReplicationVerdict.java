package langsim.experiment;

/**
 * The verdict of one replication: the judged language's mean share of new work over the final window in
 * the application and foundation layers, and the first year each threshold was crossed (null = never).
 */
public record ReplicationVerdict(
        VerdictKind kind,
        double applicationShare,
        double foundationShare,
        Integer dominanceYear,
        Integer foundationYear) {
}
