package langsim.output;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a run is called in the console header, report.html, the chart subtitles and manifest.json ({@code label}):
 * the user's {@code --label}, or else the scenario's name followed by the overrides given on the command line, e.g.
 * {@code baseline (languages.Rust.learning_years=0.75, --replications 20)}, so that two results folders of the same
 * scenario are never titled alike.
 *
 * @param scenario  the scenario's name
 * @param label     the user's {@code --label}, or null
 * <p>manifest.json holds {@code label} (the title) and {@code arguments}; a label that differs from the default title
 * was given with {@code --label}.
 *
 * @param arguments the overrides as typed: {@code --set path=value}, {@code --seed N}, {@code --replications N}
 */
public record RunLabel(String scenario, String label, List<String> arguments) {
    public static final String SET = "--set ";

    public RunLabel {
        if (label != null && label.isBlank()) label = null;
        if (label != null) label = label.strip().replaceAll("\\s+", " ");
        arguments = List.copyOf(arguments);
    }

    /** A run with nothing overridden and no label. */
    public static RunLabel of(String scenario) {
        return new RunLabel(scenario, null, List.of());
    }

    /** The title: the label, else the scenario name with the overrides in brackets ({@code --set} left out). */
    public String title() {
        if (label != null) return label;
        return arguments.isEmpty() ? scenario : scenario + " (" + overrides() + ")";
    }

    /** The overrides as the title shows them: "languages.Rust.learning_years=0.75, --replications 20". */
    public String overrides() {
        List<String> shown = new ArrayList<>();
        for (String a : arguments) shown.add(a.startsWith(SET) ? a.substring(SET.length()) : a);
        return String.join(", ", shown);
    }

    /** How the console header starts, before ": N replications, years". */
    public String header() {
        if (label == null) return "Scenario " + title();
        return label + " (scenario " + scenario + (arguments.isEmpty() ? "" : "; " + overrides()) + ")";
    }

    /** How a chart subtitle starts: "scenario: baseline (x=1)", or the label. */
    public String chartLead() {
        String lead = label == null ? "scenario: " + title() : label;
        return lead.length() <= CHART_MAX ? lead : lead.substring(0, CHART_MAX - 1) + "…";
    }

    /** Longest chart subtitle lead: a longer one is cut (the report and manifest keep it whole). */
    static final int CHART_MAX = 160;

    /**
     * The label of the run that wrote {@code manifest}; for a manifest written before labels, the scenario name and its
     * {@code overrides} as {@code --set} arguments.
     */
    public static RunLabel fromManifest(JsonNode manifest, String scenario) {
        List<String> args = new ArrayList<>();
        if (manifest.path("arguments").isArray()) {
            manifest.path("arguments").forEach(a -> args.add(a.asText()));
        } else {
            manifest.path("overrides").forEach(a -> args.add(SET + a.asText()));
        }
        RunLabel unnamed = new RunLabel(scenario, null, args);
        String label = manifest.path("label").isTextual() ? manifest.path("label").asText() : null;
        return label == null || label.equals(unnamed.title()) ? unnamed : new RunLabel(scenario, label, args);
    }
}
