package langsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import langsim.chart.ChartContext;
import langsim.chart.ChartWriter;
import langsim.chart.Charts;
import langsim.chart.RunData;
import langsim.config.ConfigException;
import langsim.output.ResultsFolder;
import langsim.output.RunLabel;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;

/**
 * Charts and report.html of a results folder, made from its files only (timeseries.csv, summary.json,
 * manifest.json, scenario.resolved.yaml), so that {@code langsim report DIR} gives the same bytes as the run
 * that wrote the folder. Files are replaced atomically: written to temporary files, then moved.
 */
public final class Report {
    public static final String HTML = "report.html";
    public static final String CHARTS = "charts";
    /** How many charts a run has (adoption, installed base, talent, ecosystem), for progress. */
    public static final int CHART_COUNT = Charts.COUNT;
    static final List<String> INPUTS = List.of("summary.json", "timeseries.csv", "scenario.resolved.yaml", "manifest.json");

    /** What was written, and how long the charts took. */
    public record Result(Path html, Path chartsFolder, int charts, double chartSeconds, double seconds) {
    }

    private Report() {
    }

    /**
     * (Re)generates {@code charts/} (unless {@code withCharts} is false) and {@code report.html} in {@code dir}.
     * A missing folder or one that is not a results folder is a {@link ConfigException}.
     */
    public static Result generate(Path dir, boolean withCharts) {
        return generate(dir, withCharts, done -> { });
    }

    /** As {@link #generate(Path, boolean)}; {@code chartsDone} hears how many of the {@link #CHART_COUNT} charts are drawn. */
    public static Result generate(Path dir, boolean withCharts, IntConsumer chartsDone) {
        long t0 = System.nanoTime();
        checkFolder(dir);
        Scenario scenario = ScenarioLoader.load(dir.resolve("scenario.resolved.yaml"), List.of());
        JsonNode summary = readJson(dir.resolve("summary.json"));
        String manifest = readText(dir.resolve("manifest.json"));
        RunLabel label = RunLabel.fromManifest(readManifest(dir.resolve("manifest.json")), scenario.name());
        String resolved = readText(dir.resolve("scenario.resolved.yaml"));
        List<ChartWriter.Rendered> charts = List.of();
        double chartSeconds = 0;
        if (withCharts) {
            long c0 = System.nanoTime();
            RunData data = RunData.read(dir.resolve("timeseries.csv"));
            chartsDone.accept(0); // the status line shows at once: the first chart takes longest (fonts, classes)
            VerdictHeadline verdict = VerdictHeadline.of(summary);
            ChartContext ctx = ChartContext.of(scenario, label.chartLead()).withVerdict(verdict.title(), verdict.detail());
            charts = ChartWriter.render(Charts.all(data, ctx),
                    Runtime.getRuntime().availableProcessors(), chartsDone);
            ChartWriter.writeFolder(dir.resolve(CHARTS), charts);
            chartSeconds = (System.nanoTime() - c0) / 1e9;
        }
        String html = ReportHtml.render(scenario, label, summary, manifest, resolved, charts, withCharts);
        Path target = dir.resolve(HTML);
        writeAtomically(target, html);
        return new Result(target, dir.resolve(CHARTS), charts.size(), chartSeconds, (System.nanoTime() - t0) / 1e9);
    }

    static void checkFolder(Path dir) {
        if (!Files.exists(dir)) throw ConfigException.of(dir.toString(), "no such folder");
        if (!Files.isDirectory(dir)) throw ConfigException.of(dir.toString(), "not a folder");
        for (String name : INPUTS) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw ConfigException.of(dir.toString(), "not a langsim results folder: no " + name
                        + " (expected the output folder of 'langsim run')");
            }
        }
        // charts/ is replaced as a whole: never when it holds something langsim did not draw
        ResultsFolder.checkChartsFolder(dir.resolve(CHARTS));
    }

    private static JsonNode readJson(Path file) {
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            if (node == null || !node.isObject() || !node.has("verdict")) {
                throw ConfigException.of(file.toString(), "not a langsim summary: no 'verdict'");
            }
            return node;
        } catch (IOException e) {
            throw ConfigException.of(file.toString(), "not valid JSON: " + e.getMessage());
        }
    }

    /** manifest.json as a tree; it only names the run, so a manifest that is not a JSON object counts as empty. */
    private static JsonNode readManifest(Path file) {
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            return node != null && node.isObject() ? node : new ObjectMapper().createObjectNode();
        } catch (IOException e) {
            throw ConfigException.of(file.toString(), "not valid JSON: " + e.getMessage());
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ConfigException.of(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    static void writeAtomically(Path target, String text) {
        ResultsFolder.writeFileAtomically(target, text);
    }
}
