package langsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The shipped studies sweep each lever over the range the plausible-ranges table of docs/scenarios.md gives and
 * justifies, so the table and the study cannot drift apart.
 */
class StudyRangesTest {
    private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+) \\| [^|]+ \\| ([0-9.]+) - ([0-9.]+)[^|]* \\|.*");
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    private record Row(Pattern path, double min, double max) {
    }

    private static List<Row> table() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/scenarios.md"))) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) continue;
            Matcher name = NAME.matcher(m.group(1));
            if (!name.find()) continue;
            // a row like `languages.*.productivity_elasticity` stands for every language
            String regex = Pattern.quote(name.group(1)).replace("*", "\\E[^.]+\\Q");
            rows.add(new Row(Pattern.compile(regex), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
        }
        return rows;
    }

    @Test
    void everyLeverOfTheShippedStudiesHasItsRangeFromTheTable() throws Exception {
        List<Row> rows = table();
        assertTrue(rows.size() >= 12, "rows read: " + rows.size());
        for (String file : List.of("scenarios/sweeps/rust-dominance.yaml", "scenarios/sweeps/rust-dominance-log-ratio.yaml")) {
            Sweep sweep = SweepLoader.load(Path.of(file), SweepLoader.DEFAULT_MAX_RUNS);
            for (SweepParameter p : sweep.parameters()) {
                Row row = rows.stream().filter(r -> r.path().matcher(p.path()).matches()).findFirst().orElse(null);
                assertNotNull(row, file + ": " + p.path() + " has no row in the plausible-ranges table");
                assertEquals(row.min(), p.lo(), 0, file + ": " + p.path());
                assertEquals(row.max(), p.hi(), 0, file + ": " + p.path());
            }
        }
    }
}
