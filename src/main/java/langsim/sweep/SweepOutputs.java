package langsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import langsim.experiment.LayerVerdict;
import langsim.experiment.ReplicationVerdict;
import langsim.experiment.RunMetrics;
import langsim.experiment.VerdictKind;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;
import langsim.scenario.Verdict;

/**
 * The outputs a sweep can record per run, all computed by {@link RunMetrics}. The verdict (dominant /
 * foundation-layer / niche) is always recorded; numeric outputs are:
 * <ul>
 * <li>{@code application_share}, {@code foundation_share}: the judged language's mean share of new work in the
 *     verdict's application / foundation layers over the verdict window;</li>
 * <li>{@code dominance_margin}, {@code foundation_margin}: those shares minus the dominance / foundation threshold
 *     (at or above 0: the threshold is reached), the continuous quantities the verdict cuts;</li>
 * <li>{@code application_share_YYYY}, {@code foundation_share_YYYY}: the same share in one year;</li>
 * <li>{@code dominance_year}, {@code foundation_year}: first year the yearly share reached the threshold; a run
 *     that never reached it is censored at the last simulated year + 1 (the earliest year it still could), so the
 *     output stays a number (a Sobol index needs every run) and ranks never-crossing runs last; and
 *     {@code dominance_crossed}, {@code foundation_crossed}: 1 if it was reached at all, else 0;</li>
 * <li>{@code dominant}, {@code foundation_layer}, {@code niche}: 1 if the run's verdict is that, else 0;</li>
 * <li>{@code talent_share}: the judged language's share of the individuals' proficiencies in the final year;</li>
 * <li>for each layer in {@code verdict.layer_thresholds}: {@code share_LAYER}, the judged language's mean share of
 *     the layer's new work over the verdict window; {@code margin_LAYER}, that minus the layer's threshold;
 *     {@code leads_LAYER}, 1 if the margin is at least 0; {@code year_LAYER} and {@code crossed_LAYER}, the
 *     layer's first crossing year (censored as above) and whether it crossed;</li>
 * <li>{@code share_LAYER_LANGUAGE}: any language's mean share of any layer's new work over the verdict window.</li>
 * </ul>
 */
public final class SweepOutputs {
    static final List<String> FIXED = List.of("verdict", "application_share", "foundation_share", "dominance_margin",
            "foundation_margin", "dominance_year", "foundation_year", "dominance_crossed", "foundation_crossed",
            "dominant", "foundation_layer", "niche", "talent_share");
    private static final Pattern YEARLY = Pattern.compile("(application|foundation)_share_([0-9]{4})");
    private static final Pattern PER_LAYER = Pattern.compile("(share|leads|margin|year|crossed)_(.+)");

    private final List<String> names;

    private SweepOutputs(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The numeric outputs among {@code requested} ("verdict" is implied and skipped); null message if valid. */
    public static String problem(String name, Scenario base) {
        if (FIXED.contains(name)) return null;
        Matcher m = YEARLY.matcher(name);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(2));
            int first = base.simulation().startYear();
            int last = base.simulation().endYear();
            if (year < first || year > last) {
                return "year " + year + " is outside the simulated years " + first + "-" + last;
            }
            return null;
        }
        Matcher layer = PER_LAYER.matcher(name);
        if (layer.matches()) {
            var judged = base.verdict().layerThresholds().keySet();
            if (judged.contains(layer.group(2))) return null;
            if (layer.group(1).equals("share") && perLanguage(layer.group(2), base.layers().keySet(), base.languages().keySet()) != null) {
                return null;
            }
            return "layer '" + layer.group(2) + "' has no verdict of its own; layers in verdict.layer_thresholds: " + judged
                    + (layer.group(1).equals("share") ? "; for a language's share of any layer write share_LAYER_LANGUAGE (layers "
                    + base.layers().keySet() + ", languages " + base.languages().keySet() + ")" : "");
        }
        List<String> known = new ArrayList<>(FIXED);
        known.add("application_share_YYYY");
        known.add("foundation_share_YYYY");
        known.add("share_LAYER");
        known.add("leads_LAYER");
        known.add("margin_LAYER");
        known.add("year_LAYER");
        known.add("crossed_LAYER");
        known.add("share_LAYER_LANGUAGE");
        String near = langsim.config.Suggestions.nearest(name, known);
        return "unknown output '" + name + "'" + (near != null ? "; did you mean '" + near + "'?" : "; known outputs: " + String.join(", ", known));
    }

    /** {layer, language} if {@code rest} is LAYER_LANGUAGE for a known layer and language, else null. */
    static String[] perLanguage(String rest, java.util.Collection<String> layers, java.util.Collection<String> languages) {
        for (int i = rest.indexOf('_'); i > 0; i = rest.indexOf('_', i + 1)) {
            String layer = rest.substring(0, i);
            String language = rest.substring(i + 1);
            if (layers.contains(layer) && languages.contains(language)) return new String[] {layer, language};
        }
        return null;
    }

    public static SweepOutputs of(List<String> requested) {
        List<String> numeric = new ArrayList<>();
        for (String r : requested) {
            if (!r.equals("verdict") && !numeric.contains(r)) numeric.add(r);
        }
        return new SweepOutputs(numeric);
    }

    /** Numeric output names, in order. */
    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    double[] extract(Scenario scenario, RunRecord record, ReplicationVerdict verdict) {
        RunMetrics metrics = RunMetrics.of(scenario.verdict(), record);
        double[] out = new double[names.size()];
        for (int i = 0; i < out.length; i++) out[i] = value(names.get(i), scenario.verdict(), metrics, verdict);
        return out;
    }

    private static double value(String name, Verdict spec, RunMetrics m, ReplicationVerdict v) {
        int censored = m.run().startYear() + m.run().years();
        switch (name) {
            case "application_share": return v.applicationShare();
            case "foundation_share": return v.foundationShare();
            case "dominance_margin": return m.dominanceMargin();
            case "foundation_margin": return m.foundationMargin();
            case "dominance_year": return year(v.dominanceYear(), censored);
            case "foundation_year": return year(v.foundationYear(), censored);
            case "dominance_crossed": return v.dominanceYear() != null ? 1 : 0;
            case "foundation_crossed": return v.foundationYear() != null ? 1 : 0;
            case "dominant": return v.kind() == VerdictKind.DOMINANT ? 1 : 0;
            case "foundation_layer": return v.kind() == VerdictKind.FOUNDATION_LAYER ? 1 : 0;
            case "niche": return v.kind() == VerdictKind.NICHE ? 1 : 0;
            case "talent_share": return m.finalTalentShare();
            default:
        }
        Matcher layer = PER_LAYER.matcher(name);
        if (layer.matches()) {
            LayerVerdict lv = v.layers().get(layer.group(2));
            if (lv == null) {
                String[] ll = perLanguage(layer.group(2), m.run().layers(), m.run().languages());
                if (ll == null) throw new IllegalArgumentException("unknown output " + name);
                return m.layerShare(ll[0], ll[1]);
            }
            return switch (layer.group(1)) {
                case "share" -> lv.share();
                case "leads" -> lv.leads() ? 1 : 0;
                case "margin" -> lv.share() - lv.threshold();
                case "year" -> year(lv.firstYear(), censored);
                default -> lv.firstYear() != null ? 1 : 0;
            };
        }
        Matcher y = YEARLY.matcher(name);
        if (!y.matches()) throw new IllegalArgumentException("unknown output " + name);
        int year = Integer.parseInt(y.group(2));
        return y.group(1).equals("application") ? m.applicationShareIn(year) : m.foundationShareIn(year);
    }

    /** A crossing year, or {@code censored} (last simulated year + 1) when the threshold was never reached. */
    private static double year(Integer crossing, int censored) {
        return crossing == null ? censored : crossing;
    }
}
