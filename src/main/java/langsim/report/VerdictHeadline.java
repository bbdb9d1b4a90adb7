package langsim.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The verdict of summary.json in two lines for the adoption chart: a title with the verdict, how many replications
 * reached it and the interval of the share that decided it, and a line with both shares and their thresholds.
 */
public record VerdictHeadline(String title, String detail) {

    /** The headline of a summary; null parts where summary.json lacks what they need (an older file). */
    public static VerdictHeadline of(JsonNode summary) {
        String verdict = summary.path("verdict").asText("");
        String language = summary.path("language").asText("");
        int n = summary.path("replications").asInt(0);
        if (verdict.isEmpty() || language.isEmpty() || n == 0) return new VerdictHeadline(null, null);
        String app = layers(summary.path("application_layers"));
        String found = layers(summary.path("foundation_layers"));
        JsonNode appShare = summary.path("application_share");
        JsonNode foundShare = summary.path("foundation_share");
        long reached = Math.round(summary.path("verdict_shares").path(verdict).asDouble(Double.NaN) * n);
        // the share that decided: dominance is judged on the application layers, the other verdicts on the foundation layers
        boolean dominant = verdict.equals("dominant");
        String deciding = dominant ? interval(appShare) + " of " + app + " work"
                : interval(foundShare) + " of " + found + " work";
        String title = String.format(Locale.ROOT, "%s: %s in %d/%d replications, %s", language,
                verdict.toUpperCase(Locale.ROOT), reached, n, deciding);
        JsonNode thresholds = summary.path("thresholds");
        String detail = String.format(Locale.ROOT, "%s share of new work, last %d years: %s %s (dominant at %s),"
                        + " %s %s (foundation-layer at %s)", language,
                summary.path("window_years").asInt(),
                app, interval(appShare), percent(thresholds.path("dominance").path("threshold").asDouble(Double.NaN)),
                found, interval(foundShare), percent(thresholds.path("foundation").path("threshold").asDouble(Double.NaN)));
        return new VerdictHeadline(title, detail);
    }

    private static String layers(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.asText()));
        return String.join("+", names);
    }

    /** "4.8% [4.6, 5.0]", like the console. */
    static String interval(JsonNode share) {
        double mean = share.path("mean").asDouble(Double.NaN);
        if (Double.isNaN(mean)) return "n/a";
        JsonNode lo = share.path("ci_low");
        JsonNode hi = share.path("ci_high");
        if (!lo.isNumber() || !hi.isNumber()) return percent(mean);
        return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * mean, 100 * lo.asDouble(), 100 * hi.asDouble());
    }

    private static String percent(double share) {
        if (Double.isNaN(share)) return "n/a";
        return new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(share);
    }
}
