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
            for (String numeric : List.of("new_work", "installed_base", "developers_proficient", "hiring_cost_index", "ecosystem_size")) {
                Double.parseDouble(f[header.indexOf(numeric)]); // numbers, never empty
            }
            String group = f[0] + "/" + f[2] + "/" + f[3] + "/" + f[4];
            if (!f[share].isEmpty()) shareSums.merge(group, Double.parseDouble(f[share]), Double::sum);
            baseSums.merge(group, Double.parseDouble(f[base]), Double::sum);
        }
        shareSums.values().forEach(s -> assertEquals(1.0, s, 1e-6));
        baseSums.values().forEach(s -> assertEquals(1.0, s, 1e-6));
        assertTrue(shareSums.size() > 0);
    }
}
