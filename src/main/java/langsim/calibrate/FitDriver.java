package langsim.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole fit, in order: the CMA-ES restarts ({@link Restarts}), the final replications at the best fit and at the
 * start values, the loss slice around the best fit ({@link Profile}) and the ensemble of parameter sets behind the
 * predictive intervals ({@link Ensemble}). Every step runs on the calibration's seeds, one after the other.
 */
final class FitDriver {
    private FitDriver() {
    }

    static CalibrationResult fit(Calibration cal, int threads, Consumer<Calibration.Progress> progress) {
        long t0 = System.nanoTime();
        CalibrationSpec spec = cal.spec();
        Restarts restarts = Restarts.run(cal, threads, progress);
        double fitSeconds = (System.nanoTime() - t0) / 1e9;
        CmaesDriver.Search best = restarts.best();
        double[] startValues = cal.params().stream().mapToDouble(Calibration.Param::start).toArray();
        double[][] finalSim = cal.simulate(best.best(), spec.finalReplications(), threads);
        double[][] startSim = cal.simulate(startValues, spec.finalReplications(), threads);
        Profile profile = Profile.slice(cal, best.best(), best.error(), threads);
        Ensemble ensemble = Ensemble.build(cal, restarts, profile, finalSim, threads);
        List<double[]> history = new ArrayList<>();
        for (int r = 0; r < restarts.searches().size(); r++) {
            for (double[] h : restarts.searches().get(r).history()) {
                double[] row = new double[h.length + 1];
                row[0] = r + 1;
                System.arraycopy(h, 0, row, 1, h.length);
                history.add(row);
            }
        }
        return new CalibrationResult(cal, best.best().clone(), best.error(), restarts.evaluations(), CmaesDriver.population(cal),
                List.copyOf(history), finalSim, startSim, new Uncertainty(restarts, profile, ensemble), fitSeconds,
                (System.nanoTime() - t0) / 1e9);
    }
}
