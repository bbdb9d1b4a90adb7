package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import langsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rare binary output of a Saltelli sweep: "not estimable" rows in sensitivity.csv and the sentence in the report. */
class SweepNotEstimableTest {
    @Test
    void rareDominanceIsReportedAsNotEstimable(@TempDir Path dir) throws IOException {
        Path f = SweepRunTest.write(dir, "tiny.yaml", SweepRunTest.tinySweep("tiny", "saltelli", 4, 2));   // 40 runs
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("sweep", f.toString(), "--threads", "2", "--out", out.toString(), "-q"));
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        int col = List.of(runs.get(0).split(",")).indexOf("dominant");
        int ones = 0;
        for (String line : runs.subList(1, runs.size())) if (Double.parseDouble(line.split(",")[col]) == 1) ones++;
        int n = runs.size() - 1;
        int rare = Math.min(ones, n - ones);
        // 40 runs: any split with fewer than 10 of one value is rare; the tiny model gives (almost) no dominance
        String note = "not estimable: only " + rare + " of " + n + " runs have dominant = " + (ones <= n - ones ? 1 : 0);
        List<String> sens = Files.readAllLines(out.resolve("sensitivity.csv"));
        List<String> dominant = sens.stream().filter(l -> l.startsWith("dominant,") && l.contains(",sobol,")).toList();
        assertEquals(6, dominant.size(), sens.toString());   // 3 parameters x S1, ST
        String report = Files.readString(out.resolve("report.html"));
        if (rare < 10) {
            for (String l : dominant) assertTrue(l.endsWith(",,,," + note), l);
            // said in words: which runs, and why that makes no index
            String detail = note.substring("not estimable: ".length());
            assertTrue(report.contains("<h3>dominant</h3>\n<p class=\"not-estimable\">No Sobol indices for dominant: " + detail + ". "),
                    "report shows the sentence");
            assertTrue(report.contains("the indices would be noise"), "report explains why");
            assertFalse(Files.exists(out.resolve("charts/saltelli_dominant.png")));
        } else {
            for (String l : dominant) assertTrue(l.endsWith(","), l);
        }
        // continuous outputs keep their indices and an empty note
        assertTrue(sens.stream().anyMatch(l -> l.startsWith("application_share,") && l.contains(",sobol,S1,")
                && !l.contains("not estimable")));
    }
}
