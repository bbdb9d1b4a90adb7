package langsim.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import langsim.experiment.VerdictKind;
import langsim.output.Num;

/** summary.json of a comparison: for every scenario, the paired differences of the headline figures and the answer. */
public final class CompareSummaryJson {
    private CompareSummaryJson() {
    }

    public static Map<String, Object> tree(Comparison c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("baseline", c.baseline().title());
        root.put("language", c.language());
        root.put("final_year", c.finalYear());
        root.put("replications", c.baseline().replications());
        root.put("pairing", c.pairing());
        root.put("judged_by", "the baseline's verdict section, for every scenario");
        root.put("differences", "scenario minus baseline, replication by replication; mean with 95% Student-t interval and sd");
        List<Object> list = new ArrayList<>();
        for (ScenarioComparison s : c.scenarios()) list.add(scenario(c, s));
        root.put("scenarios", list);
        return root;
    }

    private static Map<String, Object> scenario(Comparison c, ScenarioComparison s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.runs().title());
        m.put("answer", answer(c, s));
        m.put("replications_changed_verdict", s.changedVerdict());
        m.put("verdict_changes", transitions(s));
        Map<String, Object> verdicts = new LinkedHashMap<>();
        s.verdictShares().forEach((k, f) -> verdicts.put(k.label(), figure(f)));
        m.put("verdict_shares", verdicts);
        m.put("application_share_final_year", figure(s.applicationFinal()));
        m.put("application_share", figure(s.applicationShare()));
        m.put("foundation_share", figure(s.foundationShare()));
        Map<String, Object> crossings = new LinkedHashMap<>();
        crossings.put("dominance", crossing(s.dominanceYear()));
        crossings.put("foundation", crossing(s.foundationYear()));
        m.put("crossing_years", crossings);
        Map<String, Object> layers = new LinkedHashMap<>();
        s.layerShares().forEach((layer, f) -> layers.put(layer, figure(f)));
        m.put("layer_shares", layers);
        Map<String, Object> finals = new LinkedHashMap<>();
        s.finalShares().forEach((layer, byLanguage) -> {
            Map<String, Object> l = new LinkedHashMap<>();
            byLanguage.forEach((language, f) -> l.put(language, figure(f)));
            finals.put(layer, l);
        });
        m.put("final_new_work_shares", finals);
        return m;
    }

    /** "baseline verdict -> scenario verdict": replications, for the pairs that occur, in a fixed order. */
    private static Map<String, Object> transitions(ScenarioComparison s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (VerdictKind from : VerdictKind.values()) {
            for (VerdictKind to : VerdictKind.values()) {
                int n = 0;
                for (int r = 0; r < s.verdicts().size(); r++) {
                    if (s.baselineVerdicts().get(r).kind() == from && s.verdicts().get(r).kind() == to) n++;
                }
                if (n > 0) out.put(from.label() + " -> " + to.label(), n);
            }
        }
        return out;
    }

    static Map<String, Object> figure(PairedFigure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline", Num.round(f.baseline()));
        m.put("value", Num.round(f.value()));
        m.put("difference", Num.round(f.difference().mean()));
        m.put("ci_low", Num.round(f.difference().low()));
        m.put("ci_high", Num.round(f.difference().high()));
        m.put("sd", Num.round(f.sd()));
        m.put("n", f.difference().n());
        return m;
    }

    private static Map<String, Object> crossing(ScenarioComparison.Crossing c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", c.threshold());
        m.put("baseline_replications_crossing", c.baselineCrossing());
        m.put("replications_crossing", c.crossing());
        m.put("year", figure(c.year()));
        return m;
    }

    /**
     * The answer in one sentence: "B raises Rust's share of application work in 2045 by 12.3 points [9.8, 14.9]; the
     * verdict changes in 7 of 20 replications."
     */
    public static String answer(Comparison c, ScenarioComparison s) {
        PairedFigure f = s.applicationFinal();
        double mean = 100 * f.difference().mean();
        String what = c.language() + "'s share of application work in " + c.finalYear();
        StringBuilder b = new StringBuilder(s.runs().title()).append(' ');
        if (Double.isNaN(mean)) {
            b.append("leaves ").append(what).append(" undefined (no application work)");
        } else if (mean == 0 && f.sd() == 0) {
            b.append("leaves ").append(what).append(" unchanged (0.0 points in every replication)");
        } else {
            boolean up = mean >= 0;
            double lo = 100 * (up ? f.difference().low() : -f.difference().high());
            double hi = 100 * (up ? f.difference().high() : -f.difference().low());
            b.append(up ? "raises " : "lowers ").append(what).append(" by ").append(points(Math.abs(mean)))
                    .append(" points [").append(points(lo)).append(", ").append(points(hi)).append(']');
            if (!Double.isNaN(lo) && !f.clear()) b.append(", an interval that includes no change");
        }
        int n = s.verdicts().size();
        b.append("; the verdict changes in ").append(s.changedVerdict()).append(" of ").append(n)
                .append(n == 1 ? " replication." : " replications.");
        return b.toString();
    }

    private static String points(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f", v);
    }
}
