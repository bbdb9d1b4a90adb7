package langsim.report;

import static langsim.output.Html.escape;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import langsim.chart.ChartFigures;
import langsim.chart.ChartWriter;
import langsim.chart.Palette;
import langsim.output.Html;
import langsim.output.RunLabel;
import langsim.scenario.Event;
import langsim.scenario.Scenario;

/** The text of report.html: one self-contained page (styles inline, charts as data URIs), no clock, no network. */
final class ReportHtml {
    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private ReportHtml() {
    }

    static String render(Scenario scenario, JsonNode summary, String manifest, String resolvedYaml,
                         List<ChartWriter.Rendered> charts, boolean chartsWanted) {
        return render(scenario, RunLabel.of(scenario.name()), summary, manifest, resolvedYaml, charts, chartsWanted);
    }

    static String render(Scenario scenario, RunLabel label, JsonNode summary, String manifest, String resolvedYaml,
                         List<ChartWriter.Rendered> charts, boolean chartsWanted) {
        StringBuilder h = new StringBuilder(1 << 16);
        String name = label.title();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>langsim report: ").append(escape(name)).append("</title>\n")
                .append("<style>\n").append(Html.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header>\n<h1>langsim report: <span class=\"name\">").append(escape(name)).append("</span></h1>\n");
        runArguments(h, scenario, label);
        if (scenario.description() != null && !scenario.description().isBlank()) {
            h.append("<p class=\"description\">").append(escape(scenario.description().strip())).append("</p>\n");
        }
        h.append("</header>\n");
        verdict(h, summary);
        finalShares(h, scenario, summary);
        chartsSection(h, charts, chartsWanted);
        events(h, scenario);
        perReplication(h, summary);
        h.append("<section id=\"inputs\">\n<h2>Scenario and manifest</h2>\n");
        h.append("<details><summary>Resolved scenario (<a href=\"scenario.resolved.yaml\">scenario.resolved.yaml</a>)</summary>\n<pre>")
                .append(escape(resolvedYaml)).append("</pre></details>\n");
        h.append("<details><summary>Manifest (<a href=\"manifest.json\">manifest.json</a>): program, commit, seeds, overrides</summary>\n<pre>")
                .append(escape(manifest)).append("</pre></details>\n</section>\n");
        h.append("<footer>Made by langsim from the files of this folder; regenerate with <code>langsim report &lt;folder&gt;</code>. ")
                .append("Data: <a href=\"timeseries.csv\">timeseries.csv</a>, <a href=\"summary.json\">summary.json</a>.</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** What was run, visible at the top: the scenario and every override given on the command line, as typed. */
    private static void runArguments(StringBuilder h, Scenario scenario, RunLabel label) {
        h.append("<div id=\"run\" class=\"run\"><p>Scenario <code>").append(escape(scenario.name())).append("</code>");
        if (label.arguments().isEmpty()) {
            h.append(" as its file gives it: no overrides.</p></div>\n");
            return;
        }
        h.append(" with ").append(label.arguments().size()).append(" override")
                .append(label.arguments().size() == 1 ? "" : "s").append(" from the command line:</p>\n<ul class=\"overrides\">\n");
        for (String a : label.arguments()) h.append("<li><code>").append(escape(a)).append("</code></li>\n");
        h.append("</ul></div>\n");
    }

    private static void verdict(StringBuilder h, JsonNode s) {
        String verdict = text(s.path("verdict"));
        String language = text(s.path("language"));
        int reps = s.path("replications").asInt();
        h.append("<section id=\"verdict\" class=\"verdict verdict-").append(escape(verdict.replaceAll("[^A-Za-z0-9-]", "")))
                .append("\">\n<h2>Verdict: <strong>").append(escape(language)).append("</strong> is <strong class=\"word\">")
                .append(escape(verdict)).append("</strong></h2>\n");
        h.append("<p>Across ").append(reps).append(" replication").append(reps == 1 ? "" : "s").append(": ");
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("verdict_shares").fields(); it.hasNext(); ) {
            var e = it.next();
            parts.add(escape(e.getKey()) + " " + pct(e.getValue()));
        }
        h.append(String.join(", ", parts)).append(" of replications.</p>\n");
        int window = s.path("window_years").asInt();
        h.append("<p>Mean share of new work over the final ").append(window).append(" year").append(window == 1 ? "" : "s")
                .append(": application layers (").append(list(s.path("application_layers"))).append(") <b>")
                .append(interval(s.path("application_share"))).append("</b>; foundation layers (")
                .append(list(s.path("foundation_layers"))).append(") <b>").append(interval(s.path("foundation_share")))
                .append("</b>.</p>\n");
        h.append("<table class=\"thresholds\">\n<thead><tr><th>Threshold</th><th>Level</th><th>Replications crossing</th>")
                .append("<th>First year crossed (mean, 95% interval)</th></tr></thead>\n<tbody>\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("thresholds").fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode t = e.getValue();
            h.append("<tr><td>").append(escape(e.getKey())).append("</td><td>").append(pct(t.path("threshold")))
                    .append("</td><td>").append(t.path("replications_crossing").asInt()).append(" of ").append(reps)
                    .append("</td><td>").append(firstYear(t.path("first_year"))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        layerVerdicts(h, s);
        h.append("</section>\n");
    }

    /** The verdict of each layer alone; absent from summaries written before there were per-layer verdicts. */
    private static void layerVerdicts(StringBuilder h, JsonNode s) {
        JsonNode layers = s.path("layers");
        if (layers.isEmpty()) return;
        int reps = s.path("replications").asInt();
        h.append("<h3>Per layer</h3>\n<table class=\"layer-verdicts\">\n<thead><tr><th>Layer</th><th>Verdict</th>")
                .append("<th>Share of the layer's new work (mean, 95% interval)</th><th>Threshold</th>")
                .append("<th>Replications at or above</th><th>First year crossed (mean, 95% interval)</th></tr></thead>\n<tbody>\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = layers.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode l = e.getValue();
            h.append("<tr><th>").append(escape(e.getKey())).append("</th><td>")
                    .append(l.path("leads").asBoolean() ? "<b>leads</b>" : "does not lead").append("</td><td>")
                    .append(interval(l.path("share"))).append("</td><td>").append(pct(l.path("threshold")))
                    .append("</td><td>").append(l.path("replications_at_or_above").asInt()).append(" of ").append(reps)
                    .append("</td><td>").append(firstYear(l.path("first_crossing_year"))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"note\">A layer is led when the judged language's share of its new work over the ")
                .append("final window reaches the layer's threshold in more than half of the replications.</p>\n");
    }

    private static String firstYear(JsonNode year) {
        if (!year.path("mean").isNumber()) return "never crossed";
        return "<b>" + fixed(year.path("mean"), 1) + "</b>" + (year.path("ci_low").isNumber()
                ? " (" + fixed(year.path("ci_low"), 1) + "–" + fixed(year.path("ci_high"), 1) + ")" : "");
    }

    private static void finalShares(StringBuilder h, Scenario scenario, JsonNode s) {
        JsonNode finals = s.path("final_new_work_shares");
        List<String> languages = new ArrayList<>();
        for (JsonNode byLang : finals) {
            for (Iterator<String> it = byLang.fieldNames(); it.hasNext(); ) {
                String l = it.next();
                if (!languages.contains(l)) languages.add(l);
            }
        }
        List<String> order = scenario.languageNames();
        h.append("<section id=\"final-shares\">\n<h2>Share of new work in ").append(escape(text(s.path("final_year"))))
                .append("</h2>\n<table class=\"shares\">\n<thead><tr><th>Layer</th>");
        for (String l : languages) {
            int c = order.indexOf(l) >= 0 ? order.indexOf(l) : order.size() + languages.indexOf(l);
            h.append("<th><span class=\"swatch\" style=\"background:").append(Palette.hex(c)).append("\"></span>")
                    .append(escape(l)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        List<String> app = textList(s.path("application_layers"));
        List<String> found = textList(s.path("foundation_layers"));
        for (Iterator<Map.Entry<String, JsonNode>> it = finals.fields(); it.hasNext(); ) {
            var e = it.next();
            String role = app.contains(e.getKey()) ? " <small>application</small>" : found.contains(e.getKey()) ? " <small>foundation</small>" : "";
            h.append("<tr><th>").append(escape(e.getKey())).append(role).append("</th>");
            for (String l : languages) h.append("<td>").append(interval(e.getValue().path(l))).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"note\">Mean across replications with the 95% Student-t interval of the mean, "
                + "clipped to 0–100%.</p>\n</section>\n");
    }

    private static void chartsSection(StringBuilder h, List<ChartWriter.Rendered> charts, boolean wanted) {
        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (charts.isEmpty()) {
            h.append("<p class=\"note\">").append(wanted ? "No charts." : "Charts were skipped (<code>--no-charts</code>); "
                    + "make them with <code>langsim report &lt;folder&gt;</code>.").append("</p>\n");
        }
        ChartFigures.append(h, charts, "charts");
        h.append("</section>\n");
    }

    private static void events(StringBuilder h, Scenario scenario) {
        if (scenario.events().isEmpty()) return;
        h.append("<section id=\"events\">\n<h2>Events</h2>\n<table>\n<thead><tr><th>Year</th><th>Event</th><th>Changes</th></tr></thead>\n<tbody>\n");
        for (Event e : scenario.events()) {
            List<String> changes = new ArrayList<>();
            e.set().forEach((k, v) -> changes.add(k + " = " + v));
            e.multiply().forEach((k, v) -> changes.add(k + " × " + v));
            e.boostEcosystem().forEach((k, v) -> changes.add("ecosystem " + k + " + " + v));
            if (e.ramp() != null) changes.add("ramp (" + e.ramp().shape().name().toLowerCase(Locale.ROOT) + "), complete from " + e.ramp().toYear());
            h.append("<tr><td>").append(e.year()).append("</td><td>").append(escape(e.label())).append("</td><td>")
                    .append(escape(String.join("; ", changes))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static void perReplication(StringBuilder h, JsonNode s) {
        JsonNode reps = s.path("per_replication");
        if (!reps.isArray() || reps.isEmpty()) return;
        h.append("<section id=\"replications\">\n<details><summary>Per replication</summary>\n<table>\n<thead><tr>")
                .append("<th>#</th><th>Seed</th><th>Verdict</th><th>Application share</th><th>Foundation share</th>")
                .append("<th>Dominance year</th><th>Foundation year</th><th>Layers led</th></tr></thead>\n<tbody>\n");
        for (JsonNode r : reps) {
            h.append("<tr><td>").append(escape(text(r.path("replication")))).append("</td><td>").append(escape(text(r.path("seed"))))
                    .append("</td><td>").append(escape(text(r.path("verdict")))).append("</td><td>").append(pct(r.path("application_share")))
                    .append("</td><td>").append(pct(r.path("foundation_share"))).append("</td><td>").append(escape(text(r.path("dominance_year"))))
                    .append("</td><td>").append(escape(text(r.path("foundation_year")))).append("</td><td>")
                    .append(escape(layersLed(r.path("layers")))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</details>\n</section>\n");
    }

    private static String layersLed(JsonNode layers) {
        List<String> led = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = layers.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().path("leads").asBoolean()) led.add(e.getKey());
        }
        return layers.isEmpty() ? "—" : led.isEmpty() ? "none" : String.join(", ", led);
    }

    // ---- formatting

    static String text(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return "—";
        return n.isValueNode() ? n.asText() : n.toString();
    }

    private static List<String> textList(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) out.add(x.asText());
        return out;
    }

    private static String list(JsonNode n) {
        return escape(String.join(", ", textList(n)));
    }

    /** A share as a percentage; small shares keep two decimals so that they don't read as zero. */
    static String pct(JsonNode n) {
        if (n == null || !n.isNumber()) return "—";
        return pct(n.asDouble());
    }

    static String pct(double v) {
        double p = v * 100;
        String pattern = Math.abs(p) >= 1 || p == 0 ? "0.0" : "0.00";
        return new DecimalFormat(pattern, ROOT).format(p) + "%";
    }

    private static String interval(JsonNode iv) {
        if (!iv.path("mean").isNumber()) return "—";
        String out = pct(iv.path("mean").asDouble());
        if (iv.path("ci_low").isNumber() && iv.path("ci_high").isNumber()) {
            double lo = Math.max(0, iv.path("ci_low").asDouble());
            double hi = Math.min(1, iv.path("ci_high").asDouble());
            out += " <span class=\"ci\">(" + pct(lo) + "–" + pct(hi) + ")</span>";
        }
        return out;
    }

    private static String fixed(JsonNode n, int decimals) {
        return new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals), ROOT).format(n.asDouble());
    }
}
