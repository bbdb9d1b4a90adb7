package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;

/**
 * Multipliers of every agent's utility weights, one knob per mechanism across researchers, systems
 * engineers and firms: what sensitivity studies vary ("how strong is ecosystem inertia?"). 1 = as drawn.
 */
public record ChoiceScales(
        @Doc("ecosystem (network-effect) weight of all agents") @Range(min = 0, max = 100) double ecosystem,
        @Doc("fit weight (performance, iteration speed and safety needs) of all agents") @Range(min = 0, max = 100) double fit,
        @Doc("peer weight of individuals") @Range(min = 0, max = 100) double peers,
        @Doc("experience and learning-cost weights of individuals, team weight of firms") @Range(min = 0, max = 100) double skills,
        @Doc("hiring-cost weight of firms and wage weight of individuals") @Range(min = 0, max = 100) double labourMarket,
        @Doc("installed-base (existing code) weight of firms") @Range(min = 0, max = 100) double installedBase) {

    public static ChoiceScales defaults() {
        return new ChoiceScales(1, 1, 1, 1, 1, 1);
    }
}
