package langsim.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import langsim.scenario.Event;
import langsim.scenario.Scenario;

/**
 * What the charts need from the scenario besides the numbers: its name (and the run's label, if any), the verdict thresholds and the layers
 * they apply to, the events, and the order of languages (which fixes each language's colour).
 */
public record ChartContext(
        String scenarioName,
        String verdictLanguage,
        List<String> languageOrder,
        double dominanceThreshold,
        List<String> applicationLayers,
        double foundationThreshold,
        List<String> foundationLayers,
        /** year -> labels of the events from that year, in scenario order. */
        Map<Integer, List<String>> events,
        /** the run's title (langsim.output.RunLabel#chartLead) for the subtitles, or null for "scenario: NAME". */
        String label,
        /** the verdict and its interval, the adoption chart's title; null: no verdict known (a plain title). */
        String verdictTitle,
        /** the numbers behind the verdict, a line under the adoption chart's subtitle; null: none. */
        String verdictDetail) {

    public static ChartContext of(Scenario s) {
        return of(s, null);
    }

    /** @param label how the subtitles name the run, e.g. "scenario: baseline (x=1)"; null: "scenario: NAME" */
    public static ChartContext of(Scenario s, String runLabel) {
        Map<Integer, List<String>> events = new TreeMap<>();
        for (Event e : s.events()) {
            String label = e.label() == null || e.label().isBlank() ? "event" : e.label().strip();
            events.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(label);
        }
        events.replaceAll((y, labels) -> List.copyOf(labels));
        var v = s.verdict();
        return new ChartContext(s.name(), v.language(), s.languageNames(), v.dominanceThreshold(), v.applicationLayers(),
                v.foundationThreshold(), v.foundationLayers(), events, runLabel, null, null);
    }

    /** The same context with the verdict for the adoption chart's title (see langsim.report.VerdictHeadline). */
    public ChartContext withVerdict(String title, String detail) {
        return new ChartContext(scenarioName, verdictLanguage, languageOrder, dominanceThreshold, applicationLayers,
                foundationThreshold, foundationLayers, events, label, title, detail);
    }

    /** How every chart subtitle starts: the run's label, or "scenario: NAME". */
    public String subtitleLead() {
        return label != null ? label : "scenario: " + scenarioName;
    }

    /** The palette index of a language: its position in the scenario, or after all of them if unknown. */
    public int colorIndex(String language, List<String> dataLanguages) {
        int i = languageOrder.indexOf(language);
        if (i >= 0) return i;
        return languageOrder.size() + Math.max(0, dataLanguages.indexOf(language));
    }
}
