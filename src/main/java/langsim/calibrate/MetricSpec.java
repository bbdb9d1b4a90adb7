package langsim.calibrate;

import java.util.List;

import langsim.config.Doc;
import langsim.config.Range;
import langsim.config.Validated;
import langsim.config.Validation;

/** How an observed metric maps to a model output. */
public record MetricSpec(
        @Doc("model output: talent_ratio (people proficient in the language / in 'reference', researchers and systems "
                + "engineers), talent_share (proficient in the language / proficient in any language, summed over "
                + "languages), new_work_share (share of new work in 'layers' or the row's layer)") String output,
        @Doc("reference language of talent_ratio") String reference,
        @Doc("layers of new_work_share (default: the observation's layer column)") List<String> layers,
        @Doc("weight of the metric's squared errors; 0 = report only, do not fit") @Range(min = 0, max = 1e6) double weight,
        @Doc("compare logarithms (relative errors), for quantities that span orders of magnitude") boolean log)
        implements Validated {

    public static MetricSpec defaults() {
        return new MetricSpec("", "", List.of(), 1.0, false);
    }

    @Override
    public void validate(Validation v) {
        switch (output) {
            case "talent_ratio" -> {
                if (reference.isBlank()) v.error("reference", "talent_ratio needs a reference language");
            }
            case "talent_share", "new_work_share" -> {
            }
            case "" -> v.error("output", "missing required field 'output' (talent_ratio, talent_share or new_work_share)");
            default -> v.error("output", "unknown output '" + output + "'; use talent_ratio, talent_share or new_work_share");
        }
    }
}
