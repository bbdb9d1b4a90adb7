package langsim.sweep;

import java.util.List;

import langsim.config.Doc;
import langsim.config.Range;
import langsim.sensitivity.Prim;

/** Options of the analyses and charts of a sweep. */
public record AnalysisSpec(
        @Doc("bootstrap resamples for the confidence intervals of Sobol and Morris indices") @Range(min = 50, max = 100_000) int bootstrap,
        @Doc("confidence level of all intervals") @Range(min = 0.5, max = 0.999) double confidence,
        @Doc("two parameters for the heatmap of P(dominant) (default: the first two)") List<String> heatmap,
        @Doc("parameter along which verdict probabilities are charted (default: the first)") String along,
        @Doc("PRIM: share of the box's runs removed per peel (whole groups of tied values)") @Range(min = 0.01, max = 0.5) double primPeelAlpha,
        @Doc("PRIM: share of the box's runs added back per paste (whole groups of tied values)") @Range(min = 0.01, max = 0.5) double primPasteAlpha,
        @Doc("PRIM: smallest share of all runs a box may keep") @Range(min = 0.001, max = 1) double primMinMass,
        @Doc("PRIM: smallest number of runs a box may keep (the larger of this and prim_min_mass applies)") @Range(min = 1, max = 1_000_000) int primMinCases,
        @Doc("PRIM: the reported box has at least this density (share of its runs with the verdict), else there is no box") @Range(min = 0, max = 1) double primMinDensity,
        @Doc("PRIM: the reported box has at least this coverage (share of the runs with the verdict it holds), else there is no box") @Range(min = 0, max = 1) double primMinCoverage,
        @Doc("PRIM: of the boxes meeting both thresholds, the reported one has the largest coverage among those within this of the highest density") @Range(min = 0, max = 1) double primDensityTolerance) {

    public static final AnalysisSpec DEFAULTS = new AnalysisSpec(1000, 0.95, List.of(), "", 0.05, 0.05, 0.05, 20, 0.5, 0.5, 0.02);

    /** The PRIM settings. */
    public Prim.Options prim() {
        return new Prim.Options(primPeelAlpha, primPasteAlpha, primMinMass, primMinCases, primMinDensity, primMinCoverage, primDensityTolerance);
    }
}
