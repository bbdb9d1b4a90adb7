package langsim.output;

import java.util.Locale;
import java.util.Map;

import langsim.experiment.ExperimentResult;
import langsim.experiment.ExperimentSummary;
import langsim.experiment.Interval;
import langsim.experiment.LayerSummary;
import langsim.experiment.ThresholdCrossing;
import langsim.experiment.VerdictKind;

/** The short human summary printed after a run. */
public final class ConsoleSummary {
    private ConsoleSummary() {
    }

    public static String format(ExperimentResult result) {
        return format(result, RunLabel.of(result.scenario().name()));
    }

    /** The summary headed by the run's label: "Scenario baseline (x=1, --replications 20): 20 replications, 2025-2045". */
    public static String format(ExperimentResult result, RunLabel label) {
        ExperimentSummary s = result.summary();
        var scenario = result.scenario();
        var spec = scenario.verdict();
        int n = result.runs().size();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d replication%s, %d-%d%n", label.header(), n, n == 1 ? "" : "s",
                scenario.simulation().startYear(), scenario.simulation().endYear()));
        String what = switch (s.verdict()) {
            case DOMINANT -> "DOMINANT in AI application development";
            case FOUNDATION_LAYER -> "a FOUNDATION-LAYER language";
            case NICHE -> "a NICHE language";
        };
        out.append(String.format(Locale.ROOT, "Verdict: %s is %s (", spec.language(), what));
        boolean first = true;
        for (VerdictKind k : VerdictKind.values()) {
            out.append(first ? "" : ", ").append(k.label()).append(' ')
                    .append(Math.round(s.verdictShares().get(k) * n)).append('/').append(n);
            first = false;
        }
        out.append(")\n");
        out.append(String.format(Locale.ROOT, "  %s share of new %s work, last %d years: %s%n", spec.language(),
                String.join("+", spec.applicationLayers()), spec.windowYears(), percent(s.applicationShare())));
        out.append(String.format(Locale.ROOT, "  %s share of new %s work, last %d years: %s%n", spec.language(),
                String.join("+", spec.foundationLayers()), spec.windowYears(), percent(s.foundationShare())));
        out.append(crossing("dominance", String.join("+", spec.applicationLayers()), s.dominance()));
        out.append(crossing("foundation", String.join("+", spec.foundationLayers()), s.foundation()));
        if (!s.layers().isEmpty()) {
            out.append(String.format(Locale.ROOT, "Verdict per layer, share of the layer's new work over the last %d years:%n", spec.windowYears()));
            s.layers().forEach((layer, summary) -> out.append(layerLine(layer, spec.language(), summary)));
        }
        String host = mainRival(s, spec.language());
        out.append(String.format(Locale.ROOT, "Share of new work in %d, mean [95%% CI] over replications:%n", s.finalYear()));
        out.append(String.format(Locale.ROOT, "  %-12s %-24s %s%n", "layer", spec.language(), host));
        for (Map.Entry<String, Map<String, Interval>> e : s.finalShares().entrySet()) {
            out.append(String.format(Locale.ROOT, "  %-12s %-24s %s%n", e.getKey(),
                    percent(e.getValue().get(spec.language())), percent(e.getValue().get(host))));
        }
        return out.toString();
    }

    /** The other language with the largest final share of new work summed over layers: the column next to the judged one. */
    private static String mainRival(ExperimentSummary s, String judged) {
        Map<String, Double> total = new java.util.TreeMap<>();
        for (Map<String, Interval> byLanguage : s.finalShares().values()) {
            byLanguage.forEach((language, iv) -> {
                if (!language.equals(judged) && !Double.isNaN(iv.mean())) total.merge(language, iv.mean(), Double::sum);
            });
        }
        return total.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(judged);
    }

    private static String crossing(String name, String layers, ThresholdCrossing c) {
        String head = String.format(Locale.ROOT, "  %s threshold (%.0f%% of %s): ", name, c.threshold() * 100, layers);
        if (c.replicationsCrossing() == 0) return head + "never crossed\n";
        Interval y = c.year();
        String when = Double.isNaN(y.low())
                ? String.format(Locale.ROOT, "%.0f", y.mean())
                : String.format(Locale.ROOT, "%.1f [%.1f, %.1f]", y.mean(), y.low(), y.high());
        return head + String.format(Locale.ROOT, "first crossed in %s, in %d/%d replications%n", when,
                c.replicationsCrossing(), c.replications());
    }

    /** e.g. "  application: Rust leads, 53.1% [48.0, 58.2] of new work (threshold 50%), at or above in 8/10 replications, first crossed in 2039.5 (mean of 9)". */
    private static String layerLine(String layer, String language, LayerSummary l) {
        ThresholdCrossing c = l.crossing();
        String first = c.replicationsCrossing() == 0 ? "never crossed"
                : String.format(Locale.ROOT, "first crossed in %.1f (mean of %d)", c.year().mean(), c.replicationsCrossing());
        return String.format(Locale.ROOT, "  %s: %s %s, %s of new work (threshold %s%%), at or above in %d/%d replications, %s%n",
                layer, language, l.leads() ? "leads" : "does not lead", percent(l.share()), Num.format(l.threshold() * 100),
                l.replicationsLeading(), c.replications(), first);
    }

    static String percent(Interval iv) {
        if (iv == null || Double.isNaN(iv.mean())) return "n/a";
        if (Double.isNaN(iv.low())) return String.format(Locale.ROOT, "%.1f%%", iv.mean() * 100);
        return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", iv.mean() * 100, iv.low() * 100, iv.high() * 100);
    }
}
