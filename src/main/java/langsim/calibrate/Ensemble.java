package langsim.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import langsim.experiment.Interval;
import langsim.output.Csv;
import langsim.output.Num;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Predictive intervals that hold parameter uncertainty: an ensemble of parameter sets the data cannot tell from the
 * best fit, each run with {@code final_replications} (the same seeds), and per observation row the 2.5 % and 97.5 %
 * quantiles of the pooled values on the compared scale (every member weighs the same). Candidates are every point the
 * restarts and the slice evaluated whose objective lies inside the joint 95 % likelihood-ratio region
 * ({@link LikelihoodRegion}, k = number of parameters): a rejection step in the spirit of approximate Bayesian
 * computation, on points where the searches happened to look rather than on draws from a prior, so the ensemble
 * shows which values fit as well as the best, not a posterior. Duplicates are dropped; when more than
 * {@code ensemble_size} remain, members are taken at evenly spaced ranks of the objective (the best always).
 *
 * <p>Observation noise: per metric, the residual standard deviation of the best fit on its fitted rows (final
 * replications' means against observations, compared scale) is added as a normal error to every pooled value,
 * and the interval is that of the resulting mixture. It holds everything the best fit misses, survey noise and model
 * error alike. A metric without fitted rows (weight 0) gets no noise term.
 */
final class Ensemble {
    /** A member: parameter values and the objective they were evaluated at. */
    record Member(double[] values, double objective) {
    }

    private final Calibration cal;
    private final List<Member> members;
    private final double bound;
    private final int candidates;
    private final double[][][] sim;
    private final double[] noise;

    private Ensemble(Calibration cal, List<Member> members, double bound, int candidates, double[][][] sim, double[] noise) {
        this.cal = cal;
        this.members = members;
        this.bound = bound;
        this.candidates = candidates;
        this.sim = sim;
        this.noise = noise;
    }

    static Ensemble build(Calibration cal, Restarts restarts, Profile profile, double[][] bestSim, int threads) {
        double bound = restarts.regionBound();
        Map<String, Member> unique = new LinkedHashMap<>();
        int d = cal.params().size();
        for (CmaesDriver.Search s : restarts.searches()) {
            for (double[] h : s.history()) {
                if (h[1] <= bound) unique.putIfAbsent(Arrays.toString(Arrays.copyOfRange(h, 2, 2 + d)), new Member(Arrays.copyOfRange(h, 2, 2 + d), h[1]));
            }
        }
        for (Profile.Point p : profile.points()) {
            if (p.objective() <= bound) unique.putIfAbsent(Arrays.toString(p.values()), new Member(p.values(), p.objective()));
        }
        List<Member> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparingDouble(Member::objective)); // stable: equal objectives keep their order of evaluation
        List<Member> chosen = thin(sorted, cal.spec().ensembleSize());
        double[][][] sim = new double[chosen.size()][][];
        for (int m = 0; m < chosen.size(); m++) sim[m] = cal.simulate(chosen.get(m).values(), cal.spec().finalReplications(), threads);
        return new Ensemble(cal, List.copyOf(chosen), bound, sorted.size(), sim, residualNoise(cal, bestSim));
    }

    /** At most {@code size} members at evenly spaced ranks, the first (best) always among them. */
    static <T> List<T> thin(List<T> sorted, int size) {
        if (sorted.size() <= size) return sorted;
        List<T> out = new ArrayList<>();
        for (int i = 0; i < size; i++) out.add(sorted.get(size == 1 ? 0 : (int) Math.round((double) i * (sorted.size() - 1) / (size - 1))));
        return out;
    }

    /** Per row, the residual standard deviation of its metric at the best fit (fitted rows, compared scale); 0 without. */
    static double[] residualNoise(Calibration cal, double[][] bestSim) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        List<Observation> rows = cal.rows();
        for (int i = 0; i < rows.size(); i++) {
            Observation o = rows.get(i);
            if (!cal.fitted(o)) continue;
            double mean = Interval.of(bestSim[i]).mean();
            double r = cal.transform(o, mean) - cal.transform(o, o.value());
            if (!Double.isFinite(r)) continue;
            double[] s = sums.computeIfAbsent(o.metric(), k -> new double[2]);
            s[0] += r * r;
            s[1]++;
        }
        double[] out = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] s = sums.get(rows.get(i).metric());
            out[i] = s == null || s[1] == 0 ? 0 : Math.sqrt(s[0] / s[1]);
        }
        return out;
    }

    List<Member> members() {
        return members;
    }

    int candidates() {
        return candidates;
    }

    double noise(int row) {
        return noise[row];
    }

    /** The 95 % predictive interval of row {@code row}: parameters and replications, plus the residual noise when asked. */
    PredictionBand band(int row, boolean withNoise) {
        Observation o = cal.rows().get(row);
        List<Double> pooled = new ArrayList<>();
        for (double[][] member : sim) {
            for (double v : member[row]) {
                double t = cal.transform(o, v);
                if (Double.isFinite(t)) pooled.add(t);
            }
        }
        if (pooled.isEmpty()) return new PredictionBand(Double.NaN, Double.NaN);
        double[] x = pooled.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double s = withNoise ? noise[row] : 0;
        double lo = s > 0 ? mixtureQuantile(x, s, 0.025) : quantile(x, 0.025);
        double hi = s > 0 ? mixtureQuantile(x, s, 0.975) : quantile(x, 0.975);
        boolean log = cal.spec().metrics().get(o.metric()).log();
        return log ? new PredictionBand(Math.exp(lo), Math.exp(hi)) : new PredictionBand(lo, hi);
    }

    /** Empirical quantile of sorted values, linear between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }

    /** Quantile of the equal-weight mixture of normals N(x_i, s²), by bisection on its distribution function. */
    static double mixtureQuantile(double[] x, double s, double p) {
        NormalDistribution n = new NormalDistribution(null, 0, 1);
        double lo = x[0] - 10 * s;
        double hi = x[x.length - 1] + 10 * s;
        for (int it = 0; it < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(hi)); it++) {
            double mid = (lo + hi) / 2;
            double cdf = 0;
            for (double v : x) cdf += n.cumulativeProbability((mid - v) / s);
            if (cdf / x.length < p) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }

    /** ensemble.csv: the members, their objective and values. */
    String csv() {
        StringBuilder b = new StringBuilder("member,objective");
        for (Calibration.Param p : cal.params()) b.append(',').append(Csv.escape(p.path()));
        b.append('\n');
        for (int m = 0; m < members.size(); m++) {
            b.append(m + 1).append(',').append(Num.format(members.get(m).objective()));
            for (double v : members.get(m).values()) b.append(',').append(Num.format(v));
            b.append('\n');
        }
        return b.toString();
    }

    String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Ensemble: %d parameter sets (of %d evaluated inside the joint 95 %% region, objective <= %s), "
                + "%d replications each; predictive intervals pool them%n", members.size(), candidates, Calibration.fmt(bound),
                cal.spec().finalReplications()));
        int w = cal.params().stream().mapToInt(p -> p.path().length()).max().orElse(10);
        for (int i = 0; i < cal.params().size(); i++) {
            int ii = i;
            double lo = members.stream().mapToDouble(m -> m.values()[ii]).min().orElse(Double.NaN);
            double hi = members.stream().mapToDouble(m -> m.values()[ii]).max().orElse(Double.NaN);
            b.append(String.format(Locale.ROOT, "  %-" + w + "s  ensemble range [%s, %s]%n", cal.params().get(i).path(), Calibration.fmt(lo),
                    Calibration.fmt(hi)));
        }
        Map<String, Double> seen = new LinkedHashMap<>();
        for (int i = 0; i < cal.rows().size(); i++) seen.putIfAbsent(cal.rows().get(i).metric(), noise[i]);
        b.append("  residual noise added (sd on the compared scale, from the best fit's fitted rows): ");
        b.append(String.join(", ", seen.entrySet().stream().map(e -> e.getKey() + " " + Calibration.fmt(e.getValue())
                + (e.getValue() == 0 ? " (no fitted rows: none)" : "")).toList()));
        b.append('\n');
        return b.toString();
    }
}
