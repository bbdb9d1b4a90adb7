package langsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import langsim.verify.Outcome;
import langsim.verify.ReferenceModel;
import langsim.verify.Verifier;
import langsim.output.OutputLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", header = "Dock the engine against published models (Bass, Abrams-Strogatz, Arthur).", mixinStandardHelpOptions = true,
        description = {"Dock the simulation engine against published models: Bass diffusion (bass), Abrams-Strogatz",
            "language competition (abrams-strogatz) and Arthur's increasing-returns lock-in (arthur), each built from",
            "the same parts as the adoption model (MASON schedule, derived seeds, replication statistics, charts).",
            "Prints model, parameters, the published result, the simulated result with its 95%% interval, the",
            "tolerance and PASS/FAIL. See docs/validation.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:failure while running or writing (or an internal error)",
            "2:bad input (unknown model or parameter, bad value)", "3:a check FAILED (a model outside its tolerance)"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "bass, abrams-strogatz or arthur (default: all three)")
    String name;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = {"change a parameter of the named model, by the paper's name (repeatable), e.g.",
                "bass: p q N steps years runs; abrams-strogatz: a s c x0 N T steps every runs;",
                "arthur: aR bR aS bS r s runs max_arrivals"})
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/verify.csv, verify.txt and the chart verify.png/.svg")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default " + Verifier.DEFAULT_SEED + ")")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "replications run in parallel (default: all cores)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors; the exit code says PASS (0) or FAIL (3)")
    boolean quiet;

    @Override
    public Integer call() {
        if (!sets.isEmpty() && name == null) throw new BadInputException("--set needs a model NAME (bass, abrams-strogatz or arthur)");
        int threadCount = ThreadCount.of(threads);
        if (out != null) OutputLocation.prepare(out, "--out");
        List<ReferenceModel> models = name == null ? Verifier.models() : List.of(Verifier.byName(name));
        long master = seed == null ? Verifier.DEFAULT_SEED : seed;
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Outcome> outcomes = Verifier.runAll(models, sets, master, threadCount, quiet ? null : err);
        boolean ok = outcomes.stream().allMatch(Outcome::passed);
        if (!quiet) {
            o.print(Verifier.table(outcomes));
            o.println(ok ? "verify: all checks PASS" : "verify: FAIL (see the rows marked FAIL)");
        }
        if (out != null) {
            Verifier.write(out, outcomes, master);
            if (!quiet) o.println("Wrote " + out.resolve("verify.csv") + " and the chart " + out.resolve("verify.png"));
        }
        o.flush();
        return ok ? 0 : Main.EXIT_CHECK_FAILED;
    }
}
