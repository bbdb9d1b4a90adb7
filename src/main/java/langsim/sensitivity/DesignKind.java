package langsim.sensitivity;

/** The experimental designs a sweep can use; see {@link Designs}. */
public enum DesignKind {
    /** Full factorial grid over each parameter's levels. */
    FACTORIAL,
    /** One-at-a-time: the base point, then each parameter over its levels with the others at their base values. */
    OAT,
    /** Latin hypercube: each parameter's range cut into N strata, each stratum sampled once. */
    LHS,
    /** Sobol low-discrepancy sequence (digitally shifted by the seed). */
    SOBOL,
    /** Saltelli's scheme (A, AB_1..AB_k, B per base row) for first-order and total Sobol indices. */
    SALTELLI,
    /** Morris elementary-effects trajectories on a p-level grid. */
    MORRIS,
    /** The points of a CSV file ({@code design_file}: one column per parameter path), run as given. */
    FILE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
