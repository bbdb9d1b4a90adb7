package langsim.scenario;

import java.util.Map;

import langsim.config.Doc;
import langsim.config.Range;
import langsim.config.SumsToOne;

/** A population of individual developers: researchers or systems engineers. */
public record IndividualType(
        @Doc("number of agents of this type simulated: a sample of the real population") @Range(min = 0, max = 50_000_000) int count,
        @Doc("number of real people the simulated ones stand for; work, code, ecosystem growth and talent are booked"
                + " in real units, so results do not depend on count beyond sampling noise")
        @Range(min = 0, max = 1e9) double represents,
        @Doc("projects each person starts per year") @Range(min = 0, max = 100) double projectsPerYear,
        @Doc("work in one project, in developer-years") @Range(min = 0, max = 100) double projectSize,
        @Doc("share of projects in each layer; sums to 1") @SumsToOne Map<String, Double> layerMix,
        @Doc("share of the initial population proficient in each language (people may know several)")
        @Range(min = 0, max = 1) Map<String, Double> initialProficiency,
        @Doc("first language of people who enter (graduates); sums to 1") @SumsToOne Map<String, Double> graduateMix,
        @Doc("share of the people who enter that arrive already experienced in a language, from outside the modelled"
                + " population (e.g. systems programmers moving into AI), and work in it") @Range(min = 0, max = 1)
        Map<String, Double> experiencedEntrants,
        @Doc("share of people who leave per year (replaced by graduates)") @Range(min = 0, max = 1) double exitRate,
        @Doc("times per year a person not already learning considers learning a new language")
        @Range(min = 0, max = 100) double learningReviewsPerYear,
        @Doc("utility of learning relative to not learning, before costs and benefits (negative = reluctant)")
        @Range(min = -20, max = 20) double learningPropensity,
        @Doc("share of project time lost while learning a language") @Range(min = 0, max = 1) double learningTimeShare,
        @Doc("yearly loss of proficiency in languages one does not use") @Range(min = 0, max = 1) double forgettingRate,
        @Doc("heterogeneous utility weights") IndividualWeights weights) {
}
