package langsim.calibrate;

import java.util.List;

import langsim.experiment.Interval;
import langsim.experiment.Replications;
import langsim.model.LangSimModel;
import langsim.model.RunRecord;
import langsim.scenario.Scenario;

/**
 * The objective: simulate the calibration's scenario at given parameter values and score the replication means
 * against the fitted observation rows (weighted mean squared error on the compared scale). Every call uses the same
 * replication seeds, derived from the file's seed (common random numbers).
 */
final class CalibrationObjective {
    private CalibrationObjective() {
    }

    /** Per observation row, the simulated value in each replication: [row][replication]. */
    static double[][] simulate(Calibration cal, double[] values, int replications, int threads) {
        Scenario scenario = cal.scenario(values);
        List<RunRecord> runs = Replications.run(replications, cal.spec().seed(), threads, seed -> LangSimModel.run(scenario, seed));
        List<Observation> rows = cal.rows();
        double[][] out = new double[rows.size()][replications];
        for (int r = 0; r < replications; r++) {
            RunRecord rec = runs.get(r);
            for (int i = 0; i < rows.size(); i++) out[i][r] = ObservedOutput.of(cal.spec(), rows.get(i), rec);
        }
        return out;
    }

    /** Weighted mean squared error of the replication means over the fitted rows. */
    static double error(Calibration cal, double[][] sim) {
        CalibrationSpec spec = cal.spec();
        List<Observation> rows = cal.rows();
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < rows.size(); i++) {
            Observation o = rows.get(i);
            if (!cal.fitted(o)) continue;
            double w = spec.metrics().get(o.metric()).weight();
            double mean = Interval.of(sim[i]).mean();
            double d = Double.isNaN(mean) || mean <= 0 && spec.metrics().get(o.metric()).log() ? 10
                    : cal.transform(o, mean) - cal.transform(o, o.value());
            sum += w * d * d;
            weights += w;
        }
        return sum / weights;
    }
}
