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
 * One CMA-ES search (Commons Math) over the parameters' box scaled to [0, 1], from a given start and with its own
 * seed, keeping the best point seen when the budget runs out.
 */
final class CmaesDriver {
    /**
     * The outcome of one search: the best values and their objective, and every evaluation as
     * {evaluation, objective, values...} (evaluation counted from 1 within the search).
     */
    record Search(double[] start, double[] best, double error, int evaluations, List<double[]> history) {
    }

    private CmaesDriver() {
    }

    /** Population size: the file's, or CMA-ES's default 4 + 3 ln d. */
    static int population(Calibration cal) {
        int d = cal.params().size();
        return cal.spec().population() > 0 ? cal.spec().population() : 4 + (int) Math.floor(3 * Math.log(d));
    }

    /**
     * Searches from {@code startUnit} (a point of the unit box) with CMA-ES's random stream seeded by {@code seed};
     * {@code evaluated} receives every evaluation's objective and the best so far, in order.
     */
    static Search search(Calibration cal, double[] startUnit, long seed, int threads, Consumer<double[]> evaluated) {
        CalibrationSpec spec = cal.spec();
        List<Calibration.Param> params = cal.params();
        int d = params.size();
        double[] lo = new double[d];
        double[] hi = new double[d];
        double[] sigma = new double[d];
        java.util.Arrays.fill(hi, 1);
        java.util.Arrays.fill(sigma, spec.sigma());
        double[] best = new double[d];
        double[] bestError = {Double.POSITIVE_INFINITY};
        List<double[]> history = new ArrayList<>();
        ObjectiveFunction objective = new ObjectiveFunction(u -> {
            double[] values = new double[d];
            for (int i = 0; i < d; i++) values[i] = params.get(i).value(u[i]);
            double e = cal.error(cal.simulate(values, spec.replications(), threads));
            if (e < bestError[0]) {
                bestError[0] = e;
                System.arraycopy(values, 0, best, 0, d);
            }
            double[] h = new double[d + 2];
            h[0] = history.size() + 1;
            h[1] = e;
            System.arraycopy(values, 0, h, 2, d);
            history.add(h);
            evaluated.accept(new double[] {e, bestError[0]});
            return e;
        });
        CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(seed), false, null);
        try {
            cmaes.optimize(new MaxEval(spec.evaluations()), new MaxIter(Integer.MAX_VALUE), objective, GoalType.MINIMIZE,
                    new InitialGuess(startUnit.clone()), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(population(cal)));
        } catch (TooManyEvaluationsException budgetSpent) {
            // the best point seen so far is the result
        }
        double[] start = new double[d];
        for (int i = 0; i < d; i++) start[i] = params.get(i).value(startUnit[i]);
        return new Search(start, best, bestError[0], history.size(), List.copyOf(history));
    }
}
