package langsim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

import langsim.model.RunRecord;
import langsim.scenario.Verdict;

/**
 * Judges one replication. Dominant: the language's share of all new work in the application layers,
 * averaged over the final window, reaches the dominance threshold. Otherwise foundation-layer: its share
 * of new work in the foundation layers reaches the foundation threshold. Otherwise niche. Next to that, each
 * layer with a threshold of its own is judged alone: the language leads it when its share of the layer's
 * new work, averaged over the same window, reaches that threshold. The figures come from {@link RunMetrics}.
 */
public final class VerdictJudge {
    private VerdictJudge() {
    }

    public static ReplicationVerdict judge(Verdict spec, RunRecord run) {
        RunMetrics m = RunMetrics.of(spec, run);
        double app = m.applicationShare();
        double found = m.foundationShare();
        VerdictKind kind = app >= spec.dominanceThreshold() ? VerdictKind.DOMINANT
                : found >= spec.foundationThreshold() ? VerdictKind.FOUNDATION_LAYER
                : VerdictKind.NICHE;
        return new ReplicationVerdict(kind, app, found, m.dominanceYear(), m.foundationYear(), layers(spec, m));
    }

    private static Map<String, LayerVerdict> layers(Verdict spec, RunMetrics m) {
        Map<String, LayerVerdict> out = new LinkedHashMap<>();
        for (String layer : m.run().layers()) {
            Double threshold = spec.layerThresholds().get(layer);
            if (threshold == null) continue;
            out.put(layer, new LayerVerdict(threshold, m.layerShare(layer), m.layerCrossing(layer, threshold)));
        }
        return out;
    }
}
