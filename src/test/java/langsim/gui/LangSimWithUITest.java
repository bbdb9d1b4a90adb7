package langsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.swing.SwingUtilities;

import langsim.chart.TestResults;
import langsim.cli.Main;
import langsim.experiment.RunMetrics;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live view's wiring, without a display: GUIState around the model, the chart's datasets, properties. */
class LangSimWithUITest {
    @TempDir
    Path tmp;

    @Test
    void chartGetsOnePointPerSimulatedYearAndTheRunEndsByItself() throws Exception {
        Scenario scenario = TestResults.scenario();
        LangSimWithUI ui = new LangSimWithUI(scenario, 7);
        ui.start();
        int steps = 0;
        while (ui.step()) steps++;
        flushSwing();
        var sim = scenario.simulation();
        int years = sim.endYear() - sim.startYear() + 1;
        assertEquals(years * sim.ticksPerYear(), steps, "stops after the end year");
        LiveAdoptionChart live = ui.liveChart();
        assertEquals(years, live.years());
        RunRecord record = ui.model().record();
        for (int l = 0; l < scenario.layerNames().size(); l++) {
            for (int k = 0; k < scenario.languageNames().size(); k++) {
                XYSeries s = live.dataset(l).getSeries(k);
                assertEquals(scenario.languageNames().get(k), s.getKey());
                assertEquals(sim.startYear(), s.getX(0).intValue());
                assertEquals(sim.endYear(), s.getX(years - 1).intValue());
                for (int y = 0; y < years; y++) {
                    assertEquals(RunMetrics.share(record, y, new int[] {l}, k), s.getY(y).doubleValue(), 1e-12);
                }
            }
        }
        // every panel, groups of layers together included, shows the share of its layers' new work
        for (int p = 0; p < live.panelNames().size(); p++) {
            for (int k = 0; k < scenario.languageNames().size(); k++) {
                for (int y = 0; y < years; y++) {
                    assertEquals(RunMetrics.share(record, y, live.panelLayers(p), k), live.panelDataset(p).getSeries(k).getY(y).doubleValue(), 1e-12);
                }
            }
        }
        assertTrue(live.panelNames().get(0).startsWith(String.join(" + ", scenario.verdict().applicationLayers()) + " together"));
        // the same model as the batch run with this seed, and the same verdict, shown on the chart and in the Model tab
        RunRecord batch = langsim.model.LangSimModel.run(scenario, 7);
        assertEquals(RunMetrics.share(batch, years - 1, new int[] {0}, 0), RunMetrics.share(record, years - 1, new int[] {0}, 0), 0);
        String kind = langsim.experiment.VerdictJudge.judge(scenario.verdict(), batch).kind().label().toUpperCase(java.util.Locale.ROOT);
        assertTrue(ui.verdict().contains(" is " + kind + "."), ui.verdict());
        assertEquals(ui.verdict(), live.verdictText());
        ScenarioProperties props = (ScenarioProperties) ui.getSimulationProperties();
        assertEquals("Verdict", props.getName(2));
        assertEquals(ui.verdict(), props.getValue(2));
        // the Model tab's year after the end is the last year (it read -1431653741)
        assertEquals(sim.endYear(), props.getValue(0));
        ui.finish();
        assertEquals(sim.endYear(), props.getValue(0));

        // restart with another seed: the chart starts over
        ui.state.setSeed(8);
        ui.start();
        for (int i = 0; i < sim.ticksPerYear() * 2; i++) assertTrue(ui.step());
        flushSwing();
        assertEquals(2, live.years());
        assertEquals("", live.verdictText(), "no verdict before the end");
        assertEquals(null, ui.verdict());
        ui.finish();
    }

    @Test
    void aPanelCanBeShownAloneOrAllTogether() {
        LiveAdoptionChart live = new LiveAdoptionChart(TestResults.scenario());
        int panels = live.panelNames().size();
        assertEquals(panels, live.shownPanels());
        for (int p = 0; p < panels; p++) {
            live.show(p);
            assertEquals(1, live.shownPanels());
            assertEquals(live.panelDataset(p), ((org.jfree.chart.plot.XYPlot) ((org.jfree.chart.plot.CombinedDomainXYPlot)
                    live.chart().getXYPlot()).getSubplots().get(0)).getDataset());
        }
        live.show(LiveAdoptionChart.ALL);
        assertEquals(panels, live.shownPanels());
    }

    @Test
    void consoleAndChartWindowSitSideBySideWithinTheScreen() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 500; i++) {
            java.awt.Rectangle screen = new java.awt.Rectangle(random.nextInt(100), random.nextInt(50),
                    300 + random.nextInt(2500), 300 + random.nextInt(1500));
            java.awt.Dimension console = new java.awt.Dimension(200 + random.nextInt(600), 300 + random.nextInt(600));
            java.awt.Dimension chart = new java.awt.Dimension(300 + random.nextInt(900), 300 + random.nextInt(900));
            java.awt.Rectangle[] r = LangSimWithUI.sideBySide(screen, console, chart);
            for (java.awt.Rectangle b : r) assertTrue(screen.contains(b), screen + " holds " + b);
            if (screen.width >= Math.min(console.width, screen.width) + LangSimWithUI.MIN_CHART_WIDTH) {
                assertFalse(r[0].intersects(r[1]), "console " + r[0] + " covers the chart " + r[1]);
            }
        }
    }

    @Test
    void modelTabListsYearSeedAndScenarioParameters() {
        LangSimWithUI ui = new LangSimWithUI(TestResults.scenario(), 11);
        ui.start();
        ScenarioProperties p = (ScenarioProperties) ui.getSimulationProperties();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) names.add(p.getName(i));
        assertEquals("Year", names.get(0));
        assertEquals(2025, p.getValue(0));
        assertEquals(11L, p.getValue(1));
        assertEquals("Verdict", names.get(2));
        int at = names.indexOf("languages.Rust.learning_years");
        assertTrue(at > 1, names.toString());
        assertEquals(Double.TYPE, p.getType(at));
        assertFalse(p.isReadWrite(at));
        assertTrue(names.contains("name"));
        ui.finish();
    }

    @Test
    void guiCommandWithoutDisplayIsOneLineAndExitTwo() throws Exception {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute("gui", TestResults.scenarioFile(tmp).toString());
        } finally {
            System.setErr(old);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, text);
        assertEquals(1, text.strip().lines().count(), text);
        assertTrue(text.startsWith("langsim: error: no display"), text);
    }

    static void flushSwing() throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
    }
}
