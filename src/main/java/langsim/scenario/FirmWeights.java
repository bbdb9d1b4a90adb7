package langsim.scenario;

import langsim.config.Doc;

/** Distributions of the utility weights of firms (drawn once per firm). */
public record FirmWeights(
        @Doc("weight of the (log, relative) ecosystem size") Distribution ecosystem,
        @Doc("weight of the layer's needs times the language's traits") Distribution fit,
        @Doc("weight of the log hiring-cost index of the language") Distribution hiringCost,
        @Doc("weight of the firm's own installed base in the language (compatibility with existing code)") Distribution installedBase,
        @Doc("weight of the firm's team already working in the language (switching cost = missing share)") Distribution team) {
}
