package langsim.scenario;

import java.util.Map;

import langsim.config.Doc;
import langsim.config.Range;
import langsim.config.SumsToOne;

/** One layer of the AI stack: what work in it needs, and where it starts. */
public record Layer(
        @Doc("weight of runtime performance in language choice for this layer") @Range(min = 0, max = 1) double performanceNeed,
        @Doc("weight of iteration speed (productivity) in this layer") @Range(min = 0, max = 1) double iterationNeed,
        @Doc("weight of memory safety in this layer (long-running services, edge devices)") @Range(min = 0, max = 1) double safetyNeed,
        @Doc("yearly growth of the amount of work in this layer (0.1 = +10 % a year)") @Range(min = -0.5, max = 2) double workGrowth,
        @Doc("share of the existing code (installed base) of this layer by language at the start; sums to 1")
        @SumsToOne Map<String, Double> initialInstalledShare,
        @Doc("size of each language's ecosystem (libraries, tools, models) for this layer at the start, in ecosystem units")
        @Range(min = 0) Map<String, Double> initialEcosystem) {
}
