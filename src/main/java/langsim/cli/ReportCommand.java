package langsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import langsim.calibrate.CalibrationOutputs;
import langsim.output.FolderKind;
import langsim.report.Report;
import langsim.sweep.Progress;
import langsim.sweep.output.SweepWriter;
import langsim.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", header = "Rebuild the report and charts of a results folder from its files.", mixinStandardHelpOptions = true,
        description = {"Regenerate the report and charts of an existing results folder from its files, without re-running",
            "anything: the same bytes as the command that wrote it. The kind of folder is told by its files:",
            "run and sweep folders get charts/ (PNG and SVG) and report.html (open it in any browser; it needs no",
            "network), verify folders verify.png/.svg, calibration folders fit.png/.svg and profile.png/.svg. Each file is replaced at once;",
            "a charts/ folder holding anything langsim did not draw is left alone (exit 2)."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "results folder written by 'langsim run', 'sweep', 'verify --out' or 'calibrate'")
    Path dir;

    @Option(names = "--no-charts", description = "run and sweep folders: write report.html only, without charts")
    boolean noCharts;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() {
        FolderKind kind = FolderKind.of(dir);
        long t0 = System.nanoTime();
        String done = switch (kind) {
            case RUN -> {
                Progress drawing = noCharts ? Progress.none()
                        : progress.progress(spec.commandLine().getErr(), quiet, Report.CHART_COUNT, 0, "charts");
                Report.Result r = Report.generate(dir, !noCharts, drawing::update);
                yield String.format(Locale.ROOT, "Report in %s (%d charts in %s, %.1f s)", dir.resolve(Report.HTML), r.charts(),
                        dir.resolve(Report.CHARTS), r.seconds());
            }
            case SWEEP -> {
                int charts = SweepWriter.rebuildReport(dir, !noCharts);
                yield String.format(Locale.ROOT, "Sweep report in %s (%d charts in %s, %.1f s)", dir.resolve("report.html"),
                        charts, dir.resolve("charts"), (System.nanoTime() - t0) / 1e9);
            }
            case VERIFY -> {
                if (noCharts) yield "Nothing to do: the report of a verify folder is its chart (verify.txt is the table)";
                Verifier.rebuildChart(dir);
                yield "Verify chart in " + dir.resolve("verify.png") + " and verify.svg";
            }
            case CALIBRATION -> {
                if (noCharts) yield "Nothing to do: the report of a calibration folder is its chart (summary.txt is the text)";
                CalibrationOutputs.rebuildChart(dir);
                yield "Calibration charts in " + dir.resolve("fit.png") + " and fit.svg (and profile.png/.svg when the folder has a loss slice)";
            }
            case BACKTEST -> "Nothing to rebuild: a backtest folder's report is backtest.txt, written with backtest.csv";
        };
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.println(done);
            o.flush();
        }
        return 0;
    }
}
