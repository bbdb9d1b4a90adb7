package langsim.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.model.RunRecord;
import langsim.scenario.Scenario;

/**
 * The answer over all replications: the most frequent verdict (ties go to the less extreme one), the share
 * of replications with each verdict, threshold crossing years, and final shares of new work per layer
 * (all agent types) as mean and 95 % interval (share intervals cut to [0, 1]); next to that, the verdict of each
 * layer that has a threshold of its own.
 */
public record ExperimentSummary(
        VerdictKind verdict,
        Map<VerdictKind, Double> verdictShares,
        String language,
        Interval applicationShare,
        Interval foundationShare,
        ThresholdCrossing dominance,
        ThresholdCrossing foundation,
        int finalYear,
        /** layer -> language -> share of new work in the final year. */
        Map<String, Map<String, Interval>> finalShares,
        /** layer -> the judged language's verdict in that layer alone, for layers with a threshold. */
        Map<String, LayerSummary> layers) {

    public static ExperimentSummary of(Scenario scenario, List<RunRecord> runs, List<ReplicationVerdict> verdicts) {
        int n = verdicts.size();
        Map<VerdictKind, Double> shares = new EnumMap<>(VerdictKind.class);
        for (VerdictKind k : VerdictKind.values()) {
            shares.put(k, verdicts.stream().filter(v -> v.kind() == k).count() / (double) n);
        }
        VerdictKind mode = VerdictKind.NICHE;
        for (VerdictKind k : List.of(VerdictKind.NICHE, VerdictKind.FOUNDATION_LAYER, VerdictKind.DOMINANT)) {
            if (shares.get(k) > shares.get(mode)) mode = k;
        }
        var spec = scenario.verdict();
        Interval app = Interval.of(verdicts.stream().mapToDouble(ReplicationVerdict::applicationShare).toArray()).within(0, 1);
        Interval found = Interval.of(verdicts.stream().mapToDouble(ReplicationVerdict::foundationShare).toArray()).within(0, 1);
        ThresholdCrossing dominance = crossing(spec.dominanceThreshold(), verdicts.stream().map(ReplicationVerdict::dominanceYear).toList());
        ThresholdCrossing foundation = crossing(spec.foundationThreshold(), verdicts.stream().map(ReplicationVerdict::foundationYear).toList());

        Map<String, Map<String, Interval>> finalShares = new LinkedHashMap<>();
        List<String> layers = runs.get(0).layers();
        List<String> languages = runs.get(0).languages();
        for (int l = 0; l < layers.size(); l++) {
            Map<String, Interval> byLanguage = new LinkedHashMap<>();
            for (int k = 0; k < languages.size(); k++) {
                double[] values = new double[runs.size()];
                for (int r = 0; r < runs.size(); r++) {
                    RunRecord run = runs.get(r);
                    values[r] = RunMetrics.share(run, run.years() - 1, new int[] {l}, k);
                }
                byLanguage.put(languages.get(k), Interval.of(values).within(0, 1));
            }
            finalShares.put(layers.get(l), byLanguage);
        }
        return new ExperimentSummary(mode, shares, spec.language(), app, found, dominance, foundation,
                scenario.simulation().endYear(), finalShares, layers(verdicts));
    }

    /** Per-layer summaries, in the order of the replications' layer verdicts (all replications judge the same layers). */
    private static Map<String, LayerSummary> layers(List<ReplicationVerdict> verdicts) {
        Map<String, LayerSummary> out = new LinkedHashMap<>();
        for (var e : verdicts.get(0).layers().entrySet()) {
            List<LayerVerdict> byReplication = verdicts.stream().map(v -> v.layers().get(e.getKey())).toList();
            Interval share = Interval.of(byReplication.stream().mapToDouble(LayerVerdict::share).toArray()).within(0, 1);
            int leading = (int) byReplication.stream().filter(LayerVerdict::leads).count();
            out.put(e.getKey(), new LayerSummary(share, leading,
                    crossing(e.getValue().threshold(), byReplication.stream().map(LayerVerdict::firstYear).toList())));
        }
        return out;
    }

    private static ThresholdCrossing crossing(double threshold, List<Integer> years) {
        List<Double> crossed = new ArrayList<>();
        for (Integer y : years) if (y != null) crossed.add((double) y);
        return new ThresholdCrossing(threshold, crossed.size(), years.size(),
                Interval.of(crossed.stream().mapToDouble(Double::doubleValue).toArray()));
    }

}
