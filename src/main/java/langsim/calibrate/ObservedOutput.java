package langsim.calibrate;

import java.util.List;

import langsim.experiment.RunMetrics;
import langsim.model.RunRecord;

/**
 * The metrics: which model output an observation row maps to in one run's record (talent_ratio, talent_share,
 * new_work_share, all from {@link RunMetrics}), and the scale on which it is compared with the observation (logarithms for metrics marked log).
 */
final class ObservedOutput {
    private ObservedOutput() {
    }

    /** The model output an observation row maps to, in one run (computed by {@link RunMetrics}). */
    static double of(CalibrationSpec spec, Observation o, RunRecord rec) {
        MetricSpec m = spec.metrics().get(o.metric());
        int y = o.year() - rec.startYear();
        int k = rec.languages().indexOf(o.language());
        return switch (m.output()) {
            case "talent_ratio" -> RunMetrics.talentRatio(rec, y, k, rec.languages().indexOf(m.reference()));
            case "talent_share" -> RunMetrics.talentShare(rec, y, k);
            case "new_work_share" -> {
                List<String> ls = m.layers().isEmpty() ? List.of(o.layer()) : m.layers();
                yield RunMetrics.share(rec, y, ls.stream().mapToInt(rec.layers()::indexOf).toArray(), k);
            }
            default -> throw new IllegalStateException("unknown output " + m.output());
        };
    }

    /** The compared scale: the logarithm for metrics marked {@code log}, the value itself otherwise. */
    static double transform(CalibrationSpec spec, Observation o, double v) {
        return spec.metrics().get(o.metric()).log() ? Math.log(v) : v;
    }
}
