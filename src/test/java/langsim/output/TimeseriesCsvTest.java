package langsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import langsim.experiment.Experiment;
import langsim.experiment.ExperimentResult;
import langsim.model.TestScenarios;
import org.junit.jupiter.api.Test;

class TimeseriesCsvTest {
    @Test
    void tidyLayoutOneRowPerReplicationYearLayerAgentTypeAndLanguage() {
        ExperimentResult r = Experiment.run(TestScenarios.small("simulation.end_year=2029", "simulation.replications=2"), 2, k -> { });
        StringWriter w = new StringWriter();
        TimeseriesCsv.write(w, r.runs());
        String[] lines = w.toString().split("\n");
        List<String> header = List.of(lines[0].split(","));
        assertEquals(TimeseriesCsv.COLUMNS, header);
        assertTrue(header.containsAll(List.of("replication", "year", "layer", "language", "agent_type")));
        int years = 5;
        int layers = 5;
        int agentTypes = 4; // researcher, systems_engineer, firm, all
        int languages = 3;
        assertEquals(2 * years * layers * agentTypes * languages, lines.length - 1);

        int share = header.indexOf("new_work_share");
        int base = header.indexOf("installed_base_share");
        Map<String, Double> shareSums = new HashMap<>();
        Map<String, Double> baseSums = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertEquals(header.size(), f.length, "line " + i);
            for (String numeric : List.of("new_work", "installed_base", "hiring_cost_index", "ecosystem_size")) {
                Double.parseDouble(f[header.indexOf(numeric)]); // numbers, never empty
            }
            String type = f[header.indexOf("agent_type")];
            // people are not firms, teams are not people: each column is empty exactly where it does not apply
            assertEquals(type.equals("firm"), f[header.indexOf("developers_proficient")].isEmpty(), "line " + i);
            assertEquals(type.equals("researcher") || type.equals("systems_engineer"),
                    f[header.indexOf("team_developers")].isEmpty(), "line " + i);
            String group = f[0] + "/" + f[2] + "/" + f[3] + "/" + f[4];
            if (!f[share].isEmpty()) shareSums.merge(group, Double.parseDouble(f[share]), Double::sum);
            baseSums.merge(group, Double.parseDouble(f[base]), Double::sum);
        }
        shareSums.values().forEach(s -> assertEquals(1.0, s, 1e-6));
        baseSums.values().forEach(s -> assertEquals(1.0, s, 1e-6));
        assertTrue(shareSums.size() > 0);
    }

    @Test
    void allIsTheSumOfTheAgentTypesInEveryCountColumnAndRepeatedColumnsRepeat() {
        ExperimentResult r = Experiment.run(TestScenarios.small("simulation.end_year=2028", "simulation.replications=2"), 2, k -> { });
        StringWriter w = new StringWriter();
        TimeseriesCsv.write(w, r.runs());
        String[] lines = w.toString().split("\n");
        List<String> header = List.of(lines[0].split(","));
        int typeColumn = header.indexOf(TimeseriesCsv.AGENT_TYPE);
        // key: replication/year/layer/language -> agent type -> row
        Map<String, Map<String, String[]>> cells = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            cells.computeIfAbsent(f[0] + "/" + f[2] + "/" + f[3] + "/" + f[5], x -> new HashMap<>()).put(f[typeColumn], f);
        }
        int checked = 0;
        for (Map<String, String[]> byType : cells.values()) {
            assertEquals(4, byType.size());
            for (String column : TimeseriesCsv.SUMMED) {
                int c = header.indexOf(column);
                double sum = 0;
                for (String type : List.of("researcher", "systems_engineer", "firm")) sum += number(byType.get(type)[c]);
                double all = number(byType.get(TimeseriesCsv.ALL)[c]);
                assertEquals(sum, all, 1e-6 * Math.max(1, Math.abs(sum)), column);
                if (sum > 0) checked++;
            }
            for (String column : List.of(TimeseriesCsv.HIRING_COST_INDEX, TimeseriesCsv.ECOSYSTEM_SIZE)) {
                int c = header.indexOf(column);
                for (String[] row : byType.values()) assertEquals(byType.get(TimeseriesCsv.ALL)[c], row[c], column + " repeats across types");
            }
        }
        assertTrue(checked > cells.size(), "some sums are not trivially zero");
        // people, teams and hiring cost do not depend on the layer: the same in every layer's rows
        Map<String, String> perLanguage = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            for (String column : List.of(TimeseriesCsv.DEVELOPERS_PROFICIENT, TimeseriesCsv.TEAM_DEVELOPERS, TimeseriesCsv.HIRING_COST_INDEX)) {
                String key = f[0] + "/" + f[2] + "/" + f[typeColumn] + "/" + f[5] + "/" + column;
                String value = f[header.indexOf(column)];
                assertEquals(perLanguage.computeIfAbsent(key, k -> value), value, key);
            }
        }
    }

    @Test
    void everyColumnIsSummedOrRepeatedOrAnIdentifierOrAShare() {
        for (String column : TimeseriesCsv.COLUMNS) {
            boolean id = List.of("replication", "seed", "year", "layer", "agent_type", "language").contains(column);
            boolean share = column.endsWith("_share");
            boolean summed = TimeseriesCsv.SUMMED.contains(column);
            boolean repeated = TimeseriesCsv.REPEATED.contains(column);
            assertTrue(id || share || summed || repeated, column + " is described");
            assertTrue(!(share && summed), column);
        }
    }

    @Test
    void columnNamesAreWrittenOutOnlyInTimeseriesCsv() throws Exception {
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java/langsim");
        List<java.nio.file.Path> readers = new java.util.ArrayList<>();
        for (String pkg : List.of("chart", "output", "report", "gui")) {
            try (var files = java.nio.file.Files.walk(main.resolve(pkg))) {
                files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("TimeseriesCsv.java")).forEach(readers::add);
            }
        }
        assertTrue(readers.size() > 5);
        for (java.nio.file.Path file : readers) {
            String source = java.nio.file.Files.readString(file);
            for (String column : TimeseriesCsv.COLUMNS) {
                if (List.of("replication", "seed", "year", "layer", "language").contains(column)) continue; // common words
                assertTrue(!source.contains("\"" + column + "\""), file + " spells out the column " + column + "; use TimeseriesCsv");
            }
        }
    }

    private static double number(String cell) {
        return cell.isEmpty() ? 0 : Double.parseDouble(cell);
    }
}
