package langsim.experiment;

import java.util.List;

import langsim.model.AgentType;
import langsim.model.RunRecord;
import langsim.scenario.Verdict;

/**
 * Every figure taken from one run's record, in one place: shares of new work per layer and language (in a year
 * or over the verdict window), margins to the verdict's thresholds, first crossing years, and talent counts and
 * ratios. The verdict, the summary, sweep outputs and the calibration's observed outputs all read these, so a
 * figure means the same wherever it appears. The static methods work on any record; an instance adds the judged
 * language and layers of a verdict specification.
 */
public final class RunMetrics {
    private final Verdict spec;
    private final RunRecord run;
    private final int language;
    private final int[] application;
    private final int[] foundation;
    private final int window;

    private RunMetrics(Verdict spec, RunRecord run) {
        this.spec = spec;
        this.run = run;
        this.language = run.languages().indexOf(spec.language());
        this.application = indices(spec.applicationLayers(), run.layers());
        this.foundation = indices(spec.foundationLayers(), run.layers());
        this.window = Math.min(spec.windowYears(), run.years());
    }

    /** The metrics of {@code run} judged by {@code spec} (its language, application and foundation layers, window). */
    public static RunMetrics of(Verdict spec, RunRecord run) {
        return new RunMetrics(spec, run);
    }

    public RunRecord run() {
        return run;
    }

    /** The judged language's share of new work in the application layers, averaged over the verdict window. */
    public double applicationShare() {
        return windowShare(run, application, language, window);
    }

    public double foundationShare() {
        return windowShare(run, foundation, language, window);
    }

    /** Application share minus the dominance threshold: at or above 0 means dominant. */
    public double dominanceMargin() {
        return applicationShare() - spec.dominanceThreshold();
    }

    /** Foundation share minus the foundation threshold: at or above 0 means at least foundation-layer. */
    public double foundationMargin() {
        return foundationShare() - spec.foundationThreshold();
    }

    /** The judged language's share of the application layers' new work in one calendar year. */
    public double applicationShareIn(int year) {
        return share(run, year - run.startYear(), application, language);
    }

    public double foundationShareIn(int year) {
        return share(run, year - run.startYear(), foundation, language);
    }

    /** First year the yearly application share reached the dominance threshold; null if never. */
    public Integer dominanceYear() {
        return firstCrossing(run, application, language, spec.dominanceThreshold());
    }

    public Integer foundationYear() {
        return firstCrossing(run, foundation, language, spec.foundationThreshold());
    }

    /** The judged language's share of one layer's new work over the verdict window. */
    public double layerShare(String layer) {
        return layerShare(layer, spec.language());
    }

    /** Any language's share of one layer's new work over the verdict window. */
    public double layerShare(String layer, String language) {
        return windowShare(run, new int[] {run.layers().indexOf(layer)}, run.languages().indexOf(language), window);
    }

    /** First year the judged language's yearly share of one layer reached {@code threshold}; null if never. */
    public Integer layerCrossing(String layer, double threshold) {
        return firstCrossing(run, new int[] {run.layers().indexOf(layer)}, language, threshold);
    }

    /** The judged language's share of people proficient in any language (individuals), in the final year. */
    public double finalTalentShare() {
        return talentShare(run, run.years() - 1, language);
    }

    /**
     * Share of new work in the given layers done in the given language, over all agent types, in year index
     * {@code y}; NaN when the layers had no new work that year.
     */
    public static double share(RunRecord run, int y, int[] layers, int language) {
        double in = 0;
        double all = 0;
        for (double[][] byLayer : run.newWork()[y]) {
            for (int l : layers) {
                for (int k = 0; k < byLayer[l].length; k++) {
                    all += byLayer[l][k];
                    if (k == language) in += byLayer[l][k];
                }
            }
        }
        return all > 0 ? in / all : Double.NaN;
    }

    /** The share of new work in the layers, averaged over the final {@code window} years. */
    public static double windowShare(RunRecord run, int[] layers, int language, int window) {
        double sum = 0;
        for (int y = run.years() - window; y < run.years(); y++) sum += share(run, y, layers, language);
        return sum / window;
    }

    /** First calendar year in which the yearly share reached {@code threshold}; null if never. */
    public static Integer firstCrossing(RunRecord run, int[] layers, int language, double threshold) {
        for (int y = 0; y < run.years(); y++) {
            if (share(run, y, layers, language) >= threshold) return run.startYear() + y;
        }
        return null;
    }

    /** Individuals (researchers and systems engineers) proficient in the language at the end of year index y. */
    public static double people(RunRecord run, int y, int language) {
        double n = 0;
        for (AgentType t : AgentType.INDIVIDUALS) n += run.proficient()[y][t.ordinal()][language];
        return n;
    }

    /** People proficient in {@code language} per person proficient in {@code reference}, in year index y. */
    public static double talentRatio(RunRecord run, int y, int language, int reference) {
        return people(run, y, language) / people(run, y, reference);
    }

    /** People proficient in {@code language} as a share of the proficiencies in all languages, in year index y. */
    public static double talentShare(RunRecord run, int y, int language) {
        double all = 0;
        for (int j = 0; j < run.languages().size(); j++) all += people(run, y, j);
        return people(run, y, language) / all;
    }

    static int[] indices(List<String> names, List<String> all) {
        return names.stream().mapToInt(all::indexOf).toArray();
    }
}
