package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;

/** Jobs meet talent: hiring cost rises when demand for a language outruns its talent pool. */
public record LabourMarket(
        @Doc("proficiency (0..1) from which a person counts in a language's talent pool") @Range(min = 0.01, max = 1) double proficiencyThreshold,
        @Doc("elasticity of the hiring-cost index to (job share / talent share); 0 = no labour-market effect") @Range(min = 0, max = 5) double elasticity,
        @Doc("speed (per year) at which the index moves toward its target") @Range(min = 0.01, max = 100) double adjustRate,
        @Doc("lowest value of the index") @Range(min = 0.01, max = 1) double minIndex,
        @Doc("highest value of the index") @Range(min = 1, max = 1000) double maxIndex) {
}
