package langsim.gui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.SwingUtilities;

import langsim.scenario.Scenario;
import sim.display.Console;

/** Opens the live view: a MASON Console with the model, plus the adoption chart window. */
public final class LiveView {
    private LiveView() {
    }

    /** Why no window can be opened here, if so (no display); empty when one can. */
    public static Optional<String> displayProblem() {
        if (GraphicsEnvironment.isHeadless()) {
            String display = System.getenv("DISPLAY");
            return Optional.of(display == null || display.isBlank()
                    ? "no display: the live view needs a graphical desktop (DISPLAY is not set); "
                    + "use 'langsim run' and open report.html, or run under xvfb-run"
                    : "no display: Java runs headless (java.awt.headless=true), the live view needs a window");
        }
        return Optional.empty();
    }

    /**
     * Creates and shows the Console on the Swing thread and returns it. Throws {@link IllegalStateException}
     * with a one-line message when the display cannot be opened.
     */
    public static Console open(Scenario scenario, long seed) {
        displayProblem().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        AtomicReference<Console> console = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                LangSimWithUI ui = new LangSimWithUI(scenario, seed);
                Console c = new Console(ui);
                ui.placeWindows(c); // MASON puts the Console over the chart's title otherwise
                c.setVisible(true);
                console.set(c);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the window");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AWTError || cause instanceof HeadlessException || cause instanceof UnsatisfiedLinkError) {
                throw new IllegalStateException("cannot open the display " + System.getenv("DISPLAY") + ": " + cause.getMessage());
            }
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(String.valueOf(cause), cause);
        }
        return console.get();
    }
}
