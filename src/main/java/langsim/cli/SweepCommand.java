package langsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import langsim.experiment.VerdictKind;
import langsim.sweep.Engines;
import langsim.sweep.Journal;
import langsim.sweep.RunResult;
import langsim.sweep.Shard;
import langsim.sweep.Sweep;
import langsim.sweep.SweepAnalysis;
import langsim.sweep.SweepEngine;
import langsim.sweep.SweepLoader;
import langsim.sweep.SweepMerge;
import langsim.sweep.SweepProvenance;
import langsim.sweep.SweepRunner;
import langsim.sweep.output.SweepWriter;
import langsim.output.OutputLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", header = "Run a parameter sweep and its sensitivity analyses (threads, shards or Spark).", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep (see scenarios/sweeps/): every design point times its replications, on a",
            "thread pool, each run's seed derived from the master seed and the run index. Finished runs go to an",
            "append-only journal (<out>/.journal/sweep.journal); --resume finishes only the missing runs. Writes runs.csv,",
            "points.csv, sensitivity.csv, manifest.json, sweep.resolved.yaml (re-runnable), charts/ and report.html into",
            "results/<sweep name>/ (or --out), all at once.",
            "On a batch scheduler (Slurm arrays): run every --shard I/N (I = 0..N-1) with the same --out, then --merge.",
            "On Spark: --engine spark (spark-submit, or scripts/spark/langsim-spark; local[*] without a cluster)."})
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

    @Option(names = "--shard", paramLabel = "I/N",
            description = "run only shard I of N (the runs i with i mod N = I), journaling into <out>/shards/shard-I-of-N.journal;"
                    + " merge the shards with --merge")
    String shard;

    @Option(names = "--merge", description = "merge the finished shards in --out (all runs exactly once) and write the results")
    boolean merge;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "where runs execute: threads (this JVM, default) or spark (Spark tasks; needs Spark on the classpath)")
    String engine = "threads";

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --engine spark (default: spark-submit's, else local[*])")
    String master;

    @Option(names = SweepProvenance.LABEL, paramLabel = "TEXT",
            description = "name these results in the console, report.html and manifest.json (default: the sweep's name)")
    String label;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--no-charts", description = "skip charts/ (PNG); report.html is still written")
    boolean noCharts;

    @Mixin
    ProgressOptions progress;

    @Option(names = "--stop-after", hidden = true, paramLabel = "N",
            description = "testing: stop after N new runs as if killed (no results written)")
    int stopAfter = -1;

    @Mixin
    CostOptions cost;

    @Override
    public Integer call() {
        int threadCount = ThreadCount.of(threads);
        if (maxRuns < 1) throw new BadInputException("--max-runs must be at least 1, got " + maxRuns);
        if (!engine.equals("threads") && !engine.equals("spark")) {
            throw new BadInputException("--engine must be threads or spark, got '" + engine + "'");
        }
        if (label != null && label.isBlank()) throw new BadInputException("--label must not be empty");
        boolean spark = engine.equals("spark");
        if (master != null && !spark) throw new BadInputException("--master needs --engine spark");
        if (merge && (shard != null || resume || spark || stopAfter >= 0)) {
            throw new BadInputException("--merge runs nothing: it cannot be combined with --shard, --resume, --engine spark"
                    + " or --stop-after");
        }
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        Sweep sweep = SweepLoader.load(sweepFile, maxRuns);
        if (!merge && !spark) cost.checkSweep(sweep, part.size(sweep.runs()), threadCount);
        Path target = out != null ? out : Path.of("results", sweep.name());
        OutputLocation.prepare(target, RunCommand.outOption(out));
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        if (merge) return merge(sweep, target, o);

        Path journal = shard == null ? journalPath(target) : SweepMerge.journal(target, part);
        Journal.refuseForeign(journal);   // before any output or engine start-up
        if (resume && shard == null) carryLegacyJournal(target, journal, err);
        if (resume && !Files.exists(journal) && !quiet) {
            err.println("langsim: no journal at " + journal + "; starting afresh");
        }
        int total = part.size(sweep.runs());
        SweepRunner.Outcome outcome;
        try (SweepEngine runner = spark ? Engines.spark(master) : Engines.threads(threadCount)) {
            if (!quiet) {
                o.printf(Locale.ROOT, "Sweep %s: %s design, %d points x %d replications = %d runs%s on %s%n", header(sweep),
                        sweep.spec().design().label(), sweep.points(), sweep.spec().replications(), sweep.runs(),
                        shard == null ? "" : "; shard " + part.label() + ": " + total + " runs", runner.describe());
                o.flush();
            }
            outcome = SweepRunner.run(sweep, journal, part, runner, resume, stopAfter,
                    already -> progress.progress(err, quiet, total, already, "runs"),
                    damage -> {
                        if (quiet) return;
                        err.println("langsim: warning: " + damage.message());
                        err.flush();
                    });
        }
        if (!outcome.complete()) {
            if (!quiet) o.printf("Stopped after %d new runs; continue with --resume%n", outcome.ran());
            return 0;
        }
        if (shard != null) {
            if (!quiet) {
                o.printf(Locale.ROOT, "Shard %s: %d runs (%d resumed from the journal) in %.1f s: %.2f runs/s; journal %s%n",
                        part.label(), total, outcome.resumed(), outcome.seconds(),
                        outcome.ran() / Math.max(1e-9, outcome.seconds()), journal);
                o.printf("When all %d shards are done: langsim sweep %s --merge --out %s%n", part.count(), sweepFile, target);
                o.flush();
            }
            return 0;
        }
        SweepAnalysis analysis = SweepAnalysis.of(sweep, outcome.results());
        SweepWriter.write(target, analysis, JOURNAL_DIR, !noCharts, arguments());
        if (!quiet) {
            double perRun = outcome.ran() == 0 ? 0 : outcome.journalNanos() / 1e6 / outcome.ran();
            o.printf(Locale.ROOT, "%d runs (%d resumed from the journal) in %.1f s: %.2f runs/s; journal %.2f ms/run%n",
                    outcome.ran() + outcome.resumed(), outcome.resumed(), outcome.seconds(),
                    outcome.ran() / Math.max(1e-9, outcome.seconds()), perRun);
            printVerdicts(o, sweep, outcome.results(), target);
        }
        return 0;
    }

    private int merge(Sweep sweep, Path target, PrintWriter o) {
        RunResult[] results = SweepMerge.collect(sweep, target);
        SweepWriter.write(target, SweepAnalysis.of(sweep, results), SweepMerge.SHARDS, !noCharts, arguments());
        if (!quiet) {
            o.printf(Locale.ROOT, "Sweep %s: merged %d runs from %s%n", header(sweep), results.length,
                    target.resolve(SweepMerge.SHARDS));
            printVerdicts(o, sweep, results, target);
        }
        return 0;
    }

    /** The sweep as the console names it: its name, or "LABEL (sweep NAME)". */
    private String header(Sweep sweep) {
        String title = SweepProvenance.label(sweep, arguments());
        return title.equals(sweep.name()) ? sweep.name() : title + " (sweep " + sweep.name() + ")";
    }

    /** The share of runs with each verdict and its Wilson interval at the sweep's confidence level. */
    private static void printVerdicts(PrintWriter o, Sweep sweep, RunResult[] results, Path target) {
        int[] counts = new int[VerdictKind.values().length];
        for (RunResult r : results) counts[r.verdict().ordinal()]++;
        double confidence = sweep.spec().analysis().confidence();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Verdicts (%d runs; %.0f%% Wilson intervals):",
                results.length, 100 * confidence));
        for (VerdictKind k : VerdictKind.values()) {
            double[] ci = langsim.sensitivity.Wilson.interval(counts[k.ordinal()], results.length, confidence);
            sb.append(String.format(Locale.ROOT, " %s %.1f%% [%.1f, %.1f]", k.label(),
                    100.0 * counts[k.ordinal()] / results.length, 100 * ci[0], 100 * ci[1]));
        }
        o.println(sb);
        o.printf("Results in %s%n", target);
        o.flush();
    }

    /** The command line as typed, from the command name on (for manifest.json). */
    private java.util.List<String> arguments() {
        java.util.List<String> all = spec.commandLine().getParseResult().originalArgs();
        int at = all.indexOf(spec.name());
        return java.util.List.copyOf(at < 0 ? all : all.subList(at, all.size()));
    }

    /**
     * The journal's folder inside the results folder: the journal is written there while the sweep runs (the folder
     * holding the previous results, or only the journal), recognised as langsim's by {@code ResultsFolder}, and
     * carried into the new folder when the results are committed (like {@code shards/} on a merge), so a commit that
     * fails or is killed leaves it where --resume finds it.
     */
    static final String JOURNAL_DIR = ".journal";

    static Path journalPath(Path target) {
        return target.toAbsolutePath().normalize().resolve(JOURNAL_DIR).resolve("sweep.journal");
    }

    /**
     * Journals written by earlier versions sat beside the results folder ({@code <out>.journal}): on --resume with no
     * journal in the folder, such a journal is copied in (and left where it is).
     */
    private void carryLegacyJournal(Path target, Path journal, PrintWriter err) {
        Path abs = target.toAbsolutePath().normalize();
        Path legacy = abs.resolveSibling(abs.getFileName() + ".journal");
        if (Files.exists(journal) || !Files.isRegularFile(legacy, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Journal.refuseForeign(legacy);
        try {
            Files.createDirectories(journal.getParent());
            Files.copy(legacy, journal);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot copy the journal " + legacy + " to " + journal, e);
        }
        if (!quiet) err.println("langsim: continuing from the journal " + legacy + " (copied to " + journal + ")");
    }
}
