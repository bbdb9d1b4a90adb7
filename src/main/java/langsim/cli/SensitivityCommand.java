package langsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import langsim.output.AtomicResults;
import langsim.output.OutputLocation;
import langsim.output.SensitivityCsv;
import langsim.sensitivity.IndexRow;
import langsim.sensitivity.TestFunctionStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sensitivity", header = "Check the sensitivity analyses on an analytic test function (Ishigami).", mixinStandardHelpOptions = true,
        description = {"Run the sweep's sampling and sensitivity analysis on a built-in analytic test function and write",
            "sensitivity.csv (output,parameter,method,index,value,ci_low,ci_high,note), to check the numbers against the",
            "published values (Ishigami, a=7, b=0.1: S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437)."})
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--test-function", required = true, paramLabel = "NAME", description = "test function: ishigami")
    String function;

    @Option(names = "--samples", paramLabel = "N", description = "Saltelli base rows / Morris trajectories (default: ${DEFAULT-VALUE})")
    int samples = 1024;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the design and bootstrap (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--method", paramLabel = "M", description = "sobol, morris or all (default: ${DEFAULT-VALUE})")
    String method = "sobol";

    @Option(names = "--bootstrap", paramLabel = "B", description = "bootstrap resamples (default: ${DEFAULT-VALUE})")
    int bootstrap = 1000;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/sensitivity-<function>)")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Override
    public Integer call() {
        String fn = function.toLowerCase(Locale.ROOT);
        if (!TestFunctionStudy.functions().contains(fn)) {
            throw new BadInputException("unknown test function '" + function + "'; known: " + TestFunctionStudy.functions());
        }
        if (samples < 4 || samples > 10_000_000) throw new BadInputException("--samples must be between 4 and 10000000, got " + samples);
        if (bootstrap < 50 || bootstrap > 100_000) throw new BadInputException("--bootstrap must be between 50 and 100000, got " + bootstrap);
        String m = method.toLowerCase(Locale.ROOT);
        if (!List.of("sobol", "morris", "all").contains(m)) {
            throw new BadInputException("--method must be sobol, morris or all, got '" + method + "'");
        }
        Path target = out != null ? out : Path.of("results", "sensitivity-" + fn);
        OutputLocation.prepare(target, RunCommand.outOption(out));
        List<IndexRow> rows = TestFunctionStudy.run(fn, samples, seed, !m.equals("morris"), !m.equals("sobol"), bootstrap, 0.95);
        try (AtomicResults results = AtomicResults.create(target)) {
            results.writeText("sensitivity.csv", SensitivityCsv.write(rows));
            results.commit();
        }
        if (!quiet) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%-6s %-8s %-8s %10s %22s %10s%n", "param", "method", "index", "value", "95% interval", "analytic");
            for (IndexRow r : rows) {
                int j = TestFunctionStudy.ISHIGAMI_PARAMS.indexOf(r.parameter());
                String analytic = r.index().equals("S1") ? fmt(TestFunctionStudy.ISHIGAMI_S1[j])
                        : r.index().equals("ST") ? fmt(TestFunctionStudy.ISHIGAMI_ST[j]) : "";
                o.printf(Locale.ROOT, "%-6s %-8s %-8s %10.4f %10.4f – %-9.4f %10s%n", r.parameter(), r.method(), r.index(),
                        r.value(), r.ciLow(), r.ciHigh(), analytic);
            }
            o.printf("Results in %s%n", target);
            o.flush();
        }
        return 0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
