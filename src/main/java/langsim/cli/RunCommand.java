package langsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import langsim.config.InputFiles;
import langsim.experiment.Experiment;
import langsim.experiment.ExperimentResult;
import langsim.output.AtomicResults;
import langsim.output.OutputLocation;
import langsim.output.ConsoleSummary;
import langsim.output.RunLabel;
import langsim.output.RunOutputs;
import langsim.sweep.Progress;
import langsim.config.ConfigException;
import langsim.config.TreePaths;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", header = "Run a scenario and print the verdict: is Rust dominant, foundation-layer or niche?", mixinStandardHelpOptions = true,
        description = {"Run a scenario's replications and write timeseries.csv, summary.json, manifest.json and",
            "scenario.resolved.yaml into results/<scenario name>/ (or --out), all at once when the run succeeds.",
            "Prints the verdict: is the judged language (Rust) dominant in AI application development,",
            "a foundation-layer language, or niche?"})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario YAML file (see docs/scenarios.md)")
    Path scenarioFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "override any scenario field, e.g. --set languages.Rust.learning_years=0.75 (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "master seed (same as --set simulation.seed=N)")
    Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "number of replications (same as --set simulation.replications=N)")
    Integer replications;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<scenario name>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "replications run in parallel (default: all cores)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--no-charts", description = "skip charts/ (PNG, SVG); report.html is still written")
    boolean noCharts;

    @Option(names = "--label", paramLabel = "TEXT",
            description = {"name these results in the console, report.html, the charts and manifest.json (default: the",
                "scenario name and the overrides given here, e.g. baseline (languages.Rust.learning_years=0.75, --replications 20))"})
    String label;

    @Mixin
    ProgressOptions progress;

    @Mixin
    CostOptions cost;

    @Override
    public Integer call() throws IOException {
        List<String> sets = new ArrayList<>(overrides);
        List<String> typed = new ArrayList<>();
        for (String o : overrides) typed.add(RunLabel.SET + o);
        if (seed != null) {
            sets.add("simulation.seed=" + seed);
            typed.add("--seed " + seed);
        }
        if (replications != null) {
            if (replications < 1) throw new BadInputException("--replications " + replications + ": must be at least 1");
            sets.add("simulation.replications=" + replications);
            typed.add("--replications " + replications);
        }
        int threadCount = ThreadCount.of(threads);
        if (label != null && label.isBlank()) throw new BadInputException("--label must not be empty");

        Scenario scenario = loadNamingOptions(scenarioFile, sets);
        RunLabel name = new RunLabel(scenario.name(), label, typed);
        cost.checkRun(scenarioFile.toString(), scenario, threadCount);
        Path target = out != null ? out : Path.of("results", scenario.name());
        OutputLocation.prepare(target, outOption(out));
        String sha = InputFiles.sha256(scenarioFile);
        PrintWriter err = spec.commandLine().getErr();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        int total = scenario.simulation().replications();
        AtomicInteger done = new AtomicInteger();
        Progress bar = progress.progress(err, quiet, total, 0, "replications");
        ExperimentResult result = Experiment.run(scenario, threadCount, k -> bar.update(done.addAndGet(k)));
        double wall = (System.nanoTime() - t0) / 1e9;
        try (AtomicResults results = AtomicResults.create(target)) {
            RunOutputs.write(results, result, name, scenarioFile.toString(), sha, sets, threadCount, started, wall);
            Progress drawing = noCharts ? Progress.none()
                    : progress.progress(err, quiet, langsim.report.Report.CHART_COUNT, 0, "charts");
            langsim.report.Report.generate(results.dir(), !noCharts, drawing::update);
            results.commit();
        }
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(ConsoleSummary.format(result, name));
            o.printf("Results in %s (%.1f s)%n", target, wall);
            o.flush();
        }
        return 0;
    }

    /**
     * Loads the scenario; an error in a value that came from {@code --seed} or {@code --replications} names that option
     * as typed ("--replications 200000: value 200000 is out of range ..."), not the --set it stands for.
     */
    private Scenario loadNamingOptions(Path file, List<String> sets) {
        try {
            return ScenarioLoader.load(file, sets);
        } catch (ConfigException e) {
            String[][] options = {{"--seed", seed == null ? null : "simulation.seed=" + seed, String.valueOf(seed)},
                {"--replications", replications == null ? null : "simulation.replications=" + replications, String.valueOf(replications)}};
            for (String[] o : options) {
                if (o[1] != null && e.source().equals(TreePaths.SET_SOURCE + o[1]) && !overrides.contains(o[1])) {
                    throw new BadInputException(o[0] + " " + o[2] + ": " + e.problem());
                }
            }
            throw e;
        }
    }

    /** How an output folder is named in messages: the option if the user gave one, else what it was derived from. */
    static String outOption(Path out) {
        return out != null ? "--out" : "results folder";
    }
}
