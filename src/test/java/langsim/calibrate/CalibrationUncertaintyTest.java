package langsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import langsim.experiment.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restarts, the loss slice and the ensemble's predictive intervals, on data the model made itself. */
class CalibrationUncertaintyTest {
    static final Path HISTORY = CalibrationTest.HISTORY;
    static final String IDENTIFIED = "agents.systems_engineers.initial_proficiency.Rust";
    /** Only the verdict reads it: it cannot move a talent ratio. */
    static final String INERT = "verdict.dominance_threshold";

    /** A small model (1,000 people, 2017-2021), the Rust ratio and the C++ ratio, 2021 held out. */
    static String spec(Path observations, String extra) {
        return String.join("\n",
                "name: uncertainty",
                "base_scenario: " + HISTORY,
                "set: [agents.researchers.count=600, agents.systems_engineers.count=400, agents.firms.count=20, simulation.end_year=2021]",
                "parameters:",
                "  " + IDENTIFIED + ": {min: 0.01, max: 0.2, start: 0.15}",
                "  " + INERT + ": {min: 0.2, max: 0.8}",
                "observations: " + observations,
                "metrics:",
                "  ratio: {output: talent_ratio, reference: Python, log: true}",
                "held_out_years: [2021]",
                "replications: 2",
                "evaluations: 16",
                "population: 6",
                "sigma: 0.3",
                "final_replications: 4",
                "restarts: 3",
                "profile_points: 5",
                "ensemble_size: 6",
                "seed: 7",
                extra, "");
    }

    /**
     * Observations made by the model at {@code truth} (2017-2021, Rust and C++): the mean of {@code replications} runs
     * with seeds derived from {@code seed}.
     */
    static Path synthetic(Path dir, double[] truth, long seed, int replications) throws Exception {
        Path obs = dir.resolve("synthetic.csv");
        List<String> rows = new ArrayList<>(List.of("year,metric,language,layer,value,source"));
        for (int year = 2017; year <= 2021; year++) for (String lang : List.of("Rust", "C++")) rows.add(year + ",ratio," + lang + ",,1,placeholder");
        Files.write(obs, rows);
        Path maker = dir.resolve("maker.yaml");
        Files.writeString(maker, spec(obs, "").replace("seed: 7", "seed: " + seed));
        Calibration shape = Calibration.load(maker);
        double[][] sim = shape.simulate(truth, replications, 2);
        List<String> out = new ArrayList<>(List.of("year,metric,language,layer,value,source"));
        for (int i = 0; i < shape.rows().size(); i++) {
            Observation o = shape.rows().get(i);
            out.add(o.year() + ",ratio," + o.language() + ",," + Interval.of(sim[i]).mean() + ",model");
        }
        Files.write(obs, out);
        return obs;
    }

    static Calibration calibration(Path dir, Path obs, String extra) throws Exception {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, spec(obs, extra));
        return Calibration.load(file);
    }

    @Test
    void restartsStartSpreadAndTheFirstIsThePlainFit(@TempDir Path dir) throws Exception {
        Calibration cal = calibration(dir, synthetic(dir, new double[] {0.08, 0.5}, 7, 2), "");
        double[][] starts = Restarts.startPoints(cal);
        assertEquals(3, starts.length);
        // the first restart starts at the file's start values (0.15 in [0.01, 0.2]; the inert one from the scenario, 0.5)
        assertEquals((0.15 - 0.01) / 0.19, starts[0][0], 1e-12);
        assertEquals(0.5, starts[0][1], 1e-12);
        for (double[] s : starts) for (double u : s) assertTrue(u >= 0 && u <= 1);
        // a Latin hypercube of two points: one start in each half of every parameter's range
        for (int j = 0; j < 2; j++) assertTrue((starts[1][j] < 0.5) != (starts[2][j] < 0.5), "column " + j);
        assertNotEquals(Restarts.seed(cal, 1), Restarts.seed(cal, 2));
        assertEquals(cal.spec().seed(), Restarts.seed(cal, 0));

        // with one restart the fit is the first restart of three: same search, same seed, same history
        CalibrationResult three = cal.fit(2, p -> { });
        CalibrationResult one = calibration(dir, dir.resolve("synthetic.csv"), "").withRestarts(1).fit(2, p -> { });
        CmaesDriver.Search first = three.uncertainty().restarts().searches().get(0);
        CmaesDriver.Search only = one.uncertainty().restarts().searches().get(0);
        assertEquals(first.error(), only.error(), 0);
        assertArrayEquals(first.best(), only.best(), 0);
        assertEquals(3 * 16, three.evaluations());
        // the result is the best restart
        for (CmaesDriver.Search s : three.uncertainty().restarts().searches()) assertTrue(three.bestError() <= s.error());
    }

    @Test
    void theWholeFitIsTheSameOnOneAndTwoThreads(@TempDir Path dir) throws Exception {
        Calibration cal = calibration(dir, synthetic(dir, new double[] {0.08, 0.5}, 11, 1), "");
        CalibrationResult a = cal.fit(1, p -> { });
        CalibrationResult b = cal.fit(2, p -> { });
        assertEquals(a.uncertainty().restarts().csv(), b.uncertainty().restarts().csv());
        assertEquals(a.uncertainty().profile().csv(), b.uncertainty().profile().csv());
        assertEquals(a.uncertainty().ensemble().csv(), b.uncertainty().ensemble().csv());
        assertEquals(a.fitCsv(), b.fitCsv());
        assertEquals(a.historyCsv(), b.historyCsv());
        assertEquals(4, a.uncertainty().restarts().csv().lines().count(), "header and three restarts");

        Path out = dir.resolve("res");
        CalibrationOutputs.write(out, a, true);
        for (String f : List.of("restarts.csv", "profile.csv", "ensemble.csv", "profile.png", "profile.svg", "fit.csv")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        assertEquals(1 + 2 * 5, Files.readAllLines(out.resolve("profile.csv")).size(), "five slice values per parameter");
    }

    @Test
    void aParameterThatMovesTheOutputIsIdentifiedAndOneThatCannotIsFlat(@TempDir Path dir) throws Exception {
        Calibration cal = calibration(dir, synthetic(dir, new double[] {0.08, 0.5}, 7, 2), "");
        CalibrationResult r = cal.fit(2, p -> { });
        Profile profile = r.uncertainty().profile();
        assertEquals("identified", profile.verdict(0).word(), profile.summary());
        assertEquals("flat", profile.verdict(1).word(), profile.summary());
        // the inert parameter leaves the loss exactly where it is (common random numbers)
        for (Profile.Point p : profile.of(1)) assertEquals(r.bestError(), p.objective(), 0, "at " + p.value());
        // so the ensemble spans its whole range, while the identified one stays near the truth
        List<Ensemble.Member> members = r.uncertainty().ensemble().members();
        double lo = members.stream().mapToDouble(m -> m.values()[1]).min().orElseThrow();
        double hi = members.stream().mapToDouble(m -> m.values()[1]).max().orElseThrow();
        assertTrue(lo <= 0.2 + 1e-9 && hi >= 0.8 - 1e-9, "inert parameter in the ensemble: [" + lo + ", " + hi + "]");
        double loR = members.stream().mapToDouble(m -> m.values()[0]).min().orElseThrow();
        double hiR = members.stream().mapToDouble(m -> m.values()[0]).max().orElseThrow();
        assertTrue(hiR - loR < 0.5 * (0.2 - 0.01), "identified parameter in the ensemble: [" + loR + ", " + hiR + "]");
        assertTrue(r.summary().contains("flat") && r.summary().contains("identified"));
    }

    @Test
    void predictiveIntervalsCoverDataFromOtherSeedsNearTheNominalRateWithoutBeingVague(@TempDir Path dir) throws Exception {
        // the "world" is one run of the model at the truth with seeds the calibration never uses
        Calibration cal = calibration(dir, synthetic(dir, new double[] {0.08, 0.5}, 424242, 1), "");
        CalibrationResult r = cal.fit(2, p -> { });
        int inside = 0;
        for (CalibrationResult.Row row : r.rows()) {
            double v = row.observation().value();
            if (row.predictive().covers(v)) inside++;
            // not vague: half and twice the observation are outside
            assertTrue(!row.predictive().covers(v / 2) && !row.predictive().covers(2 * v), row.toString());
            // with the noise the interval is at least as wide as without it
            PredictionBand without = r.uncertainty().ensemble().band(r.rows().indexOf(row), false);
            assertTrue(row.predictive().low() <= without.low() + 1e-12 && row.predictive().high() >= without.high() - 1e-12);
        }
        int n = r.rows().size();
        assertTrue(inside >= 0.8 * n, "95% predictive intervals cover " + inside + "/" + n + "\n" + r.summary());
    }

    @Test
    void mixtureQuantilesAndThinningOnHandComputedCases() {
        // one normal: the 97.5 % quantile is 1.959964
        assertEquals(1.959963984540054, Ensemble.mixtureQuantile(new double[] {0}, 1, 0.975), 1e-9);
        // two far-apart normals of equal weight: a quarter of the mass lies below the first centre
        assertEquals(-100, Ensemble.mixtureQuantile(new double[] {-100, 100}, 1, 0.25), 1e-6);
        // R's type 7: quantile(c(1, 2, 3, 4), 0.25) = 1.75
        assertEquals(1.75, Ensemble.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-12);
        assertEquals(List.of(0, 3, 6, 9), Ensemble.thin(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 4));
        assertEquals(List.of(0, 1), Ensemble.thin(List.of(0, 1), 4));
        // chi-squared 95 % quantiles 3.841459 (1 dof) and 12.59159 (6 dof)
        assertEquals(2 * Math.exp(3.841458820694124 / 10), LikelihoodRegion.bound(2, 10, 1), 1e-9);
        assertEquals(Math.exp(12.591587243743977 / 10), LikelihoodRegion.bound(1, 10, 6), 1e-9);
    }
}
