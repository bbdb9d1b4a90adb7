package langsim.verify;

/** A published model rebuilt on the simulation engine (MASON schedule, derived seeds, replication statistics). */
public interface ReferenceModel {
    /** Command-line name, e.g. {@code bass}. */
    String name();

    /** The paper the published result comes from. */
    String citation();

    /** Parameters with their defaults, named as in the paper. */
    VerifyParams defaults();

    /** Bad input ({@link langsim.config.ConfigException}) unless the parameters are in the model's domain. */
    void check(VerifyParams params);

    /** Runs the replications and compares with the published result; {@code params} have passed {@link #check}. */
    Outcome run(VerifyParams params, long seed, int threads);
}
