package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;

/** Time, replications and the master seed. */
public record Simulation(
        @Doc("first simulated year") @Range(min = 1900, max = 3000) int startYear,
        @Doc("last simulated year (inclusive)") @Range(min = 1900, max = 3000) int endYear,
        @Doc("ticks per year (12 = monthly)") @Range(min = 1, max = 365) int ticksPerYear,
        @Doc("number of replications (independent runs with derived seeds)") @Range(min = 1, max = 100_000) int replications,
        @Doc("master seed; replication r uses a seed derived from it and r") long seed) {
}
