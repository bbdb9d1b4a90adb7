package langsim.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import langsim.chart.TestResults;
import langsim.scenario.Scenario;
import sim.display.Console;

/**
 * Run in a child JVM under a virtual display by {@link LiveViewXvfbTest}: opens the live view, presses play,
 * waits for the run to end (its verdict), takes a screenshot, then closes the Console (which quits).
 * Exit code 0 means it all worked; 3 means the chart did not fill in time.
 */
public final class GuiSmoke {
    private GuiSmoke() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = TestResults.scenario();
        Console console = LiveView.open(scenario, 5);
        LangSimWithUI ui = (LangSimWithUI) console.getSimulation();
        SwingUtilities.invokeAndWait(console::pressPlay);
        // the tiny scenario runs to its end in seconds: wait for the verdict
        long deadline = System.currentTimeMillis() + 60_000;
        while (ui.verdict() == null && System.currentTimeMillis() < deadline) Thread.sleep(100);
        Thread.sleep(500);
        int[] years = {0};
        String[] shown = {""};
        SwingUtilities.invokeAndWait(() -> {
            years[0] = ui.liveChart().years();
            shown[0] = ui.liveChart().verdictText();
        });
        if (ui.verdict() == null || years[0] < 2) {
            System.err.println("chart showed " + years[0] + " years, verdict " + ui.verdict());
            System.exit(3);
        }
        boolean apart = !console.getBounds().intersects(ui.chartFrame().getBounds());
        if (args.length > 0) {
            Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
            BufferedImage shot = new Robot().createScreenCapture(screen);
            ImageIO.write(shot, "png", new File(args[0]));
        }
        System.out.println("years shown: " + years[0] + "; frames: " + List.of(ui.chartFrame().getTitle())
                + "; windows apart: " + apart + " (" + console.getBounds() + ", " + ui.chartFrame().getBounds() + ")"
                + "; verdict shown: " + shown[0]);
        SwingUtilities.invokeLater(console::doClose); // MASON quits (exit 0) when its last Console closes
        Thread.sleep(20_000);
        System.exit(4);
    }
}
