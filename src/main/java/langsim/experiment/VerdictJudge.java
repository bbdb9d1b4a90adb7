package langsim.experiment;

import java.util.List;

import langsim.model.RunRecord;
import langsim.scenario.Verdict;

/**
 * Judges one replication. Dominant: the language's share of all new work in the application layers,
 * averaged over the final window, reaches the dominance threshold. Otherwise foundation-layer: its share
 * of new work in the foundation layers reaches the foundation threshold. Otherwise niche.
 */
public final class VerdictJudge {
    private VerdictJudge() {
    }

    public static ReplicationVerdict judge(Verdict spec, RunRecord run) {
        int language = run.languages().indexOf(spec.language());
        int[] application = indices(spec.applicationLayers(), run.layers());
        int[] foundation = indices(spec.foundationLayers(), run.layers());
        int years = run.years();
        int window = Math.min(spec.windowYears(), years);
        double app = 0;
        double found = 0;
        for (int y = years - window; y < years; y++) {
            app += run.newWorkShare(y, application, language);
            found += run.newWorkShare(y, foundation, language);
        }
        app /= window;
        found /= window;
        VerdictKind kind = app >= spec.dominanceThreshold() ? VerdictKind.DOMINANT
                : found >= spec.foundationThreshold() ? VerdictKind.FOUNDATION_LAYER
                : VerdictKind.NICHE;
        return new ReplicationVerdict(kind, app, found,
                firstCrossing(run, application, language, spec.dominanceThreshold()),
                firstCrossing(run, foundation, language, spec.foundationThreshold()));
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
