package langsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import langsim.compare.Compatibility;
import langsim.compare.CompareFolder;
import langsim.compare.CompareOutputs;
import langsim.compare.CompareSummaryJson;
import langsim.compare.ComparedRuns;
import langsim.compare.Comparison;
import langsim.compare.ScenarioComparison;
import langsim.config.InputFiles;
import langsim.experiment.Experiment;
import langsim.experiment.ExperimentResult;
import langsim.experiment.Seeds;
import langsim.output.AtomicResults;
import langsim.output.RunLabel;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import langsim.sweep.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", header = "What does a scenario change against a baseline? Paired differences with common random numbers.",
        mixinStandardHelpOptions = true,
        description = {"Runs the scenarios (the first is the baseline) with the same master seed and replications, so that",
            "replication i of every scenario uses the same seeds and the same random stream per mechanism (docs/ODD.md,",
            "Stochasticity), and writes the paired differences: differences.csv, summary.json (mean difference and 95%%",
            "interval of every headline figure), manifest.json, charts/ and report.html into results/compare-<A>-<B>/",
            "(or --out), all at once. Given results folders of 'langsim run' instead, compares them if they were run",
            "with the same seeds."})
final class CompareCommand implements Callable<Integer> {
    /** Added to the replication index to derive an unrelated master seed per scenario under --independent. */
    static final long INDEPENDENT_OFFSET = 1L << 40;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0..*", arity = "2..*", paramLabel = "SCENARIO|FOLDER",
            description = "two or more scenario YAML files, or two or more results folders of 'langsim run'; the first is the baseline")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "override a field in every scenario (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "master seed of every scenario (default: the baseline's)")
    Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "replications of every scenario (default: the baseline's)")
    Integer replications;

    @Option(names = "--independent",
            description = {"give each scenario after the baseline a master seed of its own (derived from the",
                "master seed and its position): the unpaired comparison that common random numbers improve on;",
                "with folders: accept folders run with different seeds"})
    boolean independent;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/compare-<A>-<B>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "replications run in parallel (default: all cores)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--no-charts", description = "skip charts/ (PNG, SVG); report.html is still written")
    boolean noCharts;

    @Option(names = "--label", paramLabel = "TEXT", description = "name this comparison in report.html, the console and manifest.json")
    String label;

    @Mixin
    ProgressOptions progress;

    @Mixin
    CostOptions cost;

    @Override
    public Integer call() {
        int threadCount = ThreadCount.of(threads);
        if (label != null && label.isBlank()) throw new BadInputException("--label must not be empty");
        if (replications != null && replications < 1) throw new BadInputException("--replications " + replications + ": must be at least 1");
        boolean folders = Files.isDirectory(inputs.get(0));
        for (Path p : inputs) {
            if (Files.isDirectory(p) != folders) {
                throw new BadInputException(p + ": give scenario files or results folders, not both (the baseline "
                        + inputs.get(0) + " is " + (folders ? "a folder" : "not a folder") + ")");
            }
        }
        if (folders) {
            for (String[] o : new String[][] {{"--set", overrides.isEmpty() ? null : ""}, {"--seed", seed == null ? null : ""},
                {"--replications", replications == null ? null : ""}}) {
                if (o[1] != null) throw new BadInputException(o[0] + ": results folders are compared as they were run; re-run them to change it");
            }
        }
        List<String> typed = typedArguments();
        PrintWriter err = spec.commandLine().getErr();
        Comparison comparison;
        List<CompareOutputs.Source> sources = new ArrayList<>();
        Path target;
        if (folders) {
            List<ComparedRuns> sides = readFolders();
            for (Path p : inputs) sources.add(new CompareOutputs.Source(p.toString(), null));
            target = target(inputs.stream().map(p -> p.toAbsolutePath().normalize().getFileName().toString()).toList());
            prepare(target);
            comparison = Comparison.of(sides, independent);
        } else {
            List<Scenario> scenarios = loadScenarios();
            for (int i = 0; i < scenarios.size(); i++) cost.checkRun(inputs.get(i).toString(), scenarios.get(i), threadCount);
            for (Path p : inputs) sources.add(new CompareOutputs.Source(p.toString(), InputFiles.sha256(p)));
            target = target(scenarios.stream().map(Scenario::name).toList());
            prepare(target);
            comparison = Comparison.of(run(scenarios, typed, threadCount, err), independent);
        }
        String title = label != null ? label.strip().replaceAll("\\s+", " ") : defaultTitle(comparison, typed);
        try (AtomicResults results = AtomicResults.create(target, RunCommand.outOption(out))) {
            CompareOutputs.write(results, comparison, title, folders ? "folders" : "scenarios", sources, typed, !noCharts);
            results.commit();
        }
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.println("Compare " + title + " (" + comparison.baseline().replications() + " replications, " + comparison.pairing() + ")");
            for (ScenarioComparison s : comparison.scenarios()) o.println("  " + CompareSummaryJson.answer(comparison, s));
            o.println("Results in " + target);
            o.flush();
        }
        return 0;
    }

    private List<String> typedArguments() {
        List<String> typed = new ArrayList<>();
        for (String o : overrides) typed.add(RunLabel.SET + o);
        if (seed != null) typed.add("--seed " + seed);
        if (replications != null) typed.add("--replications " + replications);
        if (independent) typed.add("--independent");
        return typed;
    }

    /**
     * The baseline with --set, --seed and --replications; then every other scenario with the same overrides and the
     * baseline's master seed and replications (or, with --independent, a master seed of its own).
     */
    private List<Scenario> loadScenarios() {
        List<String> sets = new ArrayList<>(overrides);
        if (seed != null) sets.add("simulation.seed=" + seed);
        if (replications != null) sets.add("simulation.replications=" + replications);
        Scenario base = ScenarioLoader.load(inputs.get(0), sets);
        long master = base.simulation().seed();
        List<Scenario> out = new ArrayList<>(List.of(base));
        for (int i = 1; i < inputs.size(); i++) {
            List<String> own = new ArrayList<>(overrides);
            long s = independent ? Seeds.derive(master, INDEPENDENT_OFFSET + i) : master;
            own.add("simulation.seed=" + s);
            own.add("simulation.replications=" + base.simulation().replications());
            Scenario other = ScenarioLoader.load(inputs.get(i), own);
            Compatibility.checkScenarios(inputs.get(0).toString(), base, inputs.get(i).toString(), other);
            out.add(other);
        }
        return out;
    }

    private List<ComparedRuns> run(List<Scenario> scenarios, List<String> typed, int threadCount, PrintWriter err) {
        Scenario base = scenarios.get(0);
        int n = base.simulation().replications();
        AtomicInteger done = new AtomicInteger();
        Progress bar = progress.progress(err, quiet, n * scenarios.size(), 0, "replications");
        // what applies to every side (--set, --seed, --replications) names the comparison, not each side
        List<String> titles = uniqueTitles(scenarios.stream().map(Scenario::name).toList());
        List<ComparedRuns> sides = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            ExperimentResult result = Experiment.run(scenarios.get(i), threadCount, k -> bar.update(done.addAndGet(k)));
            sides.add(ComparedRuns.of(result, titles.get(i), base.layerNames(), base.languageNames()));
        }
        return sides;
    }

    private List<ComparedRuns> readFolders() {
        ComparedRuns base = CompareFolder.read(inputs.get(0), null, null);
        List<ComparedRuns> sides = new ArrayList<>(List.of(base));
        for (int i = 1; i < inputs.size(); i++) {
            String source = inputs.get(i).toString();
            Scenario other = ScenarioLoader.load(inputs.get(i).resolve("scenario.resolved.yaml"), List.of());
            Compatibility.checkScenarios(inputs.get(0).toString(), base.scenario(), source, other);
            ComparedRuns side = CompareFolder.read(inputs.get(i), base.layers(), base.languages());
            Compatibility.checkSeeds(inputs.get(0).toString(), base, source, side, independent);
            sides.add(side);
        }
        List<String> titles = uniqueTitles(sides.stream().map(ComparedRuns::title).toList());
        List<ComparedRuns> out = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            ComparedRuns s = sides.get(i);
            out.add(new ComparedRuns(titles.get(i), s.scenario(), s.masterSeed(), s.seeds(), s.layers(), s.languages(), s.startYear(), s.newWork()));
        }
        return out;
    }

    /** Titles as given, the second and later of equal ones numbered ("baseline", "baseline #2"). */
    static List<String> uniqueTitles(List<String> titles) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String t : titles) {
            String u = t;
            for (int k = 2; !seen.add(u); k++) u = t + " #" + k;
            out.add(u);
        }
        return out;
    }

    /** Checks the results folder before any run: never one that holds an input (it would be replaced). */
    private void prepare(Path target) {
        Path t = target.toAbsolutePath().normalize();
        for (Path p : inputs) {
            if (p.toAbsolutePath().normalize().startsWith(t)) {
                throw new BadInputException(RunCommand.outOption(out) + " '" + target + "' holds the input " + p
                        + ", which the results would replace; choose another results folder");
            }
        }
        langsim.output.OutputLocation.prepare(target, RunCommand.outOption(out));
    }

    private Path target(List<String> names) {
        if (out != null) return out;
        return Path.of("results", "compare-" + String.join("-", names));
    }

    /** "B, C against A", with the arguments that apply to all: "B against A (--replications 20)". */
    private static String defaultTitle(Comparison c, List<String> typed) {
        List<String> names = new ArrayList<>();
        for (ScenarioComparison s : c.scenarios()) names.add(s.runs().title());
        String args = new RunLabel("", null, typed).overrides();
        return String.join(", ", names) + " against " + c.baseline().title() + (args.isEmpty() ? "" : " (" + args + ")");
    }
}
