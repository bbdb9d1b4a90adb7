package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file of a run records the same seed per replication: the one the model used (MASON keeps 32 bits). */
class SeedFormTest {
    @TempDir
    Path dir;

    @Test
    void timeseriesManifestAndSummaryAgreeOnEachReplicationsSeed() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, Main.execute("run", "scenarios/baseline.yaml", "--out", out.toString(), "-q", "--no-charts",
                "--replications", "3", "--seed", "-7", "--set", "agents.researchers.count=200", "--set",
                "agents.systems_engineers.count=100", "--set", "agents.firms.count=10", "--set", "simulation.end_year=2028"));
        List<String> rows = Files.readAllLines(out.resolve("timeseries.csv"));
        LinkedHashSet<Long> csvSeeds = new LinkedHashSet<>();
        for (String line : rows.subList(1, rows.size())) csvSeeds.add(Long.parseLong(line.split(",")[1]));
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(out.resolve("manifest.json").toFile());
        JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
        List<Long> manifestSeeds = new ArrayList<>();
        manifest.get("seeds").forEach(n -> manifestSeeds.add(n.asLong()));
        List<Long> summarySeeds = new ArrayList<>();
        summary.get("per_replication").forEach(n -> summarySeeds.add(n.get("seed").asLong()));
        assertEquals(List.copyOf(csvSeeds), manifestSeeds);
        assertEquals(manifestSeeds, summarySeeds);
        assertEquals(3, manifestSeeds.size());
        for (long s : manifestSeeds) assertTrue(s >= 0 && s < (1L << 32), "an unsigned 32-bit seed: " + s);
    }
}
