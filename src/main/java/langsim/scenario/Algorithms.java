package langsim.scenario;

import java.util.List;
import java.util.Map;

import langsim.config.Doc;
import langsim.config.NonEmpty;
import langsim.config.Range;

/**
 * New algorithms and models, released each year where the research is done: each release's language is drawn in
 * proportion to the work done in the receiving layers in each language, times that language's release bias; a share
 * may instead be released first in one named language (a scenario's push, e.g. a Rust-first framework).
 */
public record Algorithms(
        @Doc("new algorithms and models released per year") @Range(min = 0, max = 1_000_000) double perYear,
        @Doc("language of the releases that do not follow the research work (see first_share)") @NonEmpty String firstLanguage,
        @Doc("share of releases made first in first_language whatever the research work; the rest follow the work"
                + " in the receiving layers per language, times release_bias") @Range(min = 0, max = 1) double firstShare,
        @Doc("multiplier of each language's chance of a release per unit of research work (missing languages: 1);"
                + " above 1, a language's researchers publish more of their work as reusable releases")
        @Range(min = 0, max = 1000) Map<String, Double> releaseBias,
        @Doc("ecosystem units one release adds to each receiving layer") @Range(min = 0, max = 1_000_000) double size,
        @Doc("layers whose work the releases come from and whose ecosystems receive them") @NonEmpty List<String> layers) {
}
