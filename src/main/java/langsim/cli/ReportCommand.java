package langsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import langsim.report.Report;
import langsim.sweep.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", header = "Rebuild charts/ and report.html of a results folder from its files.", mixinStandardHelpOptions = true,
        description = {"Regenerate charts/ (PNG and SVG) and report.html in an existing results folder from its files,",
            "without re-running the model. Open DIR/report.html in any browser; it needs no network."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "results folder written by 'langsim run'")
    Path dir;

    @Option(names = "--no-charts", description = "write report.html only, without charts")
    boolean noCharts;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() {
        Progress drawing = noCharts ? Progress.none()
                : progress.progress(spec.commandLine().getErr(), quiet, Report.CHART_COUNT, 0, "charts");
        Report.Result r = Report.generate(dir, !noCharts, drawing::update);
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "Report in %s (%d charts in %s, %.1f s)%n", dir.resolve(Report.HTML), r.charts(),
                    dir.resolve(Report.CHARTS), r.seconds());
            o.flush();
        }
        return 0;
    }
}
