package langsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import langsim.experiment.Benchmark;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", header = "Measure the model: agent-steps/s, choices/s, wall time and memory at several sizes.", mixinStandardHelpOptions = true,
        description = {"Benchmark one replication on one thread: the scenario as is, then scaled to each size.",
            "Prints agent-steps/s (one agent considered for one tick), choices/s, wall time, peak heap",
            "bytes set-up allocates per individual (a bound of its peak heap, whenever the collector runs)",
            "and heap retained per individual (state and network edges)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "scenario to scale (default: scenarios/baseline.yaml, i.e. the defaults)")
    Path scenarioFile;

    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]", description = "individuals per size (default: ${DEFAULT-VALUE})",
            defaultValue = "10000,100000,1000000")
    int[] sizes;

    @Option(names = "--seed", description = "seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Override
    public Integer call() {
        for (int n : sizes) {
            if (n < 10) throw new BadInputException("--sizes: each size must be at least 10, got " + n);
        }
        Scenario base = scenarioFile == null ? ScenarioLoader.defaults() : ScenarioLoader.load(scenarioFile, List.of());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-22s %10s %7s %6s %9s %14s %12s %9s %9s %11s %9s%n", "run", "people", "firms", "ticks", "wall s",
                "agent-steps/s", "choices/s", "setup MB", "run MB", "setup B/p", "B/person");
        for (Benchmark.Measurement m : Benchmark.run(base, sizes, seed)) {
            out.printf("%-22s %10d %7d %6d %9.3f %14.3e %12.3e %9.1f %9.1f %11.1f %9.1f%n", m.label(), m.individuals(),
                    m.firms(), m.ticks(), m.wallSeconds(), m.agentStepsPerSecond(), m.choicesPerSecond(),
                    m.setupPeakHeapBytes() / 1e6, m.peakHeapBytes() / 1e6, m.setupAllocatedPerIndividual(), m.bytesPerIndividual());
            out.flush();
        }
        return 0;
    }
}
