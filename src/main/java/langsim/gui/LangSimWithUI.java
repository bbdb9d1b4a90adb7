package langsim.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import langsim.experiment.ReplicationVerdict;
import langsim.experiment.RunMetrics;
import langsim.experiment.VerdictJudge;
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
 * the seed set in the Console), the Model tab shows the year, the parameters and, at the end, the verdict; a chart
 * window beside the Console shows the adoption curves (all panels or one, chosen above the chart) growing year by
 * year. The run stops by itself after the scenario's end year and shows its verdict under the chart's title.
 */
public class LangSimWithUI extends GUIState {
    private final Scenario scenario;
    private final LiveAdoptionChart live;
    private final ScenarioProperties properties;
    private JFrame chartFrame;
    private int yearsPublished;
    private volatile String verdict;

    public LangSimWithUI(Scenario scenario, long seed) {
        super(new LangSimModel(scenario, seed));
        this.scenario = scenario;
        this.live = new LiveAdoptionChart(scenario);
        this.properties = new ScenarioProperties(this::model, this::verdict);
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
                + "(share of new work by language, dashed lines are the verdict thresholds; <b>Show</b> picks one panel or all); "
                + "when the run ends the chart and the <b>Model</b> tab show its verdict. <b>Model</b> shows the year, "
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
        verdict = null;
        onSwing(live::clear);
        scheduleRepeatingImmediatelyAfter((Steppable) s -> afterStep());
    }

    /** After each tick: publish the years the model has completed; after its last year, show the verdict and end the run. */
    void afterStep() {
        LangSimModel m = model();
        int ticksPerYear = scenario.simulation().ticksPerYear();
        long steps = m.schedule.getSteps();
        if (steps % ticksPerYear == 0) {
            RunRecord record = m.record();
            int panels = live.panelNames().size();
            int languages = record.languages().size();
            for (int y = yearsPublished; y < record.years(); y++) {
                double[][] shares = new double[panels][languages];
                for (int p = 0; p < panels; p++) {
                    int[] layers = live.panelLayers(p);
                    for (int k = 0; k < languages; k++) shares[p][k] = RunMetrics.share(record, y, layers, k);
                }
                int year = record.startYear() + y;
                onSwing(() -> live.addYear(year, shares));
            }
            yearsPublished = record.years();
        }
        if (steps >= m.totalTicks()) {
            String text = verdictText(scenario, VerdictJudge.judge(scenario.verdict(), m.record()), m.seed());
            verdict = text;
            onSwing(() -> live.showVerdict(text));
            m.kill();
        }
    }

    /** "Verdict of this run (seed 5): Rust is FOUNDATION-LAYER: 58.5% of new foundation+serving work, ...". */
    static String verdictText(Scenario scenario, ReplicationVerdict v, long seed) {
        var spec = scenario.verdict();
        return String.format(Locale.ROOT, "Verdict of this run (seed %d): %s is %s. Share of new work, last %d years: "
                        + "%s %.1f%% (dominant at %.0f%%), %s %.1f%% (foundation-layer at %.0f%%)", seed, spec.language(),
                v.kind().label().toUpperCase(Locale.ROOT), spec.windowYears(), String.join("+", spec.applicationLayers()),
                100 * v.applicationShare(), 100 * spec.dominanceThreshold(), String.join("+", spec.foundationLayers()),
                100 * v.foundationShare(), 100 * spec.foundationThreshold());
    }

    /** The verdict of the run once it has ended, else null. */
    public String verdict() {
        return verdict;
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
        panel.setPreferredSize(new Dimension(760, 900));
        List<String> choices = new ArrayList<>();
        choices.add("all panels");
        choices.addAll(live.panelNames());
        JComboBox<String> selector = new JComboBox<>(choices.toArray(new String[0]));
        selector.addActionListener(e -> live.show(selector.getSelectedIndex() - 1));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel("Show:"));
        top.add(selector);
        chartFrame.getContentPane().add(top, BorderLayout.NORTH);
        chartFrame.getContentPane().add(panel, BorderLayout.CENTER);
        chartFrame.pack();
        chartFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        controller.registerFrame(chartFrame);
        chartFrame.setVisible(true);
    }

    /** Puts the Console at the left of the screen and the chart window beside it, both within the screen. */
    public void placeWindows(Component console) {
        if (chartFrame == null) return;
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Rectangle[] r = sideBySide(screen, console.getSize(), chartFrame.getPreferredSize());
        console.setBounds(r[0]);
        chartFrame.setBounds(r[1]);
    }

    /**
     * Bounds of the Console and the chart window: the Console at the top left, the chart to its right, shrunk to what
     * the screen leaves (at least {@code MIN_CHART_WIDTH} wide, overlapping the Console only on a screen too narrow for both).
     */
    static Rectangle[] sideBySide(Rectangle screen, Dimension console, Dimension chart) {
        int consoleW = Math.min(console.width, screen.width);
        int consoleH = Math.min(console.height, screen.height);
        Rectangle c = new Rectangle(screen.x, screen.y, consoleW, consoleH);
        int w = Math.max(Math.min(MIN_CHART_WIDTH, screen.width), Math.min(chart.width, screen.width - consoleW));
        int h = Math.min(chart.height, screen.height);
        int x = Math.min(c.x + consoleW, screen.x + screen.width - w);
        return new Rectangle[] {c, new Rectangle(x, screen.y, w, h)};
    }

    static final int MIN_CHART_WIDTH = 400;

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
