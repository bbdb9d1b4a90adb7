package langsim.verify;

/** A published model rebuilt on the simulation engine (MASON schedule, derived seeds, replication statistics). */
public interface ReferenceModel {
    /** Command-line name, e.g. {@code bass}. */
    String name();

    /** The paper the published result comes from. */
    String citation();

    /** Parameters with their defaults, named as in the paper. */
    VerifyParams defaults();

    /** Runs the replications and compares with the published result. */
    Outcome run(VerifyParams params, long seed, int threads);
}
