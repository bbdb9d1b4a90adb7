package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;

/** How ecosystems (libraries, tools, models) grow with work and decay. */
public record Ecosystem(
        @Doc("ecosystem units added per developer-year of new work in a layer and language") @Range(min = 0, max = 1000) double growthPerDeveloperYear,
        @Doc("share of an ecosystem that becomes obsolete per year") @Range(min = 0, max = 1) double decayRate,
        @Doc("share of a language's ecosystem in other layers that also counts in this layer") @Range(min = 0, max = 1) double crossLayerSpillover,
        @Doc("how agents value an ecosystem: log_ratio, ln of its size relative to the largest (unbounded: a large lead"
                + " outweighs everything), or coverage, the share of the layer's needs it covers (bounded, diminishing"
                + " returns)") Utility utility,
        @Doc("for utility coverage: ecosystem size, as a share of the layer's whole ecosystem at the start, at which a"
                + " language covers half of the layer's needs: coverage = E / (E + half_saturation x layer total)")
        @Range(min = 1e-6, max = 100) double halfSaturation) {

    /** The ecosystem term's form (docs/ODD.md 7.1). */
    public enum Utility { LOG_RATIO, COVERAGE }
}
