package langsim.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import java.nio.file.Path;

import langsim.config.ConfigException;
import langsim.output.AtomicResults;
import langsim.output.Csv;
import langsim.output.Num;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Backtest of a calibration: for each origin year, the fit on the observations up to that year (same parameters,
 * bounds, metrics, seed), its forecast of the later years, and three naive forecasts of each series from the same
 * fitted-period observations ({@link NaiveForecast}). Errors are on the compared scale (logarithms for metrics marked
 * log); only metrics with weight above 0 are backtested. The model's 95 % predictive interval is the fit's
 * ({@link Ensemble}): parameter sets inside the 95 % likelihood-ratio region, their replications and the best fit's
 * residual noise; the summary also gives the coverage of its narrower parts (replications only; parameters and
 * replications without the noise). Output carries no timings, so the same file and seed give the same text and CSV.
 */
public final class Backtest {
    public static final List<String> METHODS = List.of("model", "persistence", "linear", "log-linear");

    /**
     * One forecast of one held-out observation by one method; {@code error} = forecast − observed on the compared scale.
     * For the model, {@code parts} are the narrower intervals: [0] replications only, [1] parameters and replications
     * without the residual noise (empty for naive methods).
     */
    public record Point(int origin, Observation observation, String method, double forecast, double low, double high, double error,
                        List<PredictionBand> parts) {
        int horizon() {
            return observation.year() - origin;
        }

        boolean covered() {
            return observation.value() >= low && observation.value() <= high;
        }

        boolean hasInterval() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }
    }

    /** The fit at one origin and its forecasts. */
    public record Origin(int origin, int firstYear, int lastYear, CalibrationResult result, List<Point> points) {
    }

    private final Calibration calibration;
    private final List<Origin> origins;

    private Backtest(Calibration calibration, List<Origin> origins) {
        this.calibration = calibration;
        this.origins = origins;
    }

    public List<Origin> origins() {
        return origins;
    }

    /** Observed years of the metrics with weight above 0, in order. */
    static TreeSet<Integer> observedYears(Calibration cal) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Observation o : cal.rows()) if (cal.spec().metrics().get(o.metric()).weight() > 0) years.add(o.year());
        return years;
    }

    /** Default origins: from the third observed year to the last but one. */
    public static List<Integer> defaultOrigins(Calibration cal) {
        List<Integer> years = new ArrayList<>(observedYears(cal));
        return years.size() < 4 ? List.of() : List.copyOf(years.subList(2, years.size() - 1));
    }

    /** Refuses an origin without two observed years up to it and one after it: one line, naming --origins. */
    public static void checkOrigins(Calibration cal, List<Integer> origins) {
        TreeSet<Integer> years = observedYears(cal);
        String range = years.first() + "-" + years.last();
        if (origins.isEmpty()) {
            throw ConfigException.of("--origins", "no origin to backtest: the fitted metrics are observed in " + range
                    + " and an origin needs two observed years up to it and one after it");
        }
        for (int o : origins) {
            if (years.headSet(o, true).size() < 2 || years.tailSet(o, false).isEmpty()) {
                throw ConfigException.of("--origins", "origin " + o + " is outside the data: the fitted metrics are observed in "
                        + range + "; an origin needs two observed years up to it and one after it (" + years.higher(years.first())
                        + "-" + years.lower(years.last()) + ")");
            }
        }
    }

    /** Runs the fits, one per origin in the order given; {@code progress} receives the origin and the fit's progress. */
    public static Backtest run(Calibration cal, List<Integer> originYears, int threads, BiConsumer<Integer, Calibration.Progress> progress) {
        checkOrigins(cal, originYears);
        List<Origin> out = new ArrayList<>();
        for (int origin : originYears) {
            List<Integer> later = observedYears(cal).tailSet(origin, false).stream().toList();
            Calibration atOrigin = cal.withHeldOutYears(later);
            CalibrationResult result = atOrigin.fit(threads, p -> progress.accept(origin, p));
            out.add(new Origin(origin, observedYears(cal).first(), later.get(later.size() - 1), result, forecasts(atOrigin, result, origin)));
        }
        return new Backtest(cal, List.copyOf(out));
    }

    private static String series(Observation o) {
        return o.metric() + "|" + o.language() + "|" + o.layer();
    }

    private static List<Point> forecasts(Calibration cal, CalibrationResult result, int origin) {
        Map<String, List<Observation>> history = new LinkedHashMap<>();
        for (Observation o : cal.rows()) {
            if (cal.spec().metrics().get(o.metric()).weight() > 0 && o.year() <= origin) {
                history.computeIfAbsent(series(o), k -> new ArrayList<>()).add(o);
            }
        }
        List<Point> points = new ArrayList<>();
        List<Observation> rows = cal.rows();
        for (int i = 0; i < rows.size(); i++) {
            Observation o = rows.get(i);
            MetricSpec m = cal.spec().metrics().get(o.metric());
            List<Observation> past = history.get(series(o));
            if (m.weight() == 0 || o.year() <= origin || past == null) continue;
            past = past.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
            int[] years = past.stream().mapToInt(Observation::year).toArray();
            double[] values = past.stream().mapToDouble(Observation::value).toArray();
            NaiveForecast.Forecast replications = modelForecast(cal, o, result.finalSim()[i]);
            Ensemble ensemble = result.uncertainty().ensemble();
            PredictionBand full = ensemble.band(i, true);
            Point model = point(cal, origin, o, "model", new NaiveForecast.Forecast(replications.value(), full.low(), full.high()));
            points.add(new Point(origin, o, "model", model.forecast(), model.low(), model.high(), model.error(),
                    List.of(new PredictionBand(replications.low(), replications.high()), ensemble.band(i, false))));
            points.add(point(cal, origin, o, "persistence", NaiveForecast.persistence(years, values, o.year(), m.log())));
            points.add(point(cal, origin, o, "linear", NaiveForecast.linear(years, values, o.year())));
            points.add(point(cal, origin, o, "log-linear", NaiveForecast.logLinear(years, values, o.year())));
        }
        return points;
    }

    /** The replication mean, with a 95 % predictive interval for one more replication (on the compared scale). */
    static NaiveForecast.Forecast modelForecast(Calibration cal, Observation o, double[] replications) {
        SummaryStatistics raw = new SummaryStatistics();
        SummaryStatistics compared = new SummaryStatistics();
        for (double v : replications) {
            if (Double.isNaN(v)) continue;
            raw.addValue(v);
            compared.addValue(cal.transform(o, v));
        }
        double mean = raw.getMean();
        int n = (int) raw.getN();
        if (n < 2 || !Double.isFinite(compared.getStandardDeviation())) return new NaiveForecast.Forecast(mean, Double.NaN, Double.NaN);
        double half = NaiveForecast.t(n - 1) * compared.getStandardDeviation() * Math.sqrt(1 + 1.0 / n);
        double centre = cal.transform(o, mean);
        boolean log = cal.spec().metrics().get(o.metric()).log();
        return new NaiveForecast.Forecast(mean, log ? Math.exp(centre - half) : centre - half, log ? Math.exp(centre + half) : centre + half);
    }

    private static Point point(Calibration cal, int origin, Observation o, String method, NaiveForecast.Forecast f) {
        boolean log = cal.spec().metrics().get(o.metric()).log();
        double error = log && !(f.value() > 0) ? Double.NaN : cal.transform(o, f.value()) - cal.transform(o, o.value());
        return new Point(origin, o, method, f.value(), f.low(), f.high(), error, List.of());
    }

    /** Writes backtest.csv and backtest.txt (the printed tables and summary) into {@code dir}, all at once. */
    public void write(Path dir) {
        try (AtomicResults out = AtomicResults.create(dir)) {
            out.writeText("backtest.csv", csv());
            out.writeText("backtest.txt", tables() + summary());
            out.commit();
        }
    }

    /** backtest.csv: one row per (origin, held-out observation, method). */
    public String csv() {
        StringBuilder b = new StringBuilder("origin,year,metric,language,observed,method,forecast,low,high\n");
        for (Origin or : origins) {
            for (Point p : or.points()) {
                Observation o = p.observation();
                b.append(p.origin()).append(',').append(o.year()).append(',').append(Csv.escape(o.metric())).append(',')
                        .append(Csv.escape(o.language())).append(',').append(Num.format(o.value())).append(',').append(p.method())
                        .append(',').append(Num.format(p.forecast())).append(',').append(Num.format(p.low())).append(',')
                        .append(Num.format(p.high())).append('\n');
            }
        }
        return b.toString();
    }

    /** One table per origin: the fitted values, then per held-out observation each method's forecast and error. */
    public String tables() {
        StringBuilder b = new StringBuilder();
        CalibrationSpec s = calibration.spec();
        for (Origin or : origins) {
            CalibrationResult r = or.result();
            Uncertainty u = r.uncertainty();
            b.append(String.format(Locale.ROOT, "Origin %d: fitted on %d-%d (%d restarts, %d evaluations, %d replications each; best objective %s; "
                    + "%d of %d restarts in the 95%% region; ensemble of %d), forecasts %d-%d%n", or.origin(), or.firstYear(), or.origin(),
                    s.restarts(), r.evaluations(), s.replications(), Calibration.fmt(r.bestError()),
                    u.restarts().searches().stream().filter(x -> x.error() <= u.restarts().regionBound()).count(), s.restarts(),
                    u.ensemble().members().size(), or.origin() + 1, or.lastYear()));
            b.append("  fitted: ");
            for (int i = 0; i < r.fitted().length; i++) {
                b.append(i == 0 ? "" : ", ").append(calibration.params().get(i).path()).append('=').append(Calibration.fmt(r.fitted()[i]));
            }
            b.append('\n');
            if (!u.profile().points().isEmpty()) {
                b.append("  slice: ");
                for (int i = 0; i < r.fitted().length; i++) {
                    b.append(i == 0 ? "" : ", ").append(ProfileChart.shortName(calibration.params().get(i).path())).append(' ')
                            .append(u.profile().verdict(i).word());
                }
                b.append('\n');
            }
            b.append(String.format(Locale.ROOT, "  %-4s %2s  %-22s %-8s %9s  %-34s %-19s %-19s %s%n", "year", "h", "metric", "language",
                    "observed", "model [95% PI] (error)", "persistence", "linear", "log-linear"));
            Map<Observation, List<Point>> byRow = new LinkedHashMap<>();
            for (Point p : or.points()) byRow.computeIfAbsent(p.observation(), k -> new ArrayList<>()).add(p);
            for (var e : byRow.entrySet()) {
                Observation o = e.getKey();
                List<Point> ps = e.getValue();
                Point m = ps.get(0);
                String model = Calibration.fmt(m.forecast()) + " [" + Calibration.fmt(m.low()) + ", " + Calibration.fmt(m.high()) + "] ("
                        + signed(m.error()) + ")";
                b.append(String.format(Locale.ROOT, "  %-4d %2d  %-22s %-8s %9s  %-34s %-19s %-19s %s%n", o.year(), m.horizon(), o.metric(),
                        o.language(), Calibration.fmt(o.value()), model, cell(ps.get(1)), cell(ps.get(2)), cell(ps.get(3))));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String cell(Point p) {
        return Calibration.fmt(p.forecast()) + " (" + signed(p.error()) + ")";
    }

    private static String signed(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.3f", v);
    }

    private List<Point> all() {
        return origins.stream().flatMap(o -> o.points().stream()).toList();
    }

    private static String coverage(List<Point> points, java.util.function.Function<Point, PredictionBand> band) {
        long inside = points.stream().filter(p -> band.apply(p).covers(p.observation().value())).count();
        return inside + "/" + points.size();
    }

    static double rmse(List<Point> points) {
        double sum = 0;
        int n = 0;
        for (Point p : points) {
            if (Double.isNaN(p.error())) continue;
            sum += p.error() * p.error();
            n++;
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    /** RMSE of the errors by method (all, per origin, per horizon, per series) and coverage; then the verdict. */
    public String summary() {
        List<Point> all = all();
        int forecasts = (int) all.stream().filter(p -> p.method().equals("model")).count();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Backtest summary: origins %s, %d forecasts per method (origin, held-out observation); "
                + "RMSE of errors on the compared scale (logs for log metrics)%n",
                origins.stream().map(o -> Integer.toString(o.origin())).collect(Collectors.joining(", ")), forecasts));
        List<String> groups = new ArrayList<>();
        List<Predicate<Point>> filters = new ArrayList<>();
        groups.add("all");
        filters.add(p -> true);
        for (Origin o : origins) {
            groups.add("origin " + o.origin());
            filters.add(p -> p.origin() == o.origin());
        }
        int maxH = all.stream().mapToInt(Point::horizon).max().orElse(0);
        for (int h = 1; h <= maxH; h++) {
            int hh = h;
            groups.add("h=" + h);
            filters.add(p -> p.horizon() == hh);
        }
        for (String series : all.stream().map(p -> p.observation().language() + (p.observation().layer().isEmpty() ? "" : "/" + p.observation().layer()))
                .distinct().toList()) {
            groups.add(series);
            filters.add(p -> (p.observation().language() + (p.observation().layer().isEmpty() ? "" : "/" + p.observation().layer())).equals(series));
        }
        b.append(String.format(Locale.ROOT, "  %-12s", "method"));
        for (String g : groups) b.append(String.format(Locale.ROOT, " %11s", g));
        b.append(String.format(Locale.ROOT, "  %s%n", "95% PI coverage"));
        Map<String, Double> overall = new LinkedHashMap<>();
        for (String method : METHODS) {
            List<Point> mine = all.stream().filter(p -> p.method().equals(method)).toList();
            overall.put(method, rmse(mine));
            b.append(String.format(Locale.ROOT, "  %-12s", method));
            for (Predicate<Point> f : filters) b.append(String.format(Locale.ROOT, " %11s", Calibration.fmt(rmse(mine.stream().filter(f).toList()))));
            List<Point> withInterval = mine.stream().filter(Point::hasInterval).toList();
            long inside = withInterval.stream().filter(Point::covered).count();
            b.append(String.format(Locale.ROOT, "  %d/%d = %s%n", inside, withInterval.size(),
                    withInterval.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) inside / withInterval.size())));
        }
        long undefined = all.stream().filter(p -> Double.isNaN(p.error())).count();
        if (undefined > 0) b.append("  (" + undefined + " forecasts at or below 0 have no log error and are left out of their RMSE)\n");
        List<Point> modelPoints = all.stream().filter(p -> p.method().equals("model")).toList();
        b.append(String.format(Locale.ROOT, "Model interval coverage by its parts: replications only %s; + parameters (ensemble) %s; "
                + "+ residual noise (the interval above) %s%n", coverage(modelPoints, p -> p.parts().get(0)),
                coverage(modelPoints, p -> p.parts().get(1)), coverage(modelPoints, p -> new PredictionBand(p.low(), p.high()))));
        b.append("Intervals: model = ensemble of parameter sets in the 95% likelihood-ratio region of each origin's fit, their final "
                + "replications and the fit's residual noise; naive = from their regression residuals (Student t).\n");
        List<String> losses = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Predicate<Point> f = filters.get(g);
            Map<String, Double> r = new LinkedHashMap<>();
            for (String method : METHODS) r.put(method, rmse(all.stream().filter(p -> p.method().equals(method)).filter(f).toList()));
            String bestNaive = METHODS.subList(1, METHODS.size()).stream().min((x, y) -> Double.compare(r.get(x), r.get(y))).orElseThrow();
            double model = r.get("model");
            double naive = r.get(bestNaive);
            if (g == 0) {
                b.append(String.format(Locale.ROOT, "%s: RMSE %s against %s for %s.%n",
                        model < naive ? "The model beats the best naive forecast" : "The model does NOT beat the best naive forecast",
                        Calibration.fmt(model), Calibration.fmt(naive), bestNaive));
            } else if (!(model < naive)) {
                losses.add(String.format(Locale.ROOT, "%s (%s against %s %s)", groups.get(g), Calibration.fmt(model), bestNaive, Calibration.fmt(naive)));
            }
        }
        if (!losses.isEmpty()) b.append("It does NOT beat the best naive forecast for: ").append(String.join(", ", losses)).append(".\n");
        return b.toString();
    }
}
