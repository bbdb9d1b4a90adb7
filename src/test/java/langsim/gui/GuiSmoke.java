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
 * waits for two simulated years on the chart, takes a screenshot, then closes the Console (which quits).
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
        long deadline = System.currentTimeMillis() + 60_000;
        int[] years = {0};
        while (years[0] < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            SwingUtilities.invokeAndWait(() -> years[0] = ui.liveChart().years());
        }
        if (years[0] < 2) {
            System.err.println("chart showed " + years[0] + " years");
            System.exit(3);
        }
        SwingUtilities.invokeAndWait(console::pressPause);
        Thread.sleep(500);
        if (args.length > 0) {
            Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
            BufferedImage shot = new Robot().createScreenCapture(screen);
            ImageIO.write(shot, "png", new File(args[0]));
        }
        System.out.println("years shown: " + years[0] + "; frames: " + List.of(ui.chartFrame().getTitle()));
        SwingUtilities.invokeLater(console::doClose); // MASON quits (exit 0) when its last Console closes
        Thread.sleep(20_000);
        System.exit(4);
    }
}
