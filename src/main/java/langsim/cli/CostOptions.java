package langsim.cli;

import langsim.calibrate.Calibration;
import langsim.experiment.CostEstimate;
import langsim.experiment.CostGuard;
import langsim.experiment.RunSize;
import langsim.scenario.Scenario;
import langsim.sweep.Sweep;
import picocli.CommandLine.Option;

/**
 * The {@code --allow-large} option and the cost guard of {@code run}, {@code sweep} and {@code calibrate}: called
 * after loading, before any output folder is touched or any run starts.
 */
final class CostOptions {
    @Option(names = "--allow-large",
            description = "run even if the estimated wall time is over 1 hour (nothing runs if the estimated heap exceeds the JVM's)")
    boolean allowLarge;

    void checkRun(String source, Scenario scenario, int threads) {
        check(source, CostGuard.replications(RunSize.of(scenario), scenario.simulation().replications(), threads, cores()));
    }

    void checkSweep(Sweep sweep, long runs, int threads) {
        check(sweep.file().toString(), estimate(sweep, runs, threads, cores()));
    }

    void checkCalibration(Calibration cal, int threads) {
        check(cal.file().toString(), estimate(cal, threads, cores()));
    }

    /** Every design point's size is known before the sweep starts: the largest is the bound. */
    static CostEstimate estimate(Sweep sweep, long runs, int threads, int cores) {
        RunSize base = RunSize.of(sweep.base());
        RunSize largest = base;
        for (double[] point : sweep.design().values()) {
            RunSize size = base;
            for (int j = 0; j < point.length; j++) size = size.with(sweep.parameters().get(j).path(), point[j]);
            largest = largest.costlier(size);
        }
        return CostGuard.sweep(largest, runs, threads, cores);
    }

    /** Fitted parameters may move anywhere within their bounds: the costlier end of each is the bound. */
    static CostEstimate estimate(Calibration cal, int threads, int cores) {
        RunSize largest = RunSize.of(cal.base());
        for (Calibration.Param p : cal.params()) {
            largest = largest.with(p.path(), p.min()).costlier(largest.with(p.path(), p.max()));
        }
        var spec = cal.spec();
        // restarts and slice evaluate with `replications`; the ensemble's members run `final_replications` each
        long evaluations = (long) spec.restarts() * spec.evaluations() + (long) cal.params().size() * spec.profilePoints()
                + (long) Math.ceil((double) spec.ensembleSize() * spec.finalReplications() / spec.replications());
        return CostGuard.calibration(largest, (int) Math.min(Integer.MAX_VALUE, evaluations), spec.replications(), spec.finalReplications(),
                threads, cores);
    }

    private void check(String source, CostEstimate estimate) {
        CostGuard.check(source, estimate, Runtime.getRuntime().maxMemory(), allowLarge);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
