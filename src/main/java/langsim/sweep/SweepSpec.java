package langsim.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.config.Doc;
import langsim.config.PathSafe;
import langsim.config.Range;
import langsim.config.Required;
import langsim.config.Validated;
import langsim.config.Validation;
import langsim.sensitivity.DesignKind;

/**
 * A sweep file: a base scenario, the parameters to vary (scenario paths), the design, replications per design point,
 * the outputs to record and a master seed. Run {@code i} of a sweep is a pure function of this spec and {@code i}
 * (see {@link SweepPlan}).
 */
public record SweepSpec(
        @Doc("sweep name, used for the default results folder results/<name>") @Required @PathSafe String name,
        @Doc("one-paragraph description") String description,
        @Doc("base scenario file; a relative path is relative to the sweep file's folder") @Required String baseScenario,
        @Doc("path=value overrides applied to the base scenario before sweeping (e.g. fewer agents)") List<String> set,
        @Doc("parameters to vary, by scenario path (e.g. languages.Rust.learning_years)") @Required Map<String, ParameterSpec> parameters,
        @Doc("factorial, oat, lhs, sobol, saltelli, morris, or file (the points of design_file)") DesignKind design,
        @Doc("with design: file, a CSV of design points (one column per parameter path; relative to the sweep file's folder)")
        String designFile,
        @Doc("design size: points (lhs, sobol), base rows (saltelli), trajectories (morris), levels per parameter (factorial, oat, unless given)")
        @Range(min = 1, max = 1_000_000) int samples,
        @Doc("grid levels of the Morris design (even)") @Range(min = 2, max = 100) int morrisLevels,
        @Doc("replications (independent runs with derived seeds) per design point") @Range(min = 1, max = 10_000) int replications,
        @Doc("outputs to record: verdict, shares, margins to the thresholds, crossing years (censored at end_year + 1), per layer and language; results/README.md lists them") List<String> outputs,
        @Doc("master seed; run i uses a seed derived from it and i") long seed,
        @Doc("analysis and chart options") AnalysisSpec analysis) implements Validated {

    /** Defaults for a sweep file whose parameters mapping has the given keys. */
    public static SweepSpec defaults(List<String> parameterKeys) {
        Map<String, ParameterSpec> params = new LinkedHashMap<>();
        for (String k : parameterKeys) params.put(k, ParameterSpec.UNSET);
        return new SweepSpec("", "", "", List.of(), params, DesignKind.LHS, "", 0, 4, 1,
                List.of("verdict", "application_share", "foundation_share", "dominant"), 1L, AnalysisSpec.DEFAULTS);
    }

    @Override
    public void validate(Validation v) {
        if (name.isBlank()) v.error("name", "missing required field 'name'");
        if (baseScenario.isBlank()) v.error("base_scenario", "missing required field 'base_scenario'");
        if (parameters.isEmpty()) v.error("parameters", "missing required field 'parameters' (at least one parameter to vary)");
        if (samples == 0 && design != DesignKind.FILE) v.error("samples", "missing required field 'samples' (the design size)");
        if (design == DesignKind.FILE && designFile.isBlank()) {
            v.error("design_file", "missing required field 'design_file' (design: file runs the points of a CSV file)");
        }
        if (design != DesignKind.FILE && !designFile.isBlank()) {
            v.error("design_file", "design_file is only read with design: file (the design is " + design.label() + ")");
        }
        if (outputs.isEmpty()) v.error("outputs", "must not be empty");
        switch (design) {
            case FACTORIAL, OAT -> {
                boolean allLevels = parameters.values().stream().allMatch(p -> !p.levels().isEmpty());
                if (samples < 2 && !allLevels) v.error("samples", design.label() + " needs at least 2 levels per parameter, got " + samples);
            }
            case LHS, SOBOL -> { if (samples < 2) v.error("samples", design.label() + " needs at least 2 points, got " + samples); }
            case FILE -> { }
            case SALTELLI -> { if (samples < 4) v.error("samples", "saltelli needs at least 4 base rows, got " + samples); }
            case MORRIS -> {
                if (samples < 2) v.error("samples", "morris needs at least 2 trajectories, got " + samples);
                if (morrisLevels % 2 != 0) v.error("morris_levels", "must be even, got " + morrisLevels);
            }
        }
        if (!analysis.heatmap().isEmpty() && analysis.heatmap().size() != 2) {
            v.error("analysis.heatmap", "give exactly two parameters, got " + analysis.heatmap().size());
        }
        int i = 0;
        for (String h : analysis.heatmap()) {
            if (!parameters.containsKey(h)) v.error("analysis.heatmap[" + i + "]", "'" + h + "' is not one of the swept parameters " + parameters.keySet());
            i++;
        }
        if (!analysis.along().isEmpty() && !parameters.containsKey(analysis.along())) {
            v.error("analysis.along", "'" + analysis.along() + "' is not one of the swept parameters " + parameters.keySet());
        }
    }
}
