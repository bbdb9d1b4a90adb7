package langsim.compare;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import langsim.config.ConfigException;
import langsim.output.Json;
import langsim.output.RunLabel;
import langsim.output.TimeseriesCsv;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a results folder of {@code langsim run} for a comparison: the resolved scenario, the seeds from manifest.json
 * and new work per (replication, year, layer, language) from the "all" rows of timeseries.csv.
 */
public final class CompareFolder {
    static final List<String> INPUTS = List.of("manifest.json", "timeseries.csv", "scenario.resolved.yaml");

    private CompareFolder() {
    }

    /** The folder's runs, in the given layer and language order (null: the folder's own). */
    public static ComparedRuns read(Path dir, List<String> layers, List<String> languages) {
        String source = dir.toString();
        if (!Files.isDirectory(dir)) throw ConfigException.of(source, Files.exists(dir) ? "not a folder" : "no such folder");
        for (String name : INPUTS) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw ConfigException.of(source, "not a langsim run folder: no " + name + " (expected the output folder of 'langsim run')");
            }
        }
        Scenario scenario = ScenarioLoader.load(dir.resolve("scenario.resolved.yaml"), List.of());
        JsonNode manifest = manifest(dir.resolve("manifest.json"));
        String manifestSource = dir.resolve("manifest.json").toString();
        long master = seed(manifestSource, manifest.path("master_seed"), "master_seed");
        List<Long> seeds = new ArrayList<>();
        if (!manifest.path("seeds").isArray() || manifest.path("seeds").isEmpty()) {
            throw ConfigException.of(manifestSource, "no 'seeds' list: not a manifest of 'langsim run'");
        }
        for (JsonNode s : manifest.path("seeds")) seeds.add(seed(manifestSource, s, "seeds"));
        List<String> ls = layers != null ? layers : scenario.layerNames();
        List<String> ks = languages != null ? languages : scenario.languageNames();
        int years = scenario.simulation().endYear() - scenario.simulation().startYear() + 1;
        double[][][][] work = timeseries(dir.resolve("timeseries.csv"), seeds, scenario.simulation().startYear(), years, ls, ks);
        String title = RunLabel.fromManifest(manifest, scenario.name()).title();
        return new ComparedRuns(title, scenario, master, seeds, ls, ks, scenario.simulation().startYear(), work);
    }

    private static JsonNode manifest(Path file) {
        try {
            JsonNode node = Json.mapper().readTree(file.toFile());
            if (node == null || !node.isObject()) throw ConfigException.of(file.toString(), "not a JSON object");
            return node;
        } catch (IOException e) {
            throw ConfigException.of(file.toString(), "not valid JSON: " + e.getMessage());
        }
    }

    private static long seed(String source, JsonNode node, String field) {
        try {
            if (node.isIntegralNumber()) return node.asLong();
            if (node.isTextual()) return Long.parseLong(node.asText().trim());
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ConfigException.of(source, field + ": '" + node + "' is not a whole number");
    }

    private static double[][][][] timeseries(Path csv, List<Long> seeds, int startYear, int years, List<String> layers,
                                             List<String> languages) {
        String source = csv.toString();
        int n = seeds.size();
        double[][][][] work = new double[n][years][layers.size()][languages.size()];
        boolean[][][][] seen = new boolean[n][years][layers.size()][languages.size()];
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
            for (String column : List.of("replication", "seed", "year", "layer", "agent_type", "language", "new_work")) {
                if (!parser.getHeaderMap().containsKey(column)) throw ConfigException.of(source, "no column '" + column + "'");
            }
            for (CSVRecord row : parser) {
                if (!TimeseriesCsv.ALL.equals(row.get("agent_type"))) continue;
                long line = row.getRecordNumber() + 1;
                long rl = whole(source, line, row.get("replication"));
                long yl = whole(source, line, row.get("year")) - startYear;
                int l = layers.indexOf(row.get("layer"));
                int k = languages.indexOf(row.get("language"));
                if (rl < 0 || rl >= n) throw ConfigException.of(source, "line " + line + ": replication " + rl + " is not in manifest.json (" + n + " replications)");
                if (yl < 0 || yl >= years) throw ConfigException.of(source, "line " + line + ": year " + (yl + startYear) + " is outside the scenario's years");
                int r = (int) rl;
                int y = (int) yl;
                if (l < 0 || k < 0) throw ConfigException.of(source, "line " + line + ": layer '" + row.get("layer") + "' or language '"
                        + row.get("language") + "' is not in the scenario");
                if (whole(source, line, row.get("seed")) != seeds.get(r)) {
                    throw ConfigException.of(source, "line " + line + ": seed " + row.get("seed") + " of replication " + r
                            + " differs from manifest.json's " + seeds.get(r));
                }
                String text = row.get("new_work");
                work[r][y][l][k] = text.isBlank() ? Double.NaN : number(source, line, text);
                seen[r][y][l][k] = true;
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof ConfigException ce) throw ce;
            throw ConfigException.of(source, "cannot read timeseries: " + e.getMessage());
        }
        for (int r = 0; r < n; r++) {
            for (int y = 0; y < years; y++) {
                for (boolean[] byLanguage : seen[r][y]) {
                    for (boolean b : byLanguage) {
                        if (!b) throw ConfigException.of(source, "incomplete: replication " + r + ", year " + (y + startYear)
                                + " lacks rows with agent_type 'all' (" + Arrays.asList(layers) + " x " + languages + ")");
                    }
                }
            }
        }
        return work;
    }

    private static long whole(String source, long line, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ConfigException.of(source, "line " + line + ": '" + text + "' is not a whole number");
        }
    }

    private static double number(String source, long line, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw ConfigException.of(source, "line " + line + ": '" + text + "' is not a number");
        }
    }
}
