package langsim.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios against a baseline. {@code independent}: the scenarios ran with seeds unrelated to the baseline's (for
 * measuring what common random numbers gain); otherwise replication i of every side used the same seed.
 */
public record Comparison(ComparedRuns baseline, List<ScenarioComparison> scenarios, boolean independent) {

    public static Comparison of(List<ComparedRuns> sides, boolean independent) {
        ComparedRuns baseline = sides.get(0);
        List<ScenarioComparison> out = new ArrayList<>();
        for (ComparedRuns s : sides.subList(1, sides.size())) out.add(ScenarioComparison.of(baseline, s, baseline.scenario().verdict()));
        return new Comparison(baseline, List.copyOf(out), independent);
    }

    public String language() {
        return baseline.scenario().verdict().language();
    }

    public int finalYear() {
        return baseline.startYear() + baseline.years() - 1;
    }

    public String pairing() {
        return independent ? "independent seeds" : "common random numbers";
    }
}
