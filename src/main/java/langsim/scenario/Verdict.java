package langsim.scenario;

import java.util.List;
import java.util.Map;

import langsim.config.Doc;
import langsim.config.NonEmpty;
import langsim.config.Range;

/** What "dominant" and "foundation-layer" mean for the language in question, and what leading one layer means. */
public record Verdict(
        @Doc("the language whose fate is judged") @NonEmpty String language,
        @Doc("layers that count as AI application development") @NonEmpty List<String> applicationLayers,
        @Doc("layers that count as the foundation (kernels, inference engines)") @NonEmpty List<String> foundationLayers,
        @Doc("share of new application work from which the language is dominant") @Range(min = 0, max = 1) double dominanceThreshold,
        @Doc("share of new foundation work from which the language is a foundation-layer language") @Range(min = 0, max = 1) double foundationThreshold,
        @Doc("the verdict uses the mean share over this many final years") @Range(min = 1, max = 100) int windowYears,
        @Doc("per layer, the share of the layer's new work (mean over the window) from which the language leads that layer; "
                + "layers not listed get no verdict of their own")
        @Range(min = 0, max = 1) Map<String, Double> layerThresholds) {
}
