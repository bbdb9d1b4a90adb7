package langsim.calibrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.config.Doc;
import langsim.config.PathSafe;
import langsim.config.Range;
import langsim.config.Required;
import langsim.config.Validated;
import langsim.config.Validation;

/**
 * A calibration file: the base scenario, overrides, the parameters to fit (scenario paths with bounds), the
 * observations CSV, how each observed metric maps to a model output, the held-out years, the CMA-ES budget and the
 * budget of the uncertainty analysis (restarts, loss slice, ensemble).
 */
public record CalibrationSpec(
        @Doc("calibration name, used for the default results folder results/calibration-<name>") @Required @PathSafe String name,
        @Doc("one-paragraph description") String description,
        @Doc("base scenario file; a relative path is relative to this file's folder") @Required String baseScenario,
        @Doc("path=value overrides applied to the base scenario before fitting (e.g. fewer agents)") List<String> set,
        @Doc("parameters to fit, by scenario path, with bounds") @Required Map<String, FitParameter> parameters,
        @Doc("observations CSV (year, metric, language, layer, value, source); relative to this file's folder") @Required String observations,
        @Doc("observed metric name -> model output") @Required Map<String, MetricSpec> metrics,
        @Doc("years predicted but not fitted (the held-out error is computed on them)") List<Integer> heldOutYears,
        @Doc("replications per evaluation (common random numbers: the same seeds at every evaluation)")
        @Range(min = 1, max = 1000) int replications,
        @Doc("maximum number of objective evaluations of each CMA-ES restart") @Range(min = 2, max = 1_000_000) int evaluations,
        @Doc("CMA-ES population size (0: the default 4 + 3 ln d)") @Range(min = 0, max = 10_000) int population,
        @Doc("initial CMA-ES step, as a share of each parameter's range") @Range(min = 0.001, max = 1) double sigma,
        @Doc("replications of the final run at the fitted values (for the table's 95% intervals)")
        @Range(min = 2, max = 10_000) int finalReplications,
        @Doc("CMA-ES restarts: the first from the start values, the others from a Latin hypercube in the bounds, each "
                + "with its own derived seed; every restart has the full evaluation budget")
        @Range(min = 1, max = 1000) int restarts,
        @Doc("points per parameter of the loss slice (identifiability): the parameter at this many evenly spaced values "
                + "across its bounds, the others at the best fit; 0 = no slice")
        @Range(min = 0, max = 1000) int profilePoints,
        @Doc("largest number of parameter sets in the ensemble behind the predictive intervals (taken from the "
                + "evaluations inside the 95 % likelihood-ratio region, spread over their losses), each run with "
                + "final_replications")
        @Range(min = 1, max = 10_000) int ensembleSize,
        @Doc("master seed: replication seeds and the CMA-ES random stream derive from it") long seed) implements Validated {

    public static CalibrationSpec defaults(List<String> parameterKeys, List<String> metricKeys) {
        Map<String, FitParameter> p = new LinkedHashMap<>();
        for (String k : parameterKeys) p.put(k, FitParameter.defaults());
        Map<String, MetricSpec> m = new LinkedHashMap<>();
        for (String k : metricKeys) m.put(k, MetricSpec.defaults());
        return new CalibrationSpec("", "", "", List.of(), p, "", m, List.of(), 4, 200, 0, 0.3, 10, 4, 7, 20, 1L);
    }

    @Override
    public void validate(Validation v) {
        if (name.isBlank()) v.error("name", "missing required field 'name'");
        if (baseScenario.isBlank()) v.error("base_scenario", "missing required field 'base_scenario'");
        if (observations.isBlank()) v.error("observations", "missing required field 'observations'");
        if (parameters.isEmpty()) v.error("parameters", "missing required field 'parameters' (at least one parameter to fit)");
        if (metrics.isEmpty()) v.error("metrics", "missing required field 'metrics'");
    }
}
