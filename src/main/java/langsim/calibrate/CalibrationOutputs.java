package langsim.calibrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import langsim.chart.ChartGrid;
import langsim.chart.ChartWriter;
import langsim.config.RecordWriter;
import langsim.output.AtomicResults;
import langsim.output.ResultsFolder;

/** Writes a calibration's results folder, all at once. */
public final class CalibrationOutputs {
    private CalibrationOutputs() {
    }

    public static void write(Path dir, CalibrationResult result, boolean charts) {
        Calibration c = result.calibration();
        try (AtomicResults out = AtomicResults.create(dir)) {
            String header = "Scenario fitted by `langsim calibrate " + c.file() + "` (calibration '" + c.spec().name() + "').\n"
                    + "Base: " + c.spec().baseScenario() + " with " + c.spec().set() + "; fitted values:\n"
                    + result.parametersCsv().strip() + "\n"
                    + "Run it with: java -jar target/langsim.jar run <this file>";
            out.writeText("fitted-scenario.yaml", RecordWriter.toYaml(c.scenario(result.fitted()), header));
            out.writeText("parameters.csv", result.parametersCsv());
            out.writeText("fit.csv", result.fitCsv());
            out.writeText("history.csv", result.historyCsv());
            out.writeText("summary.txt", result.summary());
            Uncertainty u = result.uncertainty();
            out.writeText("restarts.csv", u.restarts().csv());
            out.writeText("profile.csv", u.profile().csv());
            out.writeText("ensemble.csv", u.ensemble().csv());
            if (charts) {
                // drawn from the files just written, as `langsim report` redraws it later
                chart(out, "fit", CalibrationChart.ofFolder(out.dir()));
                ChartGrid profile = ProfileChart.ofFolder(out.dir());
                if (profile != null) chart(out, "profile", profile);
            }
            out.commit();
        }
    }

    /**
     * Redraws fit.png and fit.svg of a calibration folder from its files ({@code langsim report DIR}), each replaced at
     * once; the same bytes as calibrate wrote.
     */
    public static void rebuildChart(Path dir) {
        if (!Files.isRegularFile(dir.resolve(CalibrationChart.FIT))) {
            throw langsim.config.ConfigException.of(dir.toString(), "not a calibration results folder: no " + CalibrationChart.FIT);
        }
        redraw(dir, "fit", CalibrationChart.ofFolder(dir));
        ChartGrid profile = ProfileChart.ofFolder(dir);
        if (profile != null) redraw(dir, "profile", profile);
    }

    private static void redraw(Path dir, String name, ChartGrid grid) {
        ResultsFolder.writeFileAtomically(dir.resolve(name + ".png"), ChartWriter.png(grid));
        ResultsFolder.writeFileAtomically(dir.resolve(name + ".svg"), ChartWriter.svg(grid, name));
    }

    private static void chart(AtomicResults out, String name, ChartGrid grid) {
        try {
            Files.write(out.file(name + ".png"), ChartWriter.png(grid));
            Files.writeString(out.file(name + ".svg"), ChartWriter.svg(grid, name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the calibration chart " + name, e);
        }
    }
}
