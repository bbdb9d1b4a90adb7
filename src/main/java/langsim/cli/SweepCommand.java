package langsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import langsim.experiment.VerdictKind;
import langsim.sweep.Progress;
import langsim.sweep.RunResult;
import langsim.sweep.Sweep;
import langsim.sweep.SweepAnalysis;
import langsim.sweep.SweepLoader;
import langsim.sweep.SweepRunner;
import langsim.sweep.SweepWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep (see scenarios/sweeps/): every design point times its replications, on a",
            "thread pool, each run's seed derived from the master seed and the run index. Finished runs go to an",
            "append-only journal (<out>.journal); --resume finishes only the missing runs. Writes runs.csv, points.csv,",
            "sensitivity.csv, charts/ and report.html into results/<sweep name>/ (or --out), all at once."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "sweep YAML file")
    Path sweepFile;

    @Option(names = "--threads", paramLabel = "N", description = "runs in parallel (default: all cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<sweep name>)")
    Path out;

    @Option(names = "--resume", description = "continue an interrupted sweep: keep the journal's finished runs")
    boolean resume;

    @Option(names = "--max-runs", paramLabel = "N", description = "refuse designs needing more runs (default: ${DEFAULT-VALUE})")
    long maxRuns = SweepLoader.DEFAULT_MAX_RUNS;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--stop-after", hidden = true, paramLabel = "N",
            description = "testing: stop after N new runs as if killed (no results written)")
    int stopAfter = -1;

    @Override
    public Integer call() {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) throw new BadInputException("--threads must be at least 1, got " + threadCount);
        if (maxRuns < 1) throw new BadInputException("--max-runs must be at least 1, got " + maxRuns);
        Sweep sweep = SweepLoader.load(sweepFile, maxRuns);
        Path target = out != null ? out : Path.of("results", sweep.name());
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInputException("--out " + target + " exists and is not a folder");
        }
        Path journal = journalPath(target);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        if (!quiet) {
            o.printf(Locale.ROOT, "Sweep %s: %s design, %d points x %d replications = %d runs on %d threads%n", sweep.name(),
                    sweep.spec().design().label(), sweep.points(), sweep.spec().replications(), sweep.runs(), threadCount);
            o.flush();
        }
        if (resume && !Files.exists(journal) && !quiet) {
            err.println("langsim: no journal at " + journal + "; starting afresh");
        }
        boolean terminal = System.console() != null;
        int total = (int) sweep.runs();
        SweepRunner.Outcome outcome = SweepRunner.run(sweep, journal, threadCount, resume, stopAfter,
                already -> quiet ? Progress.none() : new Progress(err, terminal, total, already));
        if (!outcome.complete()) {
            if (!quiet) o.printf("Stopped after %d new runs; continue with --resume%n", outcome.ran());
            return 0;
        }
        SweepAnalysis analysis = SweepAnalysis.of(sweep, outcome.results());
        SweepWriter.write(target, analysis);
        if (!quiet) {
            double perRun = outcome.ran() == 0 ? 0 : outcome.journalNanos() / 1e6 / outcome.ran();
            o.printf(Locale.ROOT, "%d runs (%d resumed from the journal) in %.1f s: %.2f runs/s; journal %.2f ms/run%n",
                    outcome.ran() + outcome.resumed(), outcome.resumed(), outcome.seconds(),
                    outcome.ran() / Math.max(1e-9, outcome.seconds()), perRun);
            int[] counts = new int[VerdictKind.values().length];
            for (RunResult r : outcome.results()) counts[r.verdict().ordinal()]++;
            StringBuilder sb = new StringBuilder("Verdicts:");
            for (VerdictKind k : VerdictKind.values()) {
                sb.append(String.format(Locale.ROOT, " %s %.1f%%", k.label(), 100.0 * counts[k.ordinal()] / total));
            }
            o.println(sb);
            o.printf("Results in %s%n", target);
            o.flush();
        }
        return 0;
    }

    static Path journalPath(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".journal");
    }
}
