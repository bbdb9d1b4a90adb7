package langsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.experiment.ExperimentResult;
import langsim.experiment.ExperimentSummary;
import langsim.experiment.Interval;
import langsim.experiment.LayerSummary;
import langsim.experiment.LayerVerdict;
import langsim.experiment.ReplicationVerdict;
import langsim.experiment.ThresholdCrossing;
import langsim.experiment.VerdictKind;

/** summary.json: the verdict over replications and the numbers behind it. */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static Map<String, Object> tree(ExperimentResult result) {
        ExperimentSummary s = result.summary();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verdict", s.verdict().label());
        root.put("scenario", result.scenario().name());
        root.put("language", s.language());
        root.put("replications", result.runs().size());
        Map<String, Object> shares = new LinkedHashMap<>();
        for (VerdictKind k : VerdictKind.values()) shares.put(k.label(), Num.round(s.verdictShares().get(k)));
        root.put("verdict_shares", shares);
        var spec = result.scenario().verdict();
        root.put("application_layers", spec.applicationLayers());
        root.put("foundation_layers", spec.foundationLayers());
        root.put("window_years", spec.windowYears());
        root.put("application_share", interval(s.applicationShare()));
        root.put("foundation_share", interval(s.foundationShare()));
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("dominance", crossing(s.dominance()));
        thresholds.put("foundation", crossing(s.foundation()));
        root.put("thresholds", thresholds);
        Map<String, Object> layers = new LinkedHashMap<>();
        s.layers().forEach((layer, summary) -> layers.put(layer, layer(summary)));
        root.put("layers", layers);
        root.put("final_year", s.finalYear());
        Map<String, Object> finals = new LinkedHashMap<>();
        s.finalShares().forEach((layer, byLanguage) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            byLanguage.forEach((language, iv) -> m.put(language, interval(iv)));
            finals.put(layer, m);
        });
        root.put("final_new_work_shares", finals);
        List<Object> reps = new ArrayList<>();
        for (int r = 0; r < result.verdicts().size(); r++) {
            ReplicationVerdict v = result.verdicts().get(r);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("replication", r);
            m.put("seed", result.seeds().get(r));
            m.put("verdict", v.kind().label());
            m.put("application_share", Num.round(v.applicationShare()));
            m.put("foundation_share", Num.round(v.foundationShare()));
            m.put("dominance_year", v.dominanceYear());
            m.put("foundation_year", v.foundationYear());
            Map<String, Object> byLayer = new LinkedHashMap<>();
            v.layers().forEach((layer, lv) -> byLayer.put(layer, layer(lv)));
            m.put("layers", byLayer);
            reps.add(m);
        }
        root.put("per_replication", reps);
        return root;
    }

    static Map<String, Object> interval(Interval iv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", Num.round(iv.mean()));
        m.put("ci_low", Num.round(iv.low()));
        m.put("ci_high", Num.round(iv.high()));
        return m;
    }

    /** One layer's verdict over replications: leads when more than half of the replications reach the threshold. */
    private static Map<String, Object> layer(LayerSummary l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", l.threshold());
        m.put("leads", l.leads());
        m.put("share", interval(l.share()));
        m.put("replications_at_or_above", l.replicationsLeading());
        m.put("share_of_replications_at_or_above", Num.round(l.shareOfReplicationsLeading()));
        m.put("replications_crossing", l.crossing().replicationsCrossing());
        m.put("first_crossing_year", interval(l.crossing().year()));
        return m;
    }

    private static Map<String, Object> layer(LayerVerdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("share", Num.round(v.share()));
        m.put("leads", v.leads());
        m.put("first_crossing_year", v.firstYear());
        return m;
    }

    private static Map<String, Object> crossing(ThresholdCrossing c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", c.threshold());
        m.put("replications_crossing", c.replicationsCrossing());
        m.put("first_year", interval(c.year()));
        return m;
    }
}
