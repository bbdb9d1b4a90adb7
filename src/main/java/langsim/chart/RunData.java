package langsim.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static langsim.output.TimeseriesCsv.AGENT_TYPE;
import static langsim.output.TimeseriesCsv.DEVELOPERS_PROFICIENT;
import static langsim.output.TimeseriesCsv.ECOSYSTEM_SIZE;
import static langsim.output.TimeseriesCsv.HIRING_COST_INDEX;
import static langsim.output.TimeseriesCsv.INSTALLED_BASE;
import static langsim.output.TimeseriesCsv.LANGUAGE;
import static langsim.output.TimeseriesCsv.LAYER;
import static langsim.output.TimeseriesCsv.NEW_WORK;
import static langsim.output.TimeseriesCsv.NEW_WORK_SHARE;
import static langsim.output.TimeseriesCsv.REPLICATION;
import static langsim.output.TimeseriesCsv.YEAR;

import langsim.config.ConfigException;
import langsim.output.TimeseriesCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a results folder's timeseries.csv with agent_type {@code all}, as arrays indexed
 * [replication][year][layer][language] (per-language quantities: [replication][year][language]).
 * Layers and languages keep the order of the file (the scenario's order); missing or empty cells are NaN.
 */
public record RunData(
        List<String> layers,
        List<String> languages,
        int[] years,
        int replications,
        double[][][][] newWork,
        double[][][][] newWorkShare,
        double[][][][] installedBase,
        double[][][][] ecosystem,
        double[][][] developers,
        double[][][] hiringIndex) {

    /** The columns the charts read, named by the writer of the file. */
    static final List<String> REQUIRED = List.of(REPLICATION, YEAR, LAYER, AGENT_TYPE, LANGUAGE, NEW_WORK,
            NEW_WORK_SHARE, INSTALLED_BASE, DEVELOPERS_PROFICIENT, HIRING_COST_INDEX, ECOSYSTEM_SIZE);

    /** Reads {@code timeseries.csv}; a missing file or column is a {@link ConfigException} naming the file. */
    public static RunData read(Path csv) {
        String source = csv.toString();
        List<String[]> rows = new ArrayList<>();
        Map<String, Integer> reps = new LinkedHashMap<>();
        Map<String, Integer> layers = new LinkedHashMap<>();
        Map<String, Integer> languages = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
            for (String column : REQUIRED) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw ConfigException.of(source, "not a langsim timeseries: no column '" + column + "'");
                }
            }
            for (CSVRecord r : parser) {
                if (!TimeseriesCsv.ALL.equals(r.get(AGENT_TYPE))) continue;
                String[] row = {r.get(REPLICATION), r.get(YEAR), r.get(LAYER), r.get(LANGUAGE),
                    r.get(NEW_WORK_SHARE), r.get(INSTALLED_BASE), r.get(ECOSYSTEM_SIZE),
                    r.get(DEVELOPERS_PROFICIENT), r.get(HIRING_COST_INDEX), r.get(NEW_WORK)};
                reps.putIfAbsent(row[0], reps.size());
                layers.putIfAbsent(row[2], layers.size());
                languages.putIfAbsent(row[3], languages.size());
                years.add(parseYear(source, r.getRecordNumber(), row[1]));
                rows.add(row);
            }
        } catch (NoSuchFileException e) {
            throw ConfigException.of(source, "no such file");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            if (e instanceof ConfigException ce) throw ce;
            throw ConfigException.of(source, "cannot read timeseries: " + e.getMessage());
        }
        if (rows.isEmpty()) throw ConfigException.of(source, "no rows with agent_type 'all'");
        int[] yearArray = years.stream().mapToInt(Integer::intValue).toArray();
        int nr = reps.size();
        int ny = yearArray.length;
        int nl = layers.size();
        int nk = languages.size();
        double[][][][] work = nan4(nr, ny, nl, nk);
        double[][][][] share = nan4(nr, ny, nl, nk);
        double[][][][] base = nan4(nr, ny, nl, nk);
        double[][][][] eco = nan4(nr, ny, nl, nk);
        double[][][] devs = nan3(nr, ny, nk);
        double[][][] hiring = nan3(nr, ny, nk);
        for (String[] row : rows) {
            int r = reps.get(row[0]);
            int y = Arrays.binarySearch(yearArray, Integer.parseInt(row[1].trim()));
            int l = layers.get(row[2]);
            int k = languages.get(row[3]);
            work[r][y][l][k] = number(source, row[9]);
            share[r][y][l][k] = number(source, row[4]);
            base[r][y][l][k] = number(source, row[5]);
            eco[r][y][l][k] = number(source, row[6]);
            // per-language quantities repeat across layers (TimeseriesCsv.REPEATED): take the first
            if (Double.isNaN(devs[r][y][k])) devs[r][y][k] = number(source, row[7]);
            if (Double.isNaN(hiring[r][y][k])) hiring[r][y][k] = number(source, row[8]);
        }
        return new RunData(List.copyOf(layers.keySet()), List.copyOf(languages.keySet()), yearArray, nr,
                work, share, base, eco, devs, hiring);
    }

    private static int parseYear(String source, long record, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ConfigException.of(source, "row " + record + ": year '" + text + "' is not a whole number");
        }
    }

    private static double number(String source, String text) {
        if (text == null || text.isBlank()) return Double.NaN;
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw ConfigException.of(source, "'" + text + "' is not a number");
        }
    }

    private static double[][][][] nan4(int a, int b, int c, int d) {
        double[][][][] x = new double[a][b][c][d];
        for (double[][][] p : x) for (double[][] q : p) for (double[] s : q) Arrays.fill(s, Double.NaN);
        return x;
    }

    private static double[][][] nan3(int a, int b, int c) {
        double[][][] x = new double[a][b][c];
        for (double[][] p : x) for (double[] s : p) Arrays.fill(s, Double.NaN);
        return x;
    }
}
