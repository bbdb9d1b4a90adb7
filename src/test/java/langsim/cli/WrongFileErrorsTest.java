package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs named by their file and field in one line, exit 2, and foreign files never echoed. */
class WrongFileErrorsTest {
    private static final String SECRET = "SECRET-CONTENT-123";
    private static final Path HISTORY = Path.of("scenarios/calibration/history-2017.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    /** The error line of a command that must fail as bad input, with nothing written. */
    private String badInput(String... args) {
        CliTest.Outcome o = CliTest.run(args);
        assertEquals(Main.EXIT_BAD_INPUT, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("langsim: error: "), o.err());
        assertFalse(o.err().contains(SECRET), o.err());
        assertEquals("", o.out());
        return o.err();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path sweep(Path base) throws Exception {
        return write("sweep.yaml", "name: s\nsamples: 2\nbase_scenario: " + base + "\n"
                + "parameters: {languages.Rust.learning_years: {min: 0.5, max: 1}}\n");
    }

    private Path calibration(Path base, String metrics, String heldOut) throws Exception {
        Path obs = write("obs.csv", "year,metric,language,layer,value,source\n2018,ratio,Rust,,0.1,test\n"
                + "2019,ratio,Rust,,0.2,test\n");
        return write("cal.yaml", "name: c\nbase_scenario: " + base + "\n"
                + "parameters: {languages.Rust.learning_years: {min: 0.5, max: 3}}\n"
                + "observations: " + obs + "\n"
                + "metrics:\n  ratio: {output: talent_ratio, reference: Python" + metrics + "}\n"
                + "held_out_years: " + heldOut + "\n");
    }

    @Test
    void foreignFilesAreNamedWithoutTheirContent() throws Exception {
        Path text = write("notes.txt", SECRET + "\nmore private text\n");
        Path list = write("list.yaml", "- " + SECRET + "\n");
        Path mapping = write("other.yaml", SECRET + ": 1\npassword: " + SECRET + "\n");
        for (Path foreign : new Path[] {text, list, mapping}) {
            String expected = foreign + ": not a langsim scenario file (";
            assertTrue(badInput("run", foreign.toString(), "--out", dir.resolve("out").toString()).contains(expected));
            // as a base scenario, the line names the file that points at it, and the field
            Path sweep = sweep(foreign);
            String viaSweep = badInput("sweep", sweep.toString(), "--out", dir.resolve("out").toString());
            assertTrue(viaSweep.contains(sweep + ":3:16: base_scenario: " + expected), viaSweep);
            Path cal = calibration(foreign, "", "[]");
            String viaCal = badInput("calibrate", cal.toString(), "--out", dir.resolve("out").toString());
            assertTrue(viaCal.contains(cal + ":2:16: base_scenario: " + expected), viaCal);
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aFileOfAnotherKindIsNamedAsSuch() throws Exception {
        String scenario = Path.of("scenarios/baseline.yaml").toString();
        assertTrue(badInput("sweep", scenario).endsWith(": this is a scenario file, not a sweep file\n"));
        assertTrue(badInput("calibrate", scenario).endsWith(": this is a scenario file, not a calibration file\n"));
        assertTrue(badInput("run", sweep(HISTORY).toString()).endsWith(": this is a sweep file, not a scenario file\n"));
        Path cal = calibration(HISTORY, "", "[]");
        assertTrue(badInput("sweep", cal.toString()).endsWith(": this is a calibration file, not a sweep file\n"));
    }

    @Test
    void nothingLeftToFitNamesTheFileAndTheField() throws Exception {
        Path allHeldOut = calibration(HISTORY, "", "[2018, 2019]");
        String held = badInput("calibrate", allHeldOut.toString());
        assertTrue(held.contains(allHeldOut + ":") && held.contains(": held_out_years: no observation left to fit"), held);
        assertTrue(held.contains("[2018, 2019]"), held);

        Path noWeight = calibration(HISTORY, ", weight: 0", "[]");
        String weight = badInput("calibrate", noWeight.toString());
        assertTrue(weight.contains(noWeight + ":") && weight.contains(": metrics.ratio.weight: no observation left to fit"), weight);
    }

    @Test
    void verifyRefusesABadParameterBeforeRunningAnything() {
        assertTrue(badInput("verify", "bass", "--set", "bogus=1").contains("bogus: unknown parameter of bass"));
        assertTrue(badInput("verify", "bass", "--set", "p=5").contains("p: must be in (0, 1]"));
        assertTrue(badInput("verify", "--set", "runs=1").contains("--set needs a model NAME"));
    }
}
