package langsim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import langsim.experiment.RunMetrics;
import langsim.model.LangSimModel;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;
import org.jfree.chart.ChartPanel;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Properties;

/**
 * MASON's GUIState around {@link LangSimModel}: the Console plays, pauses, steps and restarts the model (with
 * the seed set in the Console), the Model tab shows the parameters, and a chart window shows the adoption
 * curves per layer growing year by year. The run stops by itself after the scenario's end year.
 */
public class LangSimWithUI extends GUIState {
    private final Scenario scenario;
    private final LiveAdoptionChart live;
    private final ScenarioProperties properties;
    private JFrame chartFrame;
    private int yearsPublished;

    public LangSimWithUI(Scenario scenario, long seed) {
        super(new LangSimModel(scenario, seed));
        this.scenario = scenario;
        this.live = new LiveAdoptionChart(scenario);
        this.properties = new ScenarioProperties(this::model);
    }

    /** Title of the Console (MASON finds it by reflection). */
    public static String getName() {
        return "langsim: programming-language adoption in the AI stack";
    }

    /** The Console's About tab (MASON finds it by reflection; it cannot depend on the scenario). */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h3>langsim</h3>"
                + "<p>Researchers, systems engineers and firms choose languages for work in each layer of the AI stack "
                + "(research, application, serving, foundation, edge) by ecosystem, fit, hiring cost, learning and "
                + "switching cost and peers.</p><p>Press <b>Play</b>: the chart window adds one point per simulated year "
                + "(share of new work by language, dashed lines are the verdict thresholds). <b>Model</b> shows the year, "
                + "the seed and every scenario parameter; set a new seed there and play again to restart.</p>"
                + "<p>Model description: docs/ODD.md.</p></body></html>";
    }

    public LangSimModel model() {
        return (LangSimModel) state;
    }

    public LiveAdoptionChart liveChart() {
        return live;
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public void start() {
        super.start();
        wireUp();
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        wireUp();
    }

    private void wireUp() {
        yearsPublished = 0;
        onSwing(live::clear);
        scheduleRepeatingImmediatelyAfter((Steppable) s -> afterStep());
    }

    /** After each tick: publish the years the model has completed, and end the run after its last year. */
    void afterStep() {
        LangSimModel m = model();
        int ticksPerYear = scenario.simulation().ticksPerYear();
        long steps = m.schedule.getSteps();
        if (steps % ticksPerYear == 0) {
            RunRecord record = m.record();
            int layers = record.layers().size();
            int languages = record.languages().size();
            for (int y = yearsPublished; y < record.years(); y++) {
                double[][] shares = new double[layers][languages];
                for (int l = 0; l < layers; l++) {
                    for (int k = 0; k < languages; k++) shares[l][k] = RunMetrics.share(record, y, new int[] {l}, k);
                }
                int year = record.startYear() + y;
                onSwing(() -> live.addYear(year, shares));
            }
            yearsPublished = record.years();
        }
        if (steps >= m.totalTicks()) m.kill();
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) r.run();
        else SwingUtilities.invokeLater(r);
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        chartFrame = new JFrame("Adoption curves: " + scenario.name());
        ChartPanel panel = new ChartPanel(live.chart());
        panel.setPreferredSize(new Dimension(760, 140 + 150 * Math.max(1, scenario.layerNames().size())));
        chartFrame.getContentPane().add(panel, BorderLayout.CENTER);
        chartFrame.pack();
        chartFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        controller.registerFrame(chartFrame);
        chartFrame.setLocation(420, 0);
        chartFrame.setVisible(true);
    }

    @Override
    public void quit() {
        super.quit();
        if (chartFrame != null) chartFrame.dispose();
        chartFrame = null;
    }

    @Override
    public Properties getSimulationProperties() {
        return properties;
    }

    /** The chart window, once {@link #init} has run (null headless). */
    public JFrame chartFrame() {
        return chartFrame;
    }
}
