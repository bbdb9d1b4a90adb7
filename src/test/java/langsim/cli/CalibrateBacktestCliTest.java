package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateBacktestCliTest {
    @Test
    void originsOutsideTheDataAreOneLineErrorsWithExitCode2(@TempDir Path dir) {
        for (String origins : new String[] {"2030", "2019,2016", "2024"}) {
            CliTest.Outcome o = CliTest.run("calibrate", "scenarios/calibration/baseline.yaml", "--backtest", "--origins", origins,
                    "--out", dir.resolve("bt").toString());
            assertEquals(2, o.code(), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().contains("--origins") && o.err().contains("outside the data"), o.err());
            assertEquals("", o.out());
        }
        CliTest.Outcome o = CliTest.run("calibrate", "scenarios/calibration/baseline.yaml", "--origins", "2020");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--origins needs --backtest"), o.err());
    }
}
