package langsim.scenario;

import java.util.List;

import langsim.config.Doc;
import langsim.config.NonEmpty;
import langsim.config.Range;

/** New algorithms and models, released each year, most of them first in one language. */
public record Algorithms(
        @Doc("new algorithms and models released per year") @Range(min = 0, max = 1_000_000) double perYear,
        @Doc("language in which most are released first") @NonEmpty String firstLanguage,
        @Doc("share released first in first_language; the rest in proportion to research ecosystems") @Range(min = 0, max = 1) double firstShare,
        @Doc("ecosystem units one release adds to each receiving layer") @Range(min = 0, max = 1000) double size,
        @Doc("layers whose ecosystems receive the releases") @NonEmpty List<String> layers) {
}
