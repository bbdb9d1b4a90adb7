package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;

/** How ecosystems (libraries, tools, models) grow with work and decay. */
public record Ecosystem(
        @Doc("ecosystem units added per developer-year of new work in a layer and language") @Range(min = 0, max = 1000) double growthPerDeveloperYear,
        @Doc("share of an ecosystem that becomes obsolete per year") @Range(min = 0, max = 1) double decayRate,
        @Doc("share of a language's ecosystem in other layers that also counts in this layer") @Range(min = 0, max = 1) double crossLayerSpillover) {
}
