package langsim.experiment;

/** The essay's three possible answers for the judged language. */
public enum VerdictKind {
    DOMINANT("dominant"),
    FOUNDATION_LAYER("foundation-layer"),
    NICHE("niche");

    private final String label;

    VerdictKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
