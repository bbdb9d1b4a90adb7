package langsim.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import langsim.experiment.Seeds;
import langsim.output.Csv;
import langsim.output.Num;
import langsim.sensitivity.Designs;

/**
 * Several CMA-ES searches of the same objective (same replication seeds) from spread starts: the first from the
 * file's start values with the file's seed (so one restart is the plain fit), the others from a Latin hypercube in
 * the bounds, each with a seed derived from the file's seed and its index. Searches run one after the other and
 * only the replications of an evaluation run in parallel, so the result does not depend on the thread count.
 */
final class Restarts {
    /** Derivation index of the Latin hypercube's seed, apart from the restarts' own indices. */
    static final long DESIGN_STREAM = 1L << 40;
    /** A fitted value within this share of the range from a bound is "on the bound". */
    static final double ON_BOUND = 1e-3;

    private final Calibration cal;
    private final List<CmaesDriver.Search> searches;

    private Restarts(Calibration cal, List<CmaesDriver.Search> searches) {
        this.cal = cal;
        this.searches = searches;
    }

    /** Start points in the unit box: the file's start values, then the Latin hypercube. */
    static double[][] startPoints(Calibration cal) {
        int n = cal.spec().restarts();
        int d = cal.params().size();
        double[][] out = new double[n][];
        double[] first = new double[d];
        for (int i = 0; i < d; i++) {
            Calibration.Param p = cal.params().get(i);
            first[i] = (p.start() - p.min()) / (p.max() - p.min());
        }
        out[0] = first;
        if (n > 1) {
            double[][] design = Designs.lhs(n - 1, d, Seeds.derive(cal.spec().seed(), DESIGN_STREAM));
            System.arraycopy(design, 0, out, 1, n - 1);
        }
        return out;
    }

    /** CMA-ES's seed in restart {@code r}: the file's seed for the first. */
    static long seed(Calibration cal, int r) {
        return r == 0 ? cal.spec().seed() : Seeds.derive(cal.spec().seed(), r);
    }

    static Restarts run(Calibration cal, int threads, Consumer<Calibration.Progress> progress) {
        double[][] starts = startPoints(cal);
        int budget = cal.spec().restarts() * cal.spec().evaluations();
        int[] done = {0};
        double[] best = {Double.POSITIVE_INFINITY};
        List<CmaesDriver.Search> out = new ArrayList<>();
        for (int r = 0; r < starts.length; r++) {
            out.add(CmaesDriver.search(cal, starts[r], seed(cal, r), threads, e -> {
                done[0]++;
                best[0] = Math.min(best[0], e[1]);
                progress.accept(new Calibration.Progress(done[0], budget, e[0], best[0]));
            }));
        }
        return new Restarts(cal, List.copyOf(out));
    }

    List<CmaesDriver.Search> searches() {
        return searches;
    }

    /** The restart with the lowest objective (the first of equals). */
    CmaesDriver.Search best() {
        CmaesDriver.Search b = searches.get(0);
        for (CmaesDriver.Search s : searches) if (s.error() < b.error()) b = s;
        return b;
    }

    int evaluations() {
        return searches.stream().mapToInt(CmaesDriver.Search::evaluations).sum();
    }

    /** The objective bound of the 95 % likelihood-ratio region for all fitted parameters jointly. */
    double regionBound() {
        return LikelihoodRegion.bound(best().error(), LikelihoodRegion.fittedRows(cal), cal.params().size());
    }

    boolean onBound(double v, Calibration.Param p) {
        double tol = ON_BOUND * (p.max() - p.min());
        return v <= p.min() + tol || v >= p.max() - tol;
    }

    /** restarts.csv: one row per restart, its seed, start, objective, fitted values and whether it is in the region. */
    String csv() {
        StringBuilder b = new StringBuilder("restart,seed,evaluations,objective,in_95_region");
        for (Calibration.Param p : cal.params()) b.append(',').append(Csv.escape("start:" + p.path()));
        for (Calibration.Param p : cal.params()) b.append(',').append(Csv.escape(p.path()));
        b.append('\n');
        double bound = regionBound();
        for (int r = 0; r < searches.size(); r++) {
            CmaesDriver.Search s = searches.get(r);
            b.append(r + 1).append(',').append(Long.toUnsignedString(seed(cal, r))).append(',').append(s.evaluations()).append(',')
                    .append(Num.format(s.error())).append(',').append(s.error() <= bound);
            for (double v : s.start()) b.append(',').append(Num.format(v));
            for (double v : s.best()) b.append(',').append(Num.format(v));
            b.append('\n');
        }
        return b.toString();
    }

    /** The printed spread: each restart's objective, how many are in the region, per parameter min/median/max and bounds. */
    String summary() {
        StringBuilder b = new StringBuilder();
        double bound = regionBound();
        long inside = searches.stream().filter(s -> s.error() <= bound).count();
        b.append(String.format(Locale.ROOT, "Restarts: %d CMA-ES searches of %d evaluations (1: from the start values; others: Latin hypercube "
                + "starts in the bounds; seeds derived from %d)%n", searches.size(), cal.spec().evaluations(), cal.spec().seed()));
        b.append("  objectives:");
        for (int r = 0; r < searches.size(); r++) {
            b.append(r == 0 ? " " : ", ").append(r + 1).append(": ").append(Calibration.fmt(searches.get(r).error()));
        }
        b.append('\n');
        b.append(String.format(Locale.ROOT, "  %d of %d restarts end inside the 95 %% likelihood-ratio region of the best (objective <= %s; %d fitted rows, %d parameters)%n",
                inside, searches.size(), Calibration.fmt(bound), LikelihoodRegion.fittedRows(cal), cal.params().size()));
        int w = cal.params().stream().mapToInt(p -> p.path().length()).max().orElse(10);
        b.append(String.format(Locale.ROOT, "  %-" + w + "s  %10s %10s %10s %10s  %s%n", "parameter", "min", "median", "max", "best", "on a bound"));
        for (int i = 0; i < cal.params().size(); i++) {
            Calibration.Param p = cal.params().get(i);
            int ii = i;
            double[] v = searches.stream().mapToDouble(s -> s.best()[ii]).sorted().toArray();
            long bounded = Arrays.stream(v).filter(x -> onBound(x, p)).count();
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            b.append(String.format(Locale.ROOT, "  %-" + w + "s  %10s %10s %10s %10s  %d/%d%s%n", p.path(), Calibration.fmt(v[0]),
                    Calibration.fmt(median), Calibration.fmt(v[v.length - 1]), Calibration.fmt(best().best()[i]), bounded, v.length,
                    onBound(best().best()[i], p) ? " (best fit on a bound)" : ""));
        }
        return b.toString();
    }
}
