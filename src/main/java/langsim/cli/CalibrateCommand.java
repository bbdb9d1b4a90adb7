package langsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import langsim.calibrate.Backtest;
import langsim.calibrate.Calibration;
import langsim.calibrate.CalibrationOutputs;
import langsim.calibrate.CalibrationResult;
import langsim.output.OutputLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "calibrate", header = "Fit scenario parameters to historical data with CMA-ES; report held-out error.", mixinStandardHelpOptions = true,
        description = {"Fit scenario parameters to historical observations with CMA-ES (Commons Math): bounded, seeded,",
            "replications per evaluation, several restarts from spread starts. Then a slice of the loss per parameter",
            "(identified / one-sided / flat) and an ensemble of parameter sets as good as the best, for predictive",
            "intervals. Writes fitted-scenario.yaml (ready to run), parameters.csv, fit.csv (observed against simulated",
            "with 95%% intervals, fit / held-out), history.csv, restarts.csv, profile.csv, ensemble.csv, summary.txt and",
            "the charts fit.png/.svg and profile.png/.svg into results/calibration-<name>/ (or --out), and prints the",
            "error on the held-out years.",
            "With --backtest: for each origin year, fits on the observations up to it and forecasts the later years,",
            "against naive forecasts (persistence, linear and log-linear trend) with 95%% predictive intervals; prints a",
            "table per origin and a summary, writes backtest.csv and backtest.txt into results/backtest-<name>/ (or --out).",
            "See docs/validation.md and scenarios/calibration/."})
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "calibration file (YAML)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/calibration-<name>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "replications run in parallel (default: all cores)")
    Integer threads;

    @Option(names = "--evaluations", paramLabel = "N", description = "override the file's evaluation budget per restart")
    Integer evaluations;

    @Option(names = "--restarts", paramLabel = "N", description = "override the file's number of CMA-ES restarts")
    Integer restarts;

    @Option(names = {"-q", "--quiet"}, description = "no progress line")
    boolean quiet;

    @Option(names = "--no-charts", description = "skip fit.png / fit.svg")
    boolean noCharts;

    @Option(names = "--backtest", description = "backtest: fit up to each origin year, forecast the later years, compare with naive forecasts")
    boolean backtest;

    @Option(names = "--origins", split = ",", paramLabel = "YEAR", description = "backtest origin years, e.g. 2019,2020,2021 "
            + "(default: the third observed year to the last but one)")
    List<Integer> origins;

    @Mixin
    CostOptions cost;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() {
        int threadCount = ThreadCount.of(threads);
        if (evaluations != null && evaluations < 2) throw new BadInputException("--evaluations must be at least 2, got " + evaluations);
        if (restarts != null && (restarts < 1 || restarts > 1000)) throw new BadInputException("--restarts must be in [1, 1000], got " + restarts);
        if (origins != null && !backtest) throw new BadInputException("--origins needs --backtest");
        Calibration cal = Calibration.load(file);
        if (evaluations != null) cal = cal.withEvaluations(evaluations);
        if (restarts != null) cal = cal.withRestarts(restarts);
        cost.checkCalibration(cal, threadCount);
        if (backtest) return backtest(cal, threadCount);
        Path target = out != null ? out : Path.of("results", "calibration-" + cal.spec().name());
        OutputLocation.prepare(target, RunCommand.outOption(out));
        PrintWriter err = spec.commandLine().getErr();
        ProgressOptions.Style style = quiet ? ProgressOptions.Style.NONE : progressOptions.style();
        CalibrationResult result = cal.fit(threadCount, p -> progress(err, style, "", p));
        CalibrationOutputs.write(target, result, !noCharts);
        PrintWriter o = spec.commandLine().getOut();
        o.print(result.summary());
        o.println("Results in " + target + " (fitted scenario: " + target.resolve("fitted-scenario.yaml") + ")");
        o.flush();
        return 0;
    }

    private int backtest(Calibration cal, int threadCount) {
        List<Integer> years = origins != null ? origins : Backtest.defaultOrigins(cal);
        Backtest.checkOrigins(cal, years);
        Path target = out != null ? out : Path.of("results", "backtest-" + cal.spec().name());
        OutputLocation.prepare(target, RunCommand.outOption(out));
        PrintWriter err = spec.commandLine().getErr();
        ProgressOptions.Style style = quiet ? ProgressOptions.Style.NONE : progressOptions.style();
        Backtest result = Backtest.run(cal, years, threadCount, (origin, p) -> progress(err, style, "origin " + origin + "  ", p));
        result.write(target);
        PrintWriter o = spec.commandLine().getOut();
        o.print(result.tables());
        o.print(result.summary());
        o.println("Results in " + target + " (backtest.csv, backtest.txt)");
        o.flush();
        return 0;
    }

    /** One line redrawn in place on a terminal, a plain line every 10 evaluations elsewhere (--progress). */
    private static void progress(PrintWriter err, ProgressOptions.Style style, String prefix, Calibration.Progress p) {
        if (style == ProgressOptions.Style.NONE) return;
        String line = prefix + String.format(Locale.ROOT, "evaluation %d/%d  error %.5g  best %.5g", p.evaluation(), p.budget(), p.error(), p.best());
        if (style == ProgressOptions.Style.REDRAW) {
            err.print("\r" + line + "   ");
            if (p.evaluation() == p.budget()) err.println();
        } else if (p.evaluation() % 10 == 0 || p.evaluation() == 1) {
            err.println(line);
        }
        err.flush();
    }
}
