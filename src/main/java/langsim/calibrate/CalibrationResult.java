package langsim.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import langsim.experiment.Interval;
import langsim.output.Csv;
import langsim.output.Num;

/**
 * The outcome of a calibration: fitted values, errors on fitted and held-out years, the rows behind them, and the
 * uncertainty (restarts, loss slice, ensemble). {@code history} holds every evaluation of every restart as
 * {restart, evaluation, objective, values...}.
 */
public record CalibrationResult(Calibration calibration, double[] fitted, double bestError, int evaluations, int population,
                                List<double[]> history, double[][] finalSim, double[][] startSim, Uncertainty uncertainty,
                                double fitSeconds, double totalSeconds) {

    /**
     * Observed against simulated for one observation row: the best fit's replications (mean, 95 % CI of the mean) and
     * the 95 % predictive interval of the ensemble with residual noise.
     */
    public record Row(Observation observation, Interval simulated, PredictionBand predictive, String set) {
    }

    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        List<Observation> obs = calibration.rows();
        for (int i = 0; i < obs.size(); i++) {
            Observation o = obs.get(i);
            String set = calibration.spec().metrics().get(o.metric()).weight() == 0 ? "report-only"
                    : calibration.heldOut(o) ? "held-out" : "fit";
            out.add(new Row(o, Interval.of(finalSim[i]), uncertainty.ensemble().band(i, true), set));
        }
        return out;
    }

    /** Root mean squared error (on the compared scale: logs for log metrics) of the rows in {@code set}. */
    public double rmse(String set, boolean atStart) {
        double[][] sim = atStart ? startSim : finalSim;
        double sum = 0;
        int n = 0;
        List<Observation> obs = calibration.rows();
        for (int i = 0; i < obs.size(); i++) {
            Observation o = obs.get(i);
            if (!inSet(o, set)) continue;
            double d = calibration.transform(o, Interval.of(sim[i]).mean()) - calibration.transform(o, o.value());
            sum += d * d;
            n++;
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    /**
     * The naive yardstick for held-out years: each series' last fitted observation carried forward. A model that
     * predicts worse than this has not earned its held-out claims.
     */
    public double persistenceRmse() {
        Map<String, Observation> last = new LinkedHashMap<>();
        for (Observation o : calibration.rows()) {
            if (!calibration.fitted(o)) continue;
            String key = o.metric() + "|" + o.language() + "|" + o.layer();
            Observation prev = last.get(key);
            if (prev == null || o.year() > prev.year()) last.put(key, o);
        }
        double sum = 0;
        int n = 0;
        for (Observation o : calibration.rows()) {
            if (!inSet(o, "held-out")) continue;
            Observation prev = last.get(o.metric() + "|" + o.language() + "|" + o.layer());
            if (prev == null) continue;
            double d = calibration.transform(o, prev.value()) - calibration.transform(o, o.value());
            sum += d * d;
            n++;
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    private boolean inSet(Observation o, String set) {
        return switch (set) {
            case "fit" -> calibration.fitted(o);
            case "held-out" -> calibration.heldOut(o) && calibration.spec().metrics().get(o.metric()).weight() > 0;
            default -> true;
        };
    }

    /** How many held-out observations the predictive intervals cover (none when nothing is held out). */
    String coverage() {
        int n = 0;
        int in = 0;
        int inReplicationsOnly = 0;
        for (Row r : rows()) {
            if (!r.set().equals("held-out")) continue;
            n++;
            if (r.predictive().covers(r.observation().value())) in++;
            Interval iv = r.simulated();
            if (r.observation().value() >= iv.low() && r.observation().value() <= iv.high()) inReplicationsOnly++;
        }
        return n == 0 ? "" : String.format(Locale.ROOT, "Held-out observations inside the 95%% predictive interval: %d/%d "
                + "(inside the best fit's 95%% CI of the mean: %d/%d)%n", in, n, inReplicationsOnly, n);
    }

    public String parametersCsv() {
        StringBuilder b = new StringBuilder("path,min,max,start,fitted\n");
        for (int i = 0; i < fitted.length; i++) {
            Calibration.Param p = calibration.params().get(i);
            b.append(Csv.escape(p.path())).append(',').append(Num.format(p.min())).append(',').append(Num.format(p.max()))
                    .append(',').append(Num.format(p.start())).append(',').append(Num.format(fitted[i])).append('\n');
        }
        return b.toString();
    }

    public String fitCsv() {
        StringBuilder b = new StringBuilder("year,metric,language,layer,observed,simulated,ci_low,ci_high,pi_low,pi_high,set,source\n");
        for (Row r : rows()) {
            Observation o = r.observation();
            b.append(o.year()).append(',').append(Csv.escape(o.metric())).append(',').append(Csv.escape(o.language())).append(',')
                    .append(Csv.escape(o.layer())).append(',').append(Num.format(o.value())).append(',')
                    .append(Num.format(r.simulated().mean())).append(',').append(Num.format(r.simulated().low())).append(',')
                    .append(Num.format(r.simulated().high())).append(',').append(Num.format(r.predictive().low())).append(',')
                    .append(Num.format(r.predictive().high())).append(',').append(r.set()).append(',').append(Csv.escape(o.source()))
                    .append('\n');
        }
        return b.toString();
    }

    public String historyCsv() {
        StringBuilder b = new StringBuilder("restart,evaluation,error");
        for (Calibration.Param p : calibration.params()) b.append(',').append(Csv.escape(p.path()));
        b.append('\n');
        for (double[] h : history) {
            b.append((long) h[0]).append(',').append((long) h[1]).append(',').append(Num.format(h[2]));
            for (int i = 3; i < h.length; i++) b.append(',').append(Num.format(h[i]));
            b.append('\n');
        }
        return b.toString();
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        CalibrationSpec s = calibration.spec();
        b.append(String.format(Locale.ROOT, "Calibration %s: %d evaluations (%d CMA-ES restarts, population %d, %d replications each), %.1f s fitting, %.1f s in all%n",
                s.name(), evaluations, s.restarts(), population, s.replications(), fitSeconds, totalSeconds));
        b.append(String.format(Locale.ROOT, "Best objective (weighted mean squared error, fitted rows): %s%n", Calibration.fmt(bestError)));
        b.append("Fitted parameters:\n");
        int w = calibration.params().stream().mapToInt(p -> p.path().length()).max().orElse(10);
        for (int i = 0; i < fitted.length; i++) {
            Calibration.Param p = calibration.params().get(i);
            b.append(String.format(Locale.ROOT, "  %-" + w + "s  %10s   (start %s, bounds [%s, %s])%n", p.path(), Calibration.fmt(fitted[i]),
                    Calibration.fmt(p.start()), Calibration.fmt(p.min()), Calibration.fmt(p.max())));
        }
        b.append(uncertainty.summary());
        b.append(String.format(Locale.ROOT, "Observed against simulated (best fit: %d final replications, mean [95%% CI of the mean]; "
                + "95%% predictive interval of the ensemble with residual noise):%n", s.finalReplications()));
        b.append(String.format(Locale.ROOT, "  %-4s  %-28s %-8s %-10s %10s  %-28s %-22s %s%n", "year", "metric", "language", "layer", "observed",
                "simulated", "95% PI", "set"));
        for (Row r : rows()) {
            Observation o = r.observation();
            Interval iv = r.simulated();
            b.append(String.format(Locale.ROOT, "  %-4d  %-28s %-8s %-10s %10s  %-28s %-22s %s%n", o.year(), o.metric(), o.language(), o.layer(),
                    Calibration.fmt(o.value()), Calibration.fmt(iv.mean()) + " [" + Calibration.fmt(iv.low()) + ", " + Calibration.fmt(iv.high()) + "]",
                    "[" + Calibration.fmt(r.predictive().low()) + ", " + Calibration.fmt(r.predictive().high()) + "]", r.set()));
        }
        b.append(coverage());
        b.append(String.format(Locale.ROOT, "RMSE on fitted years: %s (at the start values: %s)%n", Calibration.fmt(rmse("fit", false)), Calibration.fmt(rmse("fit", true))));
        if (!s.heldOutYears().isEmpty()) {
            b.append(String.format(Locale.ROOT, "RMSE on held-out years %s: %s (at the start values: %s; last fitted observation carried forward: %s)%n",
                    s.heldOutYears(), Calibration.fmt(rmse("held-out", false)), Calibration.fmt(rmse("held-out", true)),
                    Calibration.fmt(persistenceRmse())));
        }
        b.append("(errors are on logarithms for metrics marked log: 0.1 is about 10 % relative error)\n");
        return b.toString();
    }
}
