package langsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import langsim.gui.LiveView;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

@Command(name = "gui", header = "Watch a scenario run live in MASON's Console.", mixinStandardHelpOptions = true,
        description = {"Open the live view: MASON's Console (play, pause, step, restart with a new seed, model",
            "parameters in the Model tab) and a window with the adoption curves per layer, growing year by year.",
            "Needs a display; closing the Console quits."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario YAML file (see docs/scenarios.md)")
    Path scenarioFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override any scenario field (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "seed of the first run (default: the scenario's simulation.seed)")
    Long seed;

    @Override
    public Integer call() throws InterruptedException {
        LiveView.displayProblem().ifPresent(p -> {
            throw new BadInputException(p);
        });
        Scenario scenario = ScenarioLoader.load(scenarioFile, overrides);
        Console console;
        try {
            console = LiveView.open(scenario, seed != null ? seed : scenario.simulation().seed());
        } catch (IllegalStateException e) {
            throw new BadInputException(e.getMessage());
        }
        // MASON quits the program when its last Console closes; until then keep this thread waiting
        CountDownLatch closed = new CountDownLatch(1);
        console.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }
}
