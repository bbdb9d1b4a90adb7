package langsim.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import langsim.model.LangSimModel;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;

/**
 * Measures the model's cost: one replication on one thread at a given number of individuals (firms
 * scaled along: one per 50 people), reporting agent-steps per second (one agent considered for one
 * tick), logit choices per second, wall time, peak heap during set-up and during the run, the bytes set-up allocates
 * per individual (a bound of its peak above the heap before it that, unlike the pools' peaks, does not depend on
 * whether a collection happened to run during set-up), and the heap retained per individual after set-up (state plus
 * network edges).
 */
public final class Benchmark {
    private Benchmark() {
    }

    public record Measurement(String label, int individuals, int firms, long ticks, double wallSeconds, long agentSteps,
                              long choices, long setupPeakHeapBytes, long peakHeapBytes,
                              double setupAllocatedPerIndividual, double bytesPerIndividual) {
        public double agentStepsPerSecond() {
            return agentSteps / wallSeconds;
        }

        public double choicesPerSecond() {
            return choices / wallSeconds;
        }
    }

    /** The scenario scaled to {@code individuals} people, in the scenario's researcher/engineer proportion. */
    public static Scenario scaled(Scenario base, int individuals) {
        int researchers = base.agents().researchers().count();
        int engineers = base.agents().systemsEngineers().count();
        int r = (int) Math.round((double) individuals * researchers / (researchers + engineers));
        int firms = Math.max(1, individuals / 50);
        return ScenarioLoader.override(base, List.of("agents.researchers.count=" + r,
                "agents.systems_engineers.count=" + (individuals - r), "agents.firms.count=" + firms,
                "simulation.replications=1"));
    }

    public static Measurement measure(String label, Scenario scenario, long seed) {
        int people = scenario.agents().researchers().count() + scenario.agents().systemsEngineers().count();
        long before = settledHeap();
        resetPeaks();
        long allocatedBefore = allocatedBytes();
        LangSimModel model = new LangSimModel(scenario, seed);
        model.start();
        double setupAllocated = (allocatedBytes() - allocatedBefore) / (double) Math.max(1, people);
        long setupPeak = peakHeap(); // includes the transient edge list the peer graph is sorted from
        double perIndividual = (settledHeap() - before) / (double) Math.max(1, people);
        resetPeaks();
        long t0 = System.nanoTime();
        long ticks = model.totalTicks();
        while (model.schedule.getSteps() < ticks && model.schedule.step(model)) {
            // run to the end
        }
        model.finish();
        double wall = (System.nanoTime() - t0) / 1e9;
        RunRecord record = model.record();
        return new Measurement(label, people, scenario.agents().firms().count(), ticks, wall, record.agentSteps(),
                record.choices(), setupPeak, peakHeap(), setupAllocated, perIndividual);
    }

    /** Warm-up run so that JIT compilation is not billed to the first size. */
    public static List<Measurement> run(Scenario base, int[] sizes, long seed) {
        measure("warm-up", scaled(base, Math.min(sizes[0], 20_000)), seed);
        List<Measurement> out = new ArrayList<>();
        out.add(measure("baseline", ScenarioLoader.override(base, List.of("simulation.replications=1")), seed));
        for (int n : sizes) out.add(measure(n + " individuals", scaled(base, n), seed));
        return out;
    }

    private static long settledHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
