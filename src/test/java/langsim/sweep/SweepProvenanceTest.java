package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import langsim.cli.Main;
import langsim.config.RecordWriter;
import langsim.output.Json;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's folder is its own provenance: manifest.json, and resolved inputs that re-run to the same bytes. */
public class SweepProvenanceTest {

    /** The tiny sweep in {@code dir/sweeps/}, its base scenario a copy at {@code dir/baseline.yaml} (relative path). */
    static Path relativeSweep(Path dir, String design, int samples) throws IOException {
        Files.copy(SweepRunTest.BASELINE, dir.resolve("baseline.yaml"));
        Path sweeps = Files.createDirectories(dir.resolve("sweeps"));
        String text = SweepRunTest.tinySweep("tiny", design, samples, 1)
                .replace("base_scenario: " + SweepRunTest.BASELINE, "base_scenario: ../baseline.yaml")
                // levels (min/max unset) and an explicit label; base left unset: every NaN of ParameterSpec
                .replace("agents.firms.count: {min: 10, max: 30}", "agents.firms.count: {levels: [10, 20, 30], label: firms}");
        assertTrue(text.contains("../baseline.yaml") && text.contains("levels: [10, 20, 30]"));
        return SweepRunTest.write(sweeps, "tiny.yaml", text);
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void theResolvedSweepInTheFolderReRunsToTheSameBytes(@TempDir Path dir) throws Exception {
        Path f = relativeSweep(dir, "lhs", 6);
        Path first = dir.resolve("first");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", first.toString(), "-q"));
        Path resolved = first.resolve("sweep.resolved.yaml");
        String text = Files.readString(resolved);
        assertFalse(text.contains(".nan"), "no NaN the loader would refuse:\n" + text);
        assertTrue(text.contains("base_scenario: \"base.resolved.yaml\"") || text.contains("base_scenario: base.resolved.yaml"),
                text);
        assertTrue(Files.isRegularFile(first.resolve("base.resolved.yaml")));

        // the folder stands on its own: move the original inputs away before re-running
        Files.move(dir.resolve("baseline.yaml"), dir.resolve("baseline.moved"));
        Files.move(f, dir.resolve("sweeps/tiny.moved"));
        Path again = dir.resolve("again");
        assertEquals(0, Main.execute("sweep", resolved.toString(), "--threads", "1", "--out", again.toString(), "-q"));
        for (String name : List.of("runs.csv", "points.csv", "sensitivity.csv", "prim.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
        // resolving is a fixed point: the re-run's resolved inputs are the same files
        assertEquals(Files.readString(first.resolve("base.resolved.yaml")), Files.readString(again.resolve("base.resolved.yaml")));
        assertEquals(text, Files.readString(again.resolve("sweep.resolved.yaml")));
        // the resolved base is the base scenario the sweep varied (its set overrides applied)
        Sweep loaded = SweepLoader.load(resolved, 1000);
        assertEquals(RecordWriter.toYaml(loaded.base(), null),
                RecordWriter.toYaml(ScenarioLoader.load(first.resolve("base.resolved.yaml"), List.of()), null));
        assertEquals(150, loaded.base().agents().researchers().count());
    }

    @Test
    void manifestNamesProgramInputsAndSeedWithoutTimings(@TempDir Path dir) throws Exception {
        Path f = relativeSweep(dir, "lhs", 4);
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "-q"));
        JsonNode m = Json.mapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("langsim", m.get("program").asText());
        assertFalse(m.get("version").asText().isBlank());
        assertFalse(m.get("commit").asText().isBlank());
        assertEquals(System.getProperty("java.version"), m.get("java_version").asText());
        assertEquals(f.toString(), m.get("sweep_file").asText());
        assertEquals(sha256(f), m.get("sweep_sha256").asText());
        Path base = dir.resolve("baseline.yaml").toAbsolutePath().normalize();
        assertEquals(base.toString(), m.get("base_scenario_file").asText());
        assertEquals(sha256(base), m.get("base_scenario_sha256").asText());
        assertTrue(m.get("master_seed").isTextual(), "the 64-bit seed as text: " + m.get("master_seed"));
        assertEquals("42", m.get("master_seed").asText());
        assertEquals(4, m.get("runs").asInt());
        assertEquals(Journal.fingerprint(SweepLoader.load(f, 1000)), m.get("fingerprint").asText());
        List<String> args = new ArrayList<>();
        m.get("arguments").forEach(a -> args.add(a.asText()));
        assertEquals(List.of("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "-q"), args);
        List<String> keys = new ArrayList<>();
        m.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            assertFalse(k.contains("time") || k.contains("seconds") || k.endsWith("_at"), "no timing in manifest.json: " + k);
        }
        // the marker lists it, so the folder is replaced as a whole next time
        assertTrue(Files.readAllLines(out.resolve(".langsim-results")).containsAll(
                List.of("manifest.json", "base.resolved.yaml", "sweep.resolved.yaml")));
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "-q"));
        Map<String, byte[]> t = SweepRunTest.sweepTree(out);
        assertTrue(t.containsKey("manifest.json"));
    }

    @Test
    void aLabelNamesTheSweepInTheConsoleManifestAndReport(@TempDir Path dir) throws Exception {
        Path f = relativeSweep(dir, "lhs", 4);
        Path out = dir.resolve("out");
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        try {
            System.setOut(new java.io.PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "--no-charts",
                    "--progress", "never", "--label", "  learning  cheaper "));
        } finally {
            System.setOut(old);
        }
        String name = SweepLoader.load(f, 1000).name();
        String console = text.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(console.startsWith("Sweep learning cheaper (sweep " + name + "):"), console);
        assertEquals("learning cheaper", Json.mapper().readTree(out.resolve("manifest.json").toFile()).get("label").asText());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<h1>langsim sweep: <span class=\"name\">learning cheaper</span></h1>"));
        // without a label: the sweep's name, as before
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "-q", "--no-charts"));
        assertEquals(name, Json.mapper().readTree(out.resolve("manifest.json").toFile()).get("label").asText());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<h1>langsim sweep: <span class=\"name\">"
                + langsim.output.Html.escape(name) + "</span></h1>"));
        assertEquals(2, Main.execute("sweep", f.toString(), "--out", out.toString(), "-q", "--label", " "));
    }

    @Test
    void theJournalLivesInTheResultsFolderAndSurvivesAnInterruptedReplacement(@TempDir Path dir) throws Exception {
        Path f = SweepRunTest.write(dir, "tiny.yaml", SweepRunTest.tinySweep("tiny", "lhs", 4, 2));   // 8 runs
        Path out = dir.resolve("out");
        Path journal = out.resolve(SweepRunTest.JOURNAL);
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "-q"));
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        assertEquals(2 + 8, Files.readAllLines(journal).size(), "the finished journal is carried into the results");
        assertFalse(Files.readString(out.resolve(".langsim-results")).contains(".journal"), "recognised by name, not listed");
        assertFalse(Files.exists(dir.resolve("out.journal")), "nothing beside the folder");

        // a fresh sweep into the finished folder, interrupted: the old results stay whole, the journal restarts in it
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "-q",
                "--stop-after", "3"));
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")));
        assertEquals(2 + 3, Files.readAllLines(journal).size());
        // resumed: only the 5 missing runs, then the same results and a whole journal again
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", out.toString(), "-q", "--resume"));
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")));
        assertEquals(2 + 8, Files.readAllLines(journal).size());

        // a journal of an earlier version beside the folder is copied in on --resume, and left where it was
        Path legacyOut = dir.resolve("legacy");
        Path legacy = dir.resolve("legacy.journal");
        List<String> partial = Files.readAllLines(journal).subList(0, 2 + 6);
        Files.write(legacy, partial);
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", legacyOut.toString(), "-q", "--resume"));
        assertArrayEquals(runs, Files.readAllBytes(legacyOut.resolve("runs.csv")));
        List<String> resumed = Files.readAllLines(legacyOut.resolve(SweepRunTest.JOURNAL));
        assertEquals(partial, resumed.subList(0, 2 + 6), "the 6 journaled runs were kept, not run again");
        assertEquals(2 + 8, resumed.size());
        assertEquals(partial, Files.readAllLines(legacy));

        // a folder with a user's file is refused before a journal is written into it
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("thesis.txt"), "x");
        assertEquals(2, Main.execute("sweep", f.toString(), "--out", mine.toString(), "-q"));
        assertFalse(Files.exists(mine.resolve(".journal")));
    }

    @Test
    void aSweepOfPointsFromAFileReRunsFromItsFolderAlone(@TempDir Path dir) throws Exception {
        Path points = dir.resolve("in/pts.csv");
        Files.createDirectories(points.getParent());
        Files.writeString(points, "languages.Rust.learning_years,agents.firms.count\n0.5,12\n1.5,25\n2.5,18\n");
        String text = SweepRunTest.tinySweep("tinyfile", "file", 1, 1)
                .replace("design: file\n", "design: file\ndesign_file: pts.csv\n").replace("samples: 1\n", "")
                .replace("  layers.application.performance_need: {min: 0.1, max: 1.0}\n", "");
        Path f = SweepRunTest.write(points.getParent(), "s.yaml", text);
        Path first = dir.resolve("first");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", first.toString(), "-q"));
        // the inputs go away: the folder must hold everything the re-run needs
        Files.delete(points);
        Files.delete(f);
        Path again = dir.resolve("again");
        assertEquals(0, Main.execute("sweep", first.resolve("sweep.resolved.yaml").toString(), "--threads", "1",
                "--out", again.toString(), "-q"));
        for (String file : List.of("runs.csv", "points.csv", "design.csv", "sweep.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
        assertEquals(4, Files.readAllLines(again.resolve("design.csv")).size(), "the three points of the file");
    }
}
