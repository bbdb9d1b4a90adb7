package langsim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.model.RunRecord;
import langsim.scenario.Verdict;

/**
 * Judges one replication. Dominant: the language's share of all new work in the application layers,
 * averaged over the final window, reaches the dominance threshold. Otherwise foundation-layer: its share
 * of new work in the foundation layers reaches the foundation threshold. Otherwise niche. Next to that, each
 * layer with a threshold of its own is judged alone: the language leads it when its share of the layer's
 * new work, averaged over the same window, reaches that threshold.
 */
public final class VerdictJudge {
    private VerdictJudge() {
    }

    public static ReplicationVerdict judge(Verdict spec, RunRecord run) {
        int language = run.languages().indexOf(spec.language());
        int[] application = indices(spec.applicationLayers(), run.layers());
        int[] foundation = indices(spec.foundationLayers(), run.layers());
        int window = Math.min(spec.windowYears(), run.years());
        double app = windowShare(run, application, language, window);
        double found = windowShare(run, foundation, language, window);
        VerdictKind kind = app >= spec.dominanceThreshold() ? VerdictKind.DOMINANT
                : found >= spec.foundationThreshold() ? VerdictKind.FOUNDATION_LAYER
                : VerdictKind.NICHE;
        return new ReplicationVerdict(kind, app, found,
                firstCrossing(run, application, language, spec.dominanceThreshold()),
                firstCrossing(run, foundation, language, spec.foundationThreshold()),
                layers(spec, run, language, window));
    }

    private static Map<String, LayerVerdict> layers(Verdict spec, RunRecord run, int language, int window) {
        Map<String, LayerVerdict> out = new LinkedHashMap<>();
        for (int l = 0; l < run.layers().size(); l++) {
            Double threshold = spec.layerThresholds().get(run.layers().get(l));
            if (threshold == null) continue;
            int[] layer = {l};
            out.put(run.layers().get(l), new LayerVerdict(threshold, windowShare(run, layer, language, window),
                    firstCrossing(run, layer, language, threshold)));
        }
        return out;
    }

    /** The language's share of new work in the layers, averaged over the final {@code window} years. */
    private static double windowShare(RunRecord run, int[] layers, int language, int window) {
        double sum = 0;
        for (int y = run.years() - window; y < run.years(); y++) sum += run.newWorkShare(y, layers, language);
        return sum / window;
    }

    private static Integer firstCrossing(RunRecord run, int[] layers, int language, double threshold) {
        for (int y = 0; y < run.years(); y++) {
            if (run.newWorkShare(y, layers, language) >= threshold) return run.startYear() + y;
        }
        return null;
    }

    static int[] indices(List<String> names, List<String> all) {
        return names.stream().mapToInt(all::indexOf).toArray();
    }
}
