package langsim.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.experiment.ReplicationVerdict;
import langsim.experiment.RunMetrics;
import langsim.experiment.VerdictJudge;
import langsim.experiment.VerdictKind;
import langsim.scenario.Verdict;

/**
 * One scenario against the baseline, replication by replication. Both sides are judged by the baseline's verdict
 * section, so that a figure measures the same thing on both sides.
 *
 * @param applicationFinal the judged language's share of new work in the application layers in the final year
 * @param changedVerdict   replications whose verdict differs from the baseline's in the same replication
 * @param layerShares      per layer with a threshold: the judged language's share over the verdict window
 * @param finalShares      layer -> language -> share of new work in the final year
 */
public record ScenarioComparison(
        ComparedRuns runs,
        List<ReplicationVerdict> baselineVerdicts,
        List<ReplicationVerdict> verdicts,
        PairedFigure applicationFinal,
        PairedFigure applicationShare,
        PairedFigure foundationShare,
        Map<VerdictKind, PairedFigure> verdictShares,
        int changedVerdict,
        Crossing dominanceYear,
        Crossing foundationYear,
        Map<String, PairedFigure> layerShares,
        Map<String, Map<String, PairedFigure>> finalShares) {

    /** A threshold crossing: in how many replications each side crosses, and the paired difference of the year where both do. */
    public record Crossing(double threshold, int baselineCrossing, int crossing, PairedFigure year) {
    }

    public static ScenarioComparison of(ComparedRuns baseline, ComparedRuns scenario, Verdict spec) {
        int n = baseline.replications();
        List<ReplicationVerdict> base = judge(baseline, spec);
        List<ReplicationVerdict> other = judge(scenario, spec);
        int language = baseline.languages().indexOf(spec.language());
        int last = baseline.years() - 1;
        int[] application = spec.applicationLayers().stream().mapToInt(baseline.layers()::indexOf).toArray();
        PairedFigure appFinal = PairedFigure.of(
                values(n, r -> RunMetrics.share(baseline.record(r), last, application, language)),
                values(n, r -> RunMetrics.share(scenario.record(r), last, application, language)));
        Map<VerdictKind, PairedFigure> shares = new EnumMap<>(VerdictKind.class);
        for (VerdictKind k : VerdictKind.values()) {
            shares.put(k, PairedFigure.of(values(n, r -> base.get(r).kind() == k ? 1 : 0), values(n, r -> other.get(r).kind() == k ? 1 : 0)));
        }
        int changed = 0;
        for (int r = 0; r < n; r++) if (base.get(r).kind() != other.get(r).kind()) changed++;
        Map<String, PairedFigure> layers = new LinkedHashMap<>();
        for (String layer : base.get(0).layers().keySet()) {
            layers.put(layer, PairedFigure.of(values(n, r -> base.get(r).layers().get(layer).share()),
                    values(n, r -> other.get(r).layers().get(layer).share())));
        }
        Map<String, Map<String, PairedFigure>> finals = new LinkedHashMap<>();
        for (int l = 0; l < baseline.layers().size(); l++) {
            Map<String, PairedFigure> byLanguage = new LinkedHashMap<>();
            for (int k = 0; k < baseline.languages().size(); k++) {
                int layer = l;
                int lang = k;
                byLanguage.put(baseline.languages().get(k), PairedFigure.of(values(n, r -> baseline.share(r, last, layer, lang)),
                        values(n, r -> scenario.share(r, last, layer, lang))));
            }
            finals.put(baseline.layers().get(l), byLanguage);
        }
        return new ScenarioComparison(scenario, base, other, appFinal,
                PairedFigure.of(values(n, r -> base.get(r).applicationShare()), values(n, r -> other.get(r).applicationShare())),
                PairedFigure.of(values(n, r -> base.get(r).foundationShare()), values(n, r -> other.get(r).foundationShare())),
                shares, changed,
                crossing(spec.dominanceThreshold(), year(base, true), year(other, true)),
                crossing(spec.foundationThreshold(), year(base, false), year(other, false)),
                layers, finals);
    }

    private static List<ReplicationVerdict> judge(ComparedRuns runs, Verdict spec) {
        List<ReplicationVerdict> out = new ArrayList<>();
        for (int r = 0; r < runs.replications(); r++) out.add(VerdictJudge.judge(spec, runs.record(r)));
        return out;
    }

    private static double[] year(List<ReplicationVerdict> verdicts, boolean dominance) {
        double[] out = new double[verdicts.size()];
        for (int r = 0; r < out.length; r++) {
            Integer y = dominance ? verdicts.get(r).dominanceYear() : verdicts.get(r).foundationYear();
            out[r] = y == null ? Double.NaN : y;
        }
        return out;
    }

    private static Crossing crossing(double threshold, double[] base, double[] other) {
        return new Crossing(threshold, count(base), count(other), PairedFigure.of(base, other));
    }

    private static int count(double[] years) {
        int c = 0;
        for (double y : years) if (!Double.isNaN(y)) c++;
        return c;
    }

    private static double[] values(int n, java.util.function.IntToDoubleFunction f) {
        double[] out = new double[n];
        for (int r = 0; r < n; r++) out[r] = f.applyAsDouble(r);
        return out;
    }
}
