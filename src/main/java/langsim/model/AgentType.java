package langsim.model;

/** The kinds of agents whose work is recorded separately. */
public enum AgentType {
    RESEARCHER("researcher"),
    SYSTEMS_ENGINEER("systems_engineer"),
    FIRM("firm");

    public static final int COUNT = values().length;
    /** The individual (person) types, in the order of their type byte in {@link Population}. */
    public static final AgentType[] INDIVIDUALS = {RESEARCHER, SYSTEMS_ENGINEER};

    private final String label;

    AgentType(String label) {
        this.label = label;
    }

    /** Name used in output files. */
    public String label() {
        return label;
    }
}
