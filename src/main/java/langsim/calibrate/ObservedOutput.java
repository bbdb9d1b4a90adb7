package langsim.calibrate;

import java.util.List;

import langsim.model.AgentType;
import langsim.model.RunRecord;

/**
 * The metrics: which model output an observation row maps to in one run's record (talent_ratio, talent_share,
 * new_work_share), and the scale on which it is compared with the observation (logarithms for metrics marked log).
 */
final class ObservedOutput {
    private ObservedOutput() {
    }

    /** The model output an observation row maps to, in one run. */
    static double of(CalibrationSpec spec, Observation o, RunRecord rec) {
        MetricSpec m = spec.metrics().get(o.metric());
        int y = o.year() - rec.startYear();
        int k = rec.languages().indexOf(o.language());
        return switch (m.output()) {
            case "talent_ratio" -> people(rec, y, k) / people(rec, y, rec.languages().indexOf(m.reference()));
            case "talent_share" -> {
                double all = 0;
                for (int j = 0; j < rec.languages().size(); j++) all += people(rec, y, j);
                yield people(rec, y, k) / all;
            }
            case "new_work_share" -> {
                List<String> ls = m.layers().isEmpty() ? List.of(o.layer()) : m.layers();
                int[] idx = ls.stream().mapToInt(rec.layers()::indexOf).toArray();
                yield rec.newWorkShare(y, idx, k);
            }
            default -> throw new IllegalStateException("unknown output " + m.output());
        };
    }

    private static double people(RunRecord rec, int y, int k) {
        double n = 0;
        for (AgentType t : AgentType.INDIVIDUALS) n += rec.proficient()[y][t.ordinal()][k];
        return n;
    }

    /** The compared scale: the logarithm for metrics marked {@code log}, the value itself otherwise. */
    static double transform(CalibrationSpec spec, Observation o, double v) {
        return spec.metrics().get(o.metric()).log() ? Math.log(v) : v;
    }
}
