package langsim.output;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.config.RecordWriter;
import langsim.experiment.ExperimentResult;

/** manifest.json: what was run, with which inputs, program and machine. Only timing fields vary between identical runs. */
public final class Manifest {
    private Manifest() {
    }

    public static Map<String, Object> tree(ExperimentResult result, String scenarioFile, String scenarioSha256,
                                           List<String> overrides, int threads, Instant started, double wallSeconds) {
        return tree(result, RunLabel.of(result.scenario().name()), scenarioFile, scenarioSha256, overrides, threads,
                started, wallSeconds);
    }

    /** {@code label}: the run's title ({@link RunLabel#title()}); {@code arguments}: the overrides as typed. */
    public static Map<String, Object> tree(ExperimentResult result, RunLabel label, String scenarioFile, String scenarioSha256,
                                           List<String> overrides, int threads, Instant started, double wallSeconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label.title());
        putProgram(m);
        m.put("scenario_file", scenarioFile);
        m.put("scenario_sha256", scenarioSha256);
        m.put("overrides", overrides);
        m.put("arguments", label.arguments());
        // as text: a 64-bit seed would lose digits as a JSON number in R or a spreadsheet (the sweep manifest does the same)
        m.put("master_seed", Long.toString(result.scenario().simulation().seed()));
        m.put("replications", result.runs().size());
        m.put("seeds", result.seeds());
        m.put("threads", threads);
        m.put("started_at", started.toString());
        m.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
        m.put("parameters", RecordWriter.toTree(result.scenario()));
        return m;
    }

    /** What produced a results folder: program, version, commit, Java and operating system (runs and sweeps alike). */
    public static void putProgram(Map<String, Object> m) {
        m.put("program", "langsim");
        m.put("version", BuildInfo.version());
        m.put("commit", BuildInfo.commit());
        m.put("java_version", System.getProperty("java.version"));
        m.put("java_vendor", System.getProperty("java.vendor"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
