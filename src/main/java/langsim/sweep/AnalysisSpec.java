package langsim.sweep;

import java.util.List;

import langsim.config.Doc;
import langsim.config.Range;

/** Options of the analyses and charts of a sweep. */
public record AnalysisSpec(
        @Doc("bootstrap resamples for the confidence intervals of Sobol and Morris indices") @Range(min = 50, max = 100_000) int bootstrap,
        @Doc("confidence level of all intervals") @Range(min = 0.5, max = 0.999) double confidence,
        @Doc("two parameters for the heatmap of P(dominant) (default: the first two)") List<String> heatmap,
        @Doc("parameter along which verdict probabilities are charted (default: the first)") String along,
        @Doc("PRIM: share of the remaining box peeled per step") @Range(min = 0.01, max = 0.5) double primPeelAlpha,
        @Doc("PRIM: smallest share of all runs a box may keep") @Range(min = 0.001, max = 1) double primMinMass,
        @Doc("PRIM: the reported box is the densest with at least this coverage") @Range(min = 0, max = 1) double primMinCoverage) {

    public static final AnalysisSpec DEFAULTS = new AnalysisSpec(1000, 0.95, List.of(), "", 0.05, 0.05, 0.5);
}
