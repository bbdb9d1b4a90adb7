package langsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class CalibrationTest {
    static final Path HISTORY = Path.of("scenarios/calibration/history-2017.yaml").toAbsolutePath();

    /** A calibration file for a small model: 2,000 people, 2017-2022, two parameters (an initial state and a rate). */
    static String spec(Path observations, int evaluations) {
        return String.join("\n",
                "name: recovery",
                "base_scenario: " + HISTORY,
                "set: [agents.researchers.count=1200, agents.systems_engineers.count=800, agents.firms.count=40, simulation.end_year=2022]",
                "parameters:",
                "  agents.systems_engineers.initial_proficiency.Rust: {min: 0.01, max: 0.2}",
                "  agents.systems_engineers.forgetting_rate: {min: 0.05, max: 0.35}",
                "observations: " + observations,
                "metrics:",
                "  ratio: {output: talent_ratio, reference: Python, log: true}",
                "held_out_years: [2022]",
                "replications: 2",
                "evaluations: " + evaluations,
                "population: 6",
                "sigma: 0.5",
                "final_replications: 4",
                "restarts: 1",
                "profile_points: 3",
                "ensemble_size: 5",
                "seed: 99", "");
    }

    @Test
    void recoversKnownParametersFromModelGeneratedData(@TempDir Path dir) throws Exception {
        double[] truth = {0.08, 0.15};
        // observations made by the model itself at the true values, with the calibration's own seeds
        Path obs = dir.resolve("synthetic.csv");
        Files.writeString(obs, "year,metric,language,layer,value,source\n"
                + "2017,ratio,Rust,,1,placeholder\n2017,ratio,C++,,1,placeholder\n");
        Path file = dir.resolve("recovery.yaml");
        Files.writeString(file, spec(obs, 150));
        Calibration probe = Calibration.load(file);
        List<String> rows = new ArrayList<>(List.of("year,metric,language,layer,value,source"));
        for (int year = 2017; year <= 2022; year++) {
            for (String lang : List.of("Rust", "C++")) rows.add(year + ",ratio," + lang + ",,1,placeholder");
        }
        Files.write(obs, rows);
        Calibration shape = Calibration.load(file);
        double[][] sim = shape.simulate(truth, 2, 2);
        List<String> synthetic = new ArrayList<>(List.of("year,metric,language,layer,value,source"));
        for (int i = 0; i < shape.rows().size(); i++) {
            Observation o = shape.rows().get(i);
            synthetic.add(o.year() + ",ratio," + o.language() + ",," + Interval.of(sim[i]).mean() + ",model at the true values");
        }
        Files.write(obs, synthetic);
        assertEquals(2, probe.params().size());

        Calibration cal = Calibration.load(file);
        assertTrue(cal.error(cal.simulate(truth, 2, 2)) < 1e-20, "zero error at the truth (common random numbers)");
        CalibrationResult result = cal.fit(2, p -> { });
        double[] fit = result.fitted();
        // within 15 % of each parameter's range of the truth (the objective of a 2,000-person model is noisy)
        assertEquals(truth[0], fit[0], 0.15 * (0.2 - 0.01), "initial Rust proficiency " + fit[0]);
        assertEquals(truth[1], fit[1], 0.15 * 0.3, "forgetting rate " + fit[1] + "\n" + result.summary() + result.historyCsv());
        assertTrue(result.rmse("held-out", false) < 0.1, result.summary());
        assertTrue(result.bestError() < result.history().get(0)[2] || result.history().get(0)[2] < 1e-3);

        Path out = dir.resolve("res");
        CalibrationOutputs.write(out, result, true);
        for (String f : List.of("fitted-scenario.yaml", "parameters.csv", "fit.csv", "history.csv", "summary.txt", "fit.png", "fit.svg",
                "restarts.csv", "profile.csv", "ensemble.csv", "profile.png", "profile.svg")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        // the fitted scenario is ready to run: it loads and carries the fitted values
        var scenario = langsim.scenario.ScenarioLoader.load(out.resolve("fitted-scenario.yaml"), List.of());
        assertEquals(fit[1], scenario.agents().systemsEngineers().forgettingRate(), 1e-9);
        assertTrue(Files.readString(out.resolve("fit.csv")).contains("held-out"));
        // langsim report DIR redraws the chart from the folder's files, byte for byte
        byte[] png = Files.readAllBytes(out.resolve("fit.png"));
        var image = javax.imageio.ImageIO.read(out.resolve("fit.png").toFile());
        assertEquals(2400, image.getWidth(), "calibration chart at print size, like every chart");
        assertEquals(1500, image.getHeight());
        String svg = Files.readString(out.resolve("fit.svg"));
        byte[] profilePng = Files.readAllBytes(out.resolve("profile.png"));
        String profileSvg = Files.readString(out.resolve("profile.svg"));
        Files.delete(out.resolve("fit.png"));
        Files.delete(out.resolve("profile.svg"));
        CalibrationOutputs.rebuildChart(out);
        assertArrayEquals(png, Files.readAllBytes(out.resolve("fit.png")));
        assertEquals(svg, Files.readString(out.resolve("fit.svg")));
        assertArrayEquals(profilePng, Files.readAllBytes(out.resolve("profile.png")), "the loss slice redrawn from the folder");
        assertEquals(profileSvg, Files.readString(out.resolve("profile.svg")));
        assertTrue(profileSvg.contains(result.uncertainty().profile().verdict(0).word()), "panel titles carry the verdicts");
    }

    @Test
    void chartLegendNamesExactlyTheLinesDrawnAndYearsAreWhole() {
        List<CalibrationChart.Row> rows = new ArrayList<>();
        for (int y = 2017; y <= 2024; y++) {
            rows.add(new CalibrationChart.Row(y, "ratio", "Rust", "", 0.1, 0.12, 0.11, 0.13, Double.NaN, Double.NaN, y > 2021 ? "held-out" : "fit"));
        }
        rows.add(new CalibrationChart.Row(2024, "other", "C++", "", 0.6, 0.5, 0.49, 0.51, Double.NaN, Double.NaN, "report-only"));
        var grid = CalibrationChart.of(rows, List.of("Python", "Rust", "C++"), "s");
        java.util.Set<java.awt.Paint> drawn = new java.util.HashSet<>();
        for (var panel : grid.panels()) {
            var plot = panel.getXYPlot();
            drawn.add(plot.getRenderer().getSeriesPaint(0));
            var axis = (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis();
            assertEquals(1.0, axis.getStandardTickUnits().getCeilingTickUnit(0.3).getSize(), 1e-12, "no tick between two years");
            // the panel of one observed year still spans all the years, like the others
            assertEquals(2017 - 0.4, axis.getLowerBound(), 1e-9);
        }
        // the legend's lines are exactly the lines drawn: the languages' colours, one entry each
        java.util.Set<java.awt.Paint> legend = new java.util.HashSet<>();
        for (int i = 0; i < grid.legend().getItemCount(); i++) {
            var item = grid.legend().get(i);
            if (item.isLineVisible()) legend.add(item.getLinePaint());
        }
        assertEquals(java.util.Set.of(langsim.chart.Palette.color(1), langsim.chart.Palette.color(2)), drawn);
        assertEquals(drawn, legend);
    }

    @Test
    void badFilesAreOneLineErrors(@TempDir Path dir) throws Exception {
        Path obs = dir.resolve("o.csv");
        Files.writeString(obs, "year,metric,language,layer,value,source\n2018,ratio,Rust,,0.1,\n");
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, spec(obs, 10));
        ConfigException e = assertThrows(ConfigException.class, () -> Calibration.load(file));
        assertTrue(e.getMessage().contains("o.csv:2") && e.getMessage().contains("source"), e.getMessage());

        Files.writeString(obs, "year,metric,language,layer,value,source\n2018,ratio,Go,,0.1,x\n");
        e = assertThrows(ConfigException.class, () -> Calibration.load(file));
        assertTrue(e.getMessage().contains("Go"), e.getMessage());

        Files.writeString(obs, "year,metric,language,layer,value,source\n2018,ratio,Rust,,0.1,x\n");
        Files.writeString(file, spec(obs, 10).replace("agents.systems_engineers.forgetting_rate", "agents.nope"));
        e = assertThrows(ConfigException.class, () -> Calibration.load(file));
        assertTrue(e.getMessage().contains("c.yaml:") && e.getMessage().contains("parameters.agents.nope"), e.getMessage());
    }

    @Test
    void shippedDatasetCitesASourceOnEveryRowAndLoads() {
        List<Observation> rows = ObservationsCsv.read(Path.of("scenarios/data/language-usage.csv"));
        assertTrue(rows.size() >= 16);
        rows.forEach(r -> assertTrue(r.source().length() > 20, "row " + r.line()));
        Calibration cal = Calibration.load(Path.of("scenarios/calibration/baseline.yaml"));
        assertEquals(2017, cal.base().simulation().startYear());
        assertTrue(cal.rows().stream().anyMatch(cal::heldOut));
    }
}
