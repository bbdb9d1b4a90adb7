package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import langsim.cli.Main;
import langsim.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end sweeps on a tiny scenario: thread-count independence, resume after a crash, outputs. */
public class SweepRunTest {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();
    /** The journal of a sweep, inside its results folder (relative path). */
    public static final String JOURNAL = ".journal" + java.io.File.separator + "sweep.journal";

    public static String tinySweep(String name, String design, int samples, int replications) {
        return "name: " + name + "\n"
                + "base_scenario: " + BASELINE + "\n"
                + "set:\n"
                + "  - agents.researchers.count=150\n"
                + "  - agents.systems_engineers.count=100\n"
                + "  - agents.firms.count=20\n"
                + "  - simulation.end_year=2029\n"
                + "  - simulation.ticks_per_year=4\n"
                + "  - agents.researchers.projects_per_year=2.5\n"
                + "  - agents.systems_engineers.projects_per_year=2.5\n"
                + "parameters:\n"
                + "  languages.Rust.learning_years: {min: 0.25, max: 3.0}\n"
                + "  layers.application.performance_need: {min: 0.1, max: 1.0}\n"
                + "  agents.firms.count: {min: 10, max: 30}\n"
                + "design: " + design + "\n"
                + "samples: " + samples + "\n"
                + "replications: " + replications + "\n"
                + "outputs: [verdict, application_share, foundation_share, dominant, foundation_year]\n"
                + "seed: 42\n"
                + "analysis: {bootstrap: 100}\n";
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    public static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    /**
     * A sweep folder's files as {@link #tree}, with manifest.json's {@code arguments} entry left out: it records the
     * command line as typed ({@code --threads}, {@code --out}, {@code --resume}, {@code --merge}), which differs between
     * invocations that must write identical results; and without the journal ({@code .journal/sweep.journal}), whose
     * lines are in the order runs finished (it depends on threads and interruptions; it is the state --resume reads,
     * not a result). Every other byte, the rest of the manifest included, is compared.
     */
    public static Map<String, byte[]> sweepTree(Path dir) throws IOException {
        Map<String, byte[]> t = tree(dir);
        t.remove(JOURNAL);   // a merged folder has shards/ instead
        byte[] manifest = t.get("manifest.json");
        assertTrue(manifest != null, "a sweep folder holds manifest.json: " + t.keySet());
        ObjectNode m = (ObjectNode) Json.mapper().readTree(manifest);
        assertTrue(m.get("arguments").isArray(), "manifest.json records the arguments");
        m.remove("arguments");
        t.put("manifest.json", Json.write(m).getBytes(StandardCharsets.UTF_8));
        return t;
    }

    public static void assertSameTree(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k + " differs");
    }

    @Test
    void resultsDoNotDependOnThreadCountAndResumeGivesIdenticalOutputs(@TempDir Path dir) throws IOException {
        Path f = write(dir, "tiny.yaml", tinySweep("tiny", "saltelli", 4, 2));   // 4 x 5 = 20 points, 40 runs
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", one.toString(), "-q"));
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", two.toString(), "-q"));
        Map<String, byte[]> reference = sweepTree(one);
        assertTrue(reference.containsKey("runs.csv") && reference.containsKey("points.csv")
                && reference.containsKey("sensitivity.csv") && reference.containsKey("report.html"), reference.keySet().toString());
        assertTrue(reference.keySet().stream().anyMatch(k -> k.startsWith("charts") && k.endsWith(".png")));
        assertSameTree(reference, sweepTree(two));

        String runs = new String(reference.get("runs.csv"), StandardCharsets.UTF_8);
        List<String> lines = runs.lines().toList();
        assertEquals(41, lines.size());
        assertEquals("run,point,replication,seed,languages.Rust.learning_years,layers.application.performance_need,"
                + "agents.firms.count,verdict,application_share,foundation_share,dominant,foundation_year", lines.get(0));
        assertTrue(new String(reference.get("sensitivity.csv"), StandardCharsets.UTF_8)
                .startsWith("output,parameter,method,index,value,ci_low,ci_high,note\n"));
        List<String> prim = new String(reference.get("prim.csv"), StandardCharsets.UTF_8).lines().toList();
        assertEquals("step,phase,chosen,coverage,density,mass,cases,interesting,languages.Rust.learning_years_low,"
                + "languages.Rust.learning_years_high,layers.application.performance_need_low,"
                + "layers.application.performance_need_high,agents.firms.count_low,agents.firms.count_high", prim.get(0));
        assertTrue(prim.get(1).startsWith("0,peel,") && prim.get(1).split(",")[5].equals("1"), "starts with all runs: " + prim.get(1));
        assertTrue(new String(reference.get("report.html"), StandardCharsets.UTF_8).contains("dominates (PRIM)"));

        // interrupted: stop after 13 runs as if killed, then tear the journal's last line
        Path three = dir.resolve("three");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", three.toString(), "-q",
                "--stop-after", "13"));
        Path journal = three.resolve(JOURNAL);
        assertEquals(List.of(JOURNAL), List.copyOf(tree(three).keySet()), "no results before the sweep completes, only the journal");
        List<String> journalLines = Files.readAllLines(journal);
        assertTrue(journalLines.size() >= 2 + 13 && journalLines.size() < 2 + 40, journalLines.size() + " lines");
        Files.writeString(journal, "17\t3\t1\t00ab", StandardOpenOption.APPEND);   // torn write
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", three.toString(), "-q", "--resume"));
        assertSameTree(reference, sweepTree(three));
        // resuming a finished sweep reruns nothing and writes the same outputs again
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "1", "--out", three.toString(), "-q", "--resume"));
        assertSameTree(reference, sweepTree(three));
    }

    @Test
    void runIsAPureFunctionOfSpecAndIndex(@TempDir Path dir) throws IOException {
        Path f = write(dir, "tiny.yaml", tinySweep("tiny", "lhs", 6, 2));
        Sweep a = SweepLoader.load(f, 1000);
        Sweep b = SweepLoader.load(f, 1000);
        assertEquals(Journal.fingerprint(a), Journal.fingerprint(b));
        RunResult r1 = SweepPlan.execute(a, 7);
        RunResult r2 = SweepPlan.execute(b, 7);
        assertEquals(3, r1.point());
        assertEquals(1, r1.replication());
        assertEquals(r1.seed(), r2.seed());
        assertEquals(r1.verdict(), r2.verdict());
        assertArrayEquals(r1.outputs(), r2.outputs());
        assertEquals(r1.toString().length() > 0, true);
        assertEquals(Journal.format(r1), Journal.format(Journal.parse(Journal.format(r1).strip(), 4, a)));
    }

    @Test
    void oatAndMorrisDesignsProduceTheirCharts(@TempDir Path dir) throws IOException {
        Path oat = write(dir, "oat.yaml", tinySweep("oat", "oat", 2, 1));
        assertEquals(0, Main.execute("sweep", oat.toString(), "--out", dir.resolve("o").toString(), "-q"));
        String sens = Files.readString(dir.resolve("o/sensitivity.csv"));
        assertTrue(sens.contains("application_share,languages.Rust.learning_years,oat,swing,"), sens);
        assertTrue(Files.exists(dir.resolve("o/charts/oat_application_share.png")));
        Path morris = write(dir, "morris.yaml", tinySweep("morris", "morris", 2, 1));
        assertEquals(0, Main.execute("sweep", morris.toString(), "--out", dir.resolve("m").toString(), "-q"));
        assertTrue(Files.readString(dir.resolve("m/sensitivity.csv")).contains(",morris,mu_star,"));
        assertTrue(Files.exists(dir.resolve("m/charts/morris_application_share.png")));
        String html = Files.readString(dir.resolve("m/report.html"));
        assertTrue(html.contains("Which assumption matters most"));
    }
}
