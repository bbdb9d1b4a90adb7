package langsim.scenario;

import java.util.Map;

import langsim.config.Doc;
import langsim.config.Range;
import langsim.config.SumsToOne;

/** Firms: own codebases per layer, choose languages for new work and migrations, hire. */
public record FirmType(
        @Doc("number of firms simulated: a sample of the real firms") @Range(min = 0, max = 10_000_000) int count,
        @Doc("number of real firms the simulated ones stand for (their work, code and jobs are booked in real units)")
        @Range(min = 0, max = 1e8) double represents,
        @Doc("developers per firm") Distribution size,
        @Doc("share of a firm's work in each layer at the start; sums to 1") @SumsToOne Map<String, Double> layerMix,
        @Doc("years of past work already in the codebases at the start") @Range(min = 0, max = 50) double initialCodeYears,
        @Doc("times per year a firm reconsiders the language for new work in a layer") @Range(min = 0, max = 365) double decisionsPerYear,
        @Doc("times per year a firm considers rewriting legacy code of a layer in another language") @Range(min = 0, max = 365) double migrationReviewsPerYear,
        @Doc("share of a layer's codebase rewritten by one migration") @Range(min = 0, max = 1) double migrationFraction,
        @Doc("utility cost of a migration per unit of the rewritten share of the codebase") @Range(min = 0, max = 1000) double rewriteCost,
        @Doc("share of existing code retired per year") @Range(min = 0, max = 1) double codeRetirementRate,
        @Doc("share of firms that close per year, each replaced by a new firm with no legacy code that chooses its"
                + " languages afresh (layer mix drawn around layer_mix in force, so events on it steer entry)")
        @Range(min = 0, max = 1) double exitRate,
        @Doc("speed (per year) at which a firm's team mix follows the languages it works in") @Range(min = 0, max = 100) double teamAdjustRate,
        @Doc("heterogeneous utility weights") FirmWeights weights) {
}
