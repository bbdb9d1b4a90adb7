package langsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import langsim.config.ConfigException;
import langsim.experiment.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestTest {
    private static final int[] YEARS = {2017, 2018, 2019, 2020};
    private static final double[] VALUES = {1.0, 2.0, 2.0, 4.0};

    @Test
    void persistenceCarriesTheLastValueWithARandomWalkInterval() {
        NaiveForecast.Forecast f = NaiveForecast.persistence(YEARS, VALUES, 2022, false);
        assertEquals(4.0, f.value(), 0);
        // changes 1, 0, 2: s = sqrt((1 + 0 + 4) / 3); horizon 2; t with 3 degrees of freedom = 3.182446305
        double half = 3.182446305284263 * Math.sqrt(5.0 / 3) * Math.sqrt(2);
        assertEquals(4.0 - half, f.low(), 1e-6);
        assertEquals(4.0 + half, f.high(), 1e-6);
        // on logs: changes ln 2, 0, ln 2
        NaiveForecast.Forecast g = NaiveForecast.persistence(YEARS, VALUES, 2021, true);
        double s = Math.sqrt(2 * Math.log(2) * Math.log(2) / 3);
        assertEquals(4.0 * Math.exp(-3.182446305284263 * s), g.low(), 1e-6);
        assertEquals(4.0 * Math.exp(3.182446305284263 * s), g.high(), 1e-6);
    }

    @Test
    void linearTrendExtrapolatesTheLeastSquaresLine() {
        // x = 0..3 (2017..2020), y = 1, 2, 2, 4: x̄ = 1.5, ȳ = 2.25, Sxx = 5, Sxy = (-1.5)(-1.25) + (-0.5)(-0.25) + (0.5)(-0.25)
        // + (1.5)(1.75) = 4.5, slope 0.9, intercept 2.25 - 1.35 = 0.9; at 2022 (x = 5): 0.9 + 4.5 = 5.4
        NaiveForecast.Forecast f = NaiveForecast.linear(YEARS, VALUES, 2022);
        assertEquals(5.4, f.value(), 1e-12);
        // fitted 0.9, 1.8, 2.7, 3.6: residuals 0.1, 0.2, -0.7, 0.4; SSR 0.7; s² = 0.35; t(2) = 4.302652730
        double half = 4.302652729749464 * Math.sqrt(0.35) * Math.sqrt(1 + 0.25 + 3.5 * 3.5 / 5);
        assertEquals(5.4 - half, f.low(), 1e-6);
        assertEquals(5.4 + half, f.high(), 1e-6);
    }

    @Test
    void logLinearTrendExtrapolatesTheLeastSquaresLineOfTheLogs() {
        // logs: 0, ln2, ln2, 2 ln2 = ln2 · (0, 1, 1, 2): slope 0.9 ln2 / ... by the same sums as above with y/ln2 = 0,1,1,2:
        // ȳ = 1, Sxy = (-1.5)(-1) + (-0.5)(0) + (0.5)(0) + (1.5)(1) = 3, slope 0.6, at x = 5: 1 + 0.6 · 3.5 = 3.1 (in units of ln 2)
        NaiveForecast.Forecast f = NaiveForecast.logLinear(YEARS, VALUES, 2022);
        assertEquals(Math.pow(2, 3.1), f.value(), 1e-6);
        // fitted (ln2 units) 0.1, 0.7, 1.3, 1.9: residuals -0.1, 0.3, -0.3, 0.1; SSR 0.2 (ln2)²; s² = 0.1 (ln2)²
        double half = 4.302652729749464 * Math.sqrt(0.1) * Math.log(2) * Math.sqrt(1 + 0.25 + 3.5 * 3.5 / 5);
        assertEquals(Math.pow(2, 3.1) * Math.exp(-half), f.low(), 1e-6);
        assertEquals(Math.pow(2, 3.1) * Math.exp(half), f.high(), 1e-6);
    }

    @Test
    void tooFewPointsGiveNoInterval() {
        NaiveForecast.Forecast f = NaiveForecast.linear(new int[] {2017, 2018}, new double[] {1, 3}, 2020);
        assertEquals(7.0, f.value(), 1e-12);
        assertTrue(Double.isNaN(f.low()) && Double.isNaN(f.high()));
    }

    /** Observations made by the model itself (as in CalibrationTest's recovery test), 2017-2022. */
    static Path syntheticCalibration(Path dir) throws Exception {
        Path obs = dir.resolve("synthetic.csv");
        List<String> rows = new ArrayList<>(List.of("year,metric,language,layer,value,source"));
        for (int year = 2017; year <= 2022; year++) {
            for (String lang : List.of("Rust", "C++")) rows.add(year + ",ratio," + lang + ",,1,placeholder");
        }
        Files.write(obs, rows);
        Path file = dir.resolve("backtest.yaml");
        Files.writeString(file, CalibrationTest.spec(obs, 6).replace("restarts: 1", "restarts: 2"));
        Calibration shape = Calibration.load(file);
        double[][] sim = shape.simulate(new double[] {0.08, 0.15}, 2, 2);
        List<String> synthetic = new ArrayList<>(List.of("year,metric,language,layer,value,source"));
        for (int i = 0; i < shape.rows().size(); i++) {
            Observation o = shape.rows().get(i);
            synthetic.add(o.year() + ",ratio," + o.language() + ",," + Interval.of(sim[i]).mean() + ",model at the true values");
        }
        Files.write(obs, synthetic);
        return file;
    }

    @Test
    void backtestRunsEndToEndAndIsReproducible(@TempDir Path dir) throws Exception {
        Path file = syntheticCalibration(dir);
        Calibration cal = Calibration.load(file);
        Backtest first = Backtest.run(cal, List.of(2019, 2021), 2, (o, p) -> { });
        Path out = dir.resolve("res");
        first.write(out);
        List<String> lines = Files.readAllLines(out.resolve("backtest.csv"));
        assertEquals("origin,year,metric,language,observed,method,forecast,low,high", lines.get(0));
        // origin 2019: 2020-2022, origin 2021: 2022; two languages, four methods
        assertEquals(1 + (3 + 1) * 2 * 4, lines.size(), String.join("\n", lines));
        for (String m : Backtest.METHODS) assertTrue(lines.stream().anyMatch(l -> l.contains("," + m + ",")), m);
        assertTrue(lines.get(1).startsWith("2019,2020,ratio,"), lines.get(1));
        assertTrue(Files.readString(out.resolve("backtest.txt")).contains("beat the best naive forecast"));
        String summary = first.summary();
        assertTrue(summary.contains("persistence") && summary.contains("log-linear") && summary.contains("coverage"), summary);
        assertTrue(summary.contains("replications only") && summary.contains("+ parameters (ensemble)"), summary);
        assertTrue(first.tables().contains("2 restarts"), first.tables());
        // the model's interval holds its narrower parts: replications only, then parameters without the residual noise
        for (Backtest.Origin o : first.origins()) {
            for (Backtest.Point p : o.points()) {
                if (!p.method().equals("model")) continue;
                PredictionBand params = p.parts().get(1);
                assertTrue(p.low() <= params.low() + 1e-12 && p.high() >= params.high() - 1e-12, p.toString());
            }
        }

        Backtest again = Backtest.run(Calibration.load(file), List.of(2019, 2021), 1, (o, p) -> { });
        assertEquals(first.csv(), again.csv(), "same file and seed, other thread count: identical backtest.csv");
        assertEquals(first.tables() + first.summary(), again.tables() + again.summary());
    }

    @Test
    void originsOutsideTheDataAreRefused(@TempDir Path dir) throws Exception {
        Path obs = dir.resolve("o.csv");
        List<String> rows = new ArrayList<>(List.of("year,metric,language,layer,value,source"));
        for (int year = 2017; year <= 2022; year++) rows.add(year + ",ratio,Rust,,0.1,x");
        Files.write(obs, rows);
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, CalibrationTest.spec(obs, 6));
        Calibration cal = Calibration.load(file);
        for (int origin : new int[] {2016, 2017, 2022, 2030}) {
            ConfigException e = assertThrows(ConfigException.class, () -> Backtest.checkOrigins(cal, List.of(origin)));
            assertTrue(e.getMessage().contains("--origins") && e.getMessage().contains(Integer.toString(origin)), e.getMessage());
        }
        Backtest.checkOrigins(cal, List.of(2018, 2021));
        assertEquals(List.of(2019, 2020, 2021), Backtest.defaultOrigins(cal));
    }
}
