package langsim.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * The optimiser driver: CMA-ES (Commons Math) over the parameters' box scaled to [0, 1], seeded from the file's seed,
 * keeping the best point seen when the budget runs out; then the final replications at the best and at the start
 * values.
 */
final class CmaesDriver {
    private CmaesDriver() {
    }

    static CalibrationResult fit(Calibration cal, int threads, Consumer<Calibration.Progress> progress) {
        long t0 = System.nanoTime();
        CalibrationSpec spec = cal.spec();
        List<Calibration.Param> params = cal.params();
        int d = params.size();
        double[] lo = new double[d];
        double[] hi = new double[d];
        double[] start = new double[d];
        double[] sigma = new double[d];
        for (int i = 0; i < d; i++) {
            Calibration.Param p = params.get(i);
            hi[i] = 1;
            start[i] = (p.start() - p.min()) / (p.max() - p.min());
            sigma[i] = spec.sigma();
        }
        int lambda = spec.population() > 0 ? spec.population() : 4 + (int) Math.floor(3 * Math.log(d));
        double[] best = new double[d];
        double[] bestError = {Double.POSITIVE_INFINITY};
        int[] evaluations = {0};
        List<double[]> history = new ArrayList<>();
        ObjectiveFunction objective = new ObjectiveFunction(u -> {
            double[] values = new double[d];
            for (int i = 0; i < d; i++) values[i] = params.get(i).value(u[i]);
            double e = cal.error(cal.simulate(values, spec.replications(), threads));
            evaluations[0]++;
            if (e < bestError[0]) {
                bestError[0] = e;
                System.arraycopy(values, 0, best, 0, d);
            }
            double[] h = new double[d + 2];
            h[0] = evaluations[0];
            h[1] = e;
            System.arraycopy(values, 0, h, 2, d);
            history.add(h);
            progress.accept(new Calibration.Progress(evaluations[0], spec.evaluations(), e, bestError[0]));
            return e;
        });
        CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(spec.seed()), false, null);
        try {
            cmaes.optimize(new MaxEval(spec.evaluations()), new MaxIter(Integer.MAX_VALUE), objective, GoalType.MINIMIZE,
                    new InitialGuess(start), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(lambda));
        } catch (TooManyEvaluationsException budgetSpent) {
            // the best point seen so far is the result
        }
        double fitSeconds = (System.nanoTime() - t0) / 1e9;
        double[] startValues = new double[d];
        for (int i = 0; i < d; i++) startValues[i] = params.get(i).start();
        double[][] finalSim = cal.simulate(best, spec.finalReplications(), threads);
        double[][] startSim = cal.simulate(startValues, spec.finalReplications(), threads);
        return new CalibrationResult(cal, best.clone(), bestError[0], evaluations[0], lambda, history, finalSim, startSim,
                fitSeconds, (System.nanoTime() - t0) / 1e9);
    }
}
