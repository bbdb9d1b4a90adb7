package langsim.scenario;

import langsim.config.Doc;

/** Distributions of the utility weights of individual developers (drawn once per person). */
public record IndividualWeights(
        @Doc("weight of the (log, relative) ecosystem size: network effects, libraries") Distribution ecosystem,
        @Doc("weight of the layer's needs times the language's performance, productivity and safety") Distribution fit,
        @Doc("weight of the share of social-network neighbours working in the language") Distribution peers,
        @Doc("weight of one's own proficiency in the language (experience)") Distribution experience,
        @Doc("weight of the learning cost: learning years times missing proficiency") Distribution learningCost,
        @Doc("weight of the wage premium (log hiring-cost index) when deciding what to learn") Distribution wage) {
}
