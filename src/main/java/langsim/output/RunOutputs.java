package langsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import langsim.config.RecordWriter;
import langsim.experiment.ExperimentResult;

/** Writes the files of a run folder: timeseries.csv, summary.json, manifest.json, scenario.resolved.yaml. */
public final class RunOutputs {
    private RunOutputs() {
    }

    public static void write(AtomicResults out, ExperimentResult result, String scenarioFile, String scenarioSha256,
                             List<String> overrides, int threads, Instant started, double wallSeconds) {
        write(out, result, RunLabel.of(result.scenario().name()), scenarioFile, scenarioSha256, overrides, threads, started,
                wallSeconds);
    }

    public static void write(AtomicResults out, ExperimentResult result, RunLabel label, String scenarioFile,
                             String scenarioSha256, List<String> overrides, int threads, Instant started, double wallSeconds) {
        try (Writer w = Files.newBufferedWriter(out.file("timeseries.csv"), StandardCharsets.UTF_8)) {
            TimeseriesCsv.write(w, result.runs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write timeseries.csv", e);
        }
        out.writeText("summary.json", Json.write(SummaryJson.tree(result)));
        out.writeText("scenario.resolved.yaml", RecordWriter.toYaml(result.scenario(),
                "Resolved scenario: every field, defaults filled in. Re-run exactly with: langsim run scenario.resolved.yaml"));
        out.writeText("manifest.json", Json.write(Manifest.tree(result, label, scenarioFile, scenarioSha256, overrides, threads,
                started, wallSeconds)));
    }
}
