package langsim.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import langsim.output.Csv;
import langsim.output.Num;

/**
 * Identifiability by a slice of the loss: each parameter in turn at {@code profile_points} evenly spaced values
 * across its bounds, the others held at the best fit (a slice, not a profile: the others are not re-optimised, which
 * costs d·K evaluations instead of d·K searches and can only make a parameter look better identified than a profile
 * would, since re-optimising the others can only lower the loss). A parameter is identified when the loss leaves the
 * 95 % likelihood-ratio region for one parameter ({@link LikelihoodRegion}) on every side of the best fit that the
 * bounds leave room for; flat when it stays inside across the bounds.
 */
final class Profile {
    /** One evaluation of the slice of parameter {@code parameter} (index), at {@code value}. */
    record Point(int parameter, double value, double objective, double[] values) {
    }

    /** Per parameter: the verdict, and the values of the slice inside the region. */
    record Verdict(String word, String reading, double insideLow, double insideHigh, double maxObjective) {
        boolean identified() {
            return word.equals("identified");
        }
    }

    private final Calibration cal;
    private final double[] best;
    private final double bestError;
    private final List<Point> points;

    private Profile(Calibration cal, double[] best, double bestError, List<Point> points) {
        this.cal = cal;
        this.best = best;
        this.bestError = bestError;
        this.points = points;
    }

    /** Evaluates the slice around {@code best} (objective {@code bestError}), with the calibration's replications. */
    static Profile slice(Calibration cal, double[] best, double bestError, int threads) {
        int k = cal.spec().profilePoints();
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < cal.params().size() && k > 0; i++) {
            Calibration.Param p = cal.params().get(i);
            for (int j = 0; j < k; j++) {
                double[] values = best.clone();
                values[i] = p.value(k == 1 ? 0.5 : (double) j / (k - 1));
                double e = cal.error(cal.simulate(values, cal.spec().replications(), threads));
                out.add(new Point(i, values[i], e, values));
            }
        }
        return new Profile(cal, best.clone(), bestError, List.copyOf(out));
    }

    List<Point> points() {
        return points;
    }

    List<Point> of(int parameter) {
        return points.stream().filter(p -> p.parameter() == parameter).toList();
    }

    double best(int parameter) {
        return best[parameter];
    }

    double bestError() {
        return bestError;
    }

    /** The objective bound of the 95 % region for one parameter. */
    double regionBound() {
        return LikelihoodRegion.bound(bestError, LikelihoodRegion.fittedRows(cal), 1);
    }

    Verdict verdict(int parameter) {
        double bound = regionBound();
        double b = best[parameter];
        List<Point> mine = of(parameter);
        boolean roomBelow = false;
        boolean roomAbove = false;
        boolean leavesBelow = false;
        boolean leavesAbove = false;
        double low = b;
        double high = b;
        double max = bestError;
        for (Point p : mine) {
            max = Math.max(max, p.objective());
            boolean out = p.objective() > bound;
            if (p.value() < b) {
                roomBelow = true;
                leavesBelow |= out;
            } else if (p.value() > b) {
                roomAbove = true;
                leavesAbove |= out;
            }
            if (!out) {
                low = Math.min(low, p.value());
                high = Math.max(high, p.value());
            }
        }
        String range = "slice inside the region: [" + Calibration.fmt(low) + ", " + Calibration.fmt(high) + "]";
        if (mine.isEmpty()) return new Verdict("not computed", "profile_points is 0", Double.NaN, Double.NaN, Double.NaN);
        if (!leavesBelow && !leavesAbove) {
            return new Verdict("flat", "not identified: the loss stays inside the 95 % region across the bounds", low, high, max);
        }
        if ((leavesBelow || !roomBelow) && (leavesAbove || !roomAbove)) {
            String edge = !roomBelow ? " (best fit on the lower bound: the data may prefer lower values)"
                    : !roomAbove ? " (best fit on the upper bound: the data may prefer higher values)" : "";
            return new Verdict("identified", "the loss leaves the 95 % region on both sides" + edge + "; " + range, low, high, max);
        }
        return new Verdict("one-sided", "the loss leaves the 95 % region only " + (leavesBelow ? "below" : "above")
                + " the best fit; " + range, low, high, max);
    }

    /**
     * profile.csv: parameter, value, objective, whether the point is inside the one-parameter region, and (repeated
     * per row, so that the chart can be redrawn from the file alone) the region's bound and the parameter's verdict.
     */
    String csv() {
        StringBuilder b = new StringBuilder("parameter,value,objective,best_value,best_objective,in_95_region,region_bound,verdict\n");
        double bound = regionBound();
        for (Point p : points) {
            b.append(Csv.escape(cal.params().get(p.parameter()).path())).append(',').append(Num.format(p.value())).append(',')
                    .append(Num.format(p.objective())).append(',').append(Num.format(best[p.parameter()])).append(',')
                    .append(Num.format(bestError)).append(',').append(p.objective() <= bound).append(',')
                    .append(Num.format(bound)).append(',').append(verdict(p.parameter()).word()).append('\n');
        }
        return b.toString();
    }

    String summary() {
        StringBuilder b = new StringBuilder();
        if (points.isEmpty()) return "Identifiability: no slice (profile_points is 0)\n";
        b.append(String.format(Locale.ROOT, "Identifiability (slice: %d values per parameter across its bounds, the others at the best fit, "
                + "%d replications each; 95 %% region for one parameter: objective <= %s):%n", cal.spec().profilePoints(),
                cal.spec().replications(), Calibration.fmt(regionBound())));
        int w = cal.params().stream().mapToInt(p -> p.path().length()).max().orElse(10);
        for (int i = 0; i < cal.params().size(); i++) {
            Verdict v = verdict(i);
            b.append(String.format(Locale.ROOT, "  %-" + w + "s  %-10s  max loss %s; %s%n", cal.params().get(i).path(), v.word(),
                    Calibration.fmt(v.maxObjective()), v.reading()));
        }
        Point lowest = points.stream().min(java.util.Comparator.comparingDouble(Point::objective)).orElseThrow();
        if (lowest.objective() < bestError) {
            b.append(String.format(Locale.ROOT, "  (the slice found a lower objective than the restarts, %s at %s = %s: the searches had not "
                    + "converged; a larger evaluation budget may move the fit)%n", Calibration.fmt(lowest.objective()),
                    cal.params().get(lowest.parameter()).path(), Calibration.fmt(lowest.value())));
        }
        return b.toString();
    }
}
