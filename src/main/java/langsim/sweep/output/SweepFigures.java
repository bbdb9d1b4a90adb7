package langsim.sweep.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import langsim.chart.ChartGrid;
import langsim.chart.ChartWriter;
import langsim.experiment.VerdictKind;
import langsim.output.Num;
import langsim.sensitivity.IndexRow;
import langsim.sensitivity.Prim;
import langsim.sensitivity.Wilson;
import langsim.sweep.Sweep;
import langsim.sweep.SweepParameter;


/**
 * The charts of a sweep folder, from its files ({@link SweepResults}): the design's indices per output (Sobol bars,
 * Morris, tornado), a heatmap of each verdict's probability over two parameters, the verdicts along one parameter, the
 * PRIM box and PRIM's trajectory. Each is rendered as PNG (print size) and SVG by {@link ChartWriter}.
 */
public final class SweepFigures {
    private SweepFigures() {
    }

    public static List<ChartWriter.Rendered> render(SweepResults r) {
        List<ChartWriter.Rendered> out = new ArrayList<>();
        Sweep sweep = r.sweep();
        String sub = subtitle(r);
        String ci = Num.readable(100 * sweep.spec().analysis().confidence()) + "% interval";
        List<String> labels = sweep.parameters().stream().map(SweepParameter::display).toList();
        List<String> paths = sweep.parameters().stream().map(SweepParameter::path).toList();
        String design = sweep.spec().design().label();
        for (String output : sweep.outputs().names()) {
            List<IndexRow> rows = r.indices().stream().filter(x -> x.output().equals(output) && !x.method().equals("prim")).toList();
            if (rows.isEmpty() || rows.stream().anyMatch(x -> !x.estimable())) continue;   // the report says why
            ChartGrid g = switch (sweep.spec().design()) {
                case SALTELLI -> sobol(output, rows, paths, labels, ci + " (bootstrap)", sub);
                case MORRIS -> morris(output, rows, paths, labels, sub);
                case OAT -> tornado(output, rows, paths, labels, sub);
                default -> null;
            };
            if (g == null) continue;
            String caption = switch (sweep.spec().design()) {
                case SALTELLI -> "Sobol indices of " + output + ", parameters ordered by ST: S1 is the share of the output's "
                        + "variance due to the parameter alone, ST the share it has a part in (with interactions); error "
                        + "bars are the " + ci + " of " + sweep.spec().analysis().bootstrap() + " bootstrap resamples (cut "
                        + "at the chart's edge beyond -0.5 and 1.5; sensitivity.csv has them all).";
                case MORRIS -> "Morris elementary effects of " + output + ": far right matters most; high up means "
                        + "interactions or a non-linear effect.";
                default -> "Change of " + output + " from its base value when one parameter at a time is set to its "
                        + "minimum or maximum, largest swing on top.";
            };
            out.add(rendered(design + "_" + fileSafe(output), g.title(), caption, g));
        }
        if (sweep.parameters().size() >= 2) {
            List<String> hm = sweep.spec().analysis().heatmap();
            int i = hm.isEmpty() ? 0 : paths.indexOf(hm.get(0));
            int j = hm.isEmpty() ? 1 : paths.indexOf(hm.get(1));
            for (VerdictKind k : VerdictKind.values()) {
                ChartGrid g = heatmap(r, i, j, k, ci, sub);
                out.add(rendered("heatmap_" + fileSafe(k.label().replace('-', '_')), g.title(), "Share of runs with the verdict "
                        + k.label() + " over " + labels.get(i) + " and " + labels.get(j) + " (the design's points binned, other "
                        + "parameters pooled); each cell gives the share and its Wilson " + ci + ". The colour scale ends at "
                        + "a round number above the largest share, so read the numbers when comparing heatmaps."
                        + (k == VerdictKind.DOMINANT && r.prim().box() != null ? " Dashed: the PRIM box in these two parameters." : ""), g));
            }
        }
        String along = sweep.spec().analysis().along();
        int j = along.isEmpty() ? 0 : paths.indexOf(along);
        ChartGrid a = along(r, j, ci, sub);
        out.add(rendered("verdicts_along", a.title(), "Share of runs with each verdict along " + labels.get(j)
                + " (other parameters pooled), with Wilson " + ci + "s.", a));
        Prim.Result prim = r.prim();
        if (prim.box() != null) {
            ChartGrid b = primBox(r, sub);
            out.add(rendered("prim_box", b.title(), "The PRIM box: where in the swept ranges the runs with "
                    + language(r) + " dominant concentrate. Each row is a parameter's swept range; the coloured part is "
                    + "the box's (inclusive) bounds.", b));
        }
        if (prim.interesting() > 0) {
            ChartGrid t = primTrajectory(r, sub);
            out.add(rendered("prim_trajectory", t.title(), "PRIM's peeling trajectory: each point is a box, from the box "
                    + "around all runs (coverage 100%) to the smallest; pick another box from prim.csv if you weigh coverage "
                    + "and density differently.", t));
        }
        return out;
    }

    private static ChartWriter.Rendered rendered(String file, String title, String caption, ChartGrid g) {
        return new ChartWriter.Rendered(file, title, caption, ChartWriter.png(g), ChartWriter.svg(g, file));
    }

    static String subtitle(SweepResults r) {
        Sweep s = r.sweep();
        int reps = s.spec().replications();
        return "sweep: " + r.label() + " · " + s.spec().design().label() + " design, " + s.points() + " points × "
                + reps + " replication" + (reps == 1 ? "" : "s") + " = " + s.runs() + " runs";
    }

    private static String language(SweepResults r) {
        return r.sweep().base().verdict().language();
    }

    private static ChartGrid sobol(String output, List<IndexRow> rows, List<String> paths, List<String> labels, String ci,
                                   String sub) {
        int k = paths.size();
        double[][] s1 = new double[k][];
        double[][] st = new double[k][];
        for (IndexRow x : rows) {
            int j = paths.indexOf(x.parameter());
            if (j < 0) continue;
            double[] v = {x.value(), x.ciLow(), x.ciHigh()};
            if (x.index().equals("S1")) s1[j] = v;
            if (x.index().equals("ST")) st[j] = v;
        }
        for (int j = 0; j < k; j++) if (s1[j] == null || st[j] == null) return null;
        Integer[] order = byDescending(k, j -> st[j][0]);
        List<String> names = new ArrayList<>();
        double[][] a = new double[k][];
        double[][] b = new double[k][];
        for (int s = 0; s < k; s++) {
            names.add(labels.get(order[s]));
            a[s] = s1[order[s]];
            b[s] = st[order[s]];
        }
        return SweepCharts.sobol(output, names, a, b, ci, sub);
    }

    private static ChartGrid morris(String output, List<IndexRow> rows, List<String> paths, List<String> labels, String sub) {
        int k = paths.size();
        double[] mu = new double[k];
        double[] sigma = new double[k];
        Arrays.fill(mu, Double.NaN);
        Arrays.fill(sigma, Double.NaN);
        for (IndexRow x : rows) {
            int j = paths.indexOf(x.parameter());
            if (j < 0) continue;
            if (x.index().equals("mu_star")) mu[j] = x.value();
            if (x.index().equals("sigma")) sigma[j] = x.value();
        }
        return SweepCharts.morris(output, labels, mu, sigma, sub);
    }

    private static ChartGrid tornado(String output, List<IndexRow> rows, List<String> paths, List<String> labels, String sub) {
        int k = paths.size();
        double base = Double.NaN;
        double[] low = new double[k];
        double[] high = new double[k];
        double[] swing = new double[k];
        for (IndexRow x : rows) {
            if (x.index().equals("base")) base = x.value();
            int j = paths.indexOf(x.parameter());
            if (j < 0) continue;
            switch (x.index()) {
                case "low" -> low[j] = x.value();
                case "high" -> high[j] = x.value();
                case "swing" -> swing[j] = x.value();
                default -> { }
            }
        }
        if (Double.isNaN(base)) return null;
        Integer[] order = byDescending(k, j -> swing[j]);
        List<String> names = new ArrayList<>();
        double[] lo = new double[k];
        double[] hi = new double[k];
        for (int s = 0; s < k; s++) {
            names.add(labels.get(order[s]));
            lo[s] = low[order[s]];
            hi[s] = high[order[s]];
        }
        return SweepCharts.tornado(output, base, names, lo, hi, sub);
    }

    private static Integer[] byDescending(int k, java.util.function.IntToDoubleFunction key) {
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) order[j] = j;
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> Double.isNaN(key.applyAsDouble(j)) ? 0 : -key.applyAsDouble(j))
                .thenComparingInt(j -> j));
        return order;
    }

    /** Bins of one parameter over the design points: distinct values if few, else 8 equal-width bins. */
    record Bins(double[] centres, double width, int[] ofPoint) {
    }

    static Bins bins(Sweep sweep, int j) {
        SweepParameter p = sweep.parameters().get(j);
        double[][] values = sweep.design().values();
        TreeSet<Double> distinct = new TreeSet<>();
        for (double[] row : values) distinct.add(row[j]);
        int[] of = new int[values.length];
        if (distinct.size() <= 12) {
            List<Double> d = new ArrayList<>(distinct);
            double[] c = d.stream().mapToDouble(Double::doubleValue).toArray();
            double w = Double.POSITIVE_INFINITY;
            for (int i = 1; i < c.length; i++) w = Math.min(w, c[i] - c[i - 1]);
            if (Double.isInfinite(w)) w = Math.max(1e-9, (p.hi() - p.lo()) / 4);
            for (int i = 0; i < values.length; i++) of[i] = d.indexOf(values[i][j]);
            return new Bins(c, w, of);
        }
        int n = 8;
        double lo = p.lo();
        double w = (p.hi() - p.lo()) / n;
        double[] c = new double[n];
        for (int b = 0; b < n; b++) c[b] = lo + (b + 0.5) * w;
        for (int i = 0; i < values.length; i++) of[i] = Math.max(0, Math.min(n - 1, (int) Math.floor((values[i][j] - lo) / w)));
        return new Bins(c, w, of);
    }

    static ChartGrid heatmap(SweepResults r, int i, int j, VerdictKind k, String ci, String sub) {
        Sweep sweep = r.sweep();
        Bins bx = bins(sweep, i);
        Bins by = bins(sweep, j);
        int nx = bx.centres().length;
        int ny = by.centres().length;
        int[][] hits = new int[nx][ny];
        int[][] all = new int[nx][ny];
        for (int p = 0; p < sweep.points(); p++) {
            int x = bx.ofPoint()[p];
            int y = by.ofPoint()[p];
            hits[x][y] += r.counts()[p][k.ordinal()];
            all[x][y] += r.runsAt(p);
        }
        double conf = sweep.spec().analysis().confidence();
        double[][] prob = new double[nx][ny];
        double[][] low = new double[nx][ny];
        double[][] high = new double[nx][ny];
        for (int x = 0; x < nx; x++) {
            for (int y = 0; y < ny; y++) {
                if (all[x][y] == 0) {
                    prob[x][y] = low[x][y] = high[x][y] = Double.NaN;
                    continue;
                }
                double[] w = Wilson.interval(hits[x][y], all[x][y], conf);
                prob[x][y] = (double) hits[x][y] / all[x][y];
                low[x][y] = w[0];
                high[x][y] = w[1];
            }
        }
        double[] box = null;
        Prim.Box b = r.prim().box();
        if (k == VerdictKind.DOMINANT && b != null) box = new double[] {b.low()[i], b.high()[i], b.low()[j], b.high()[j]};
        String title = "Where " + language(r) + " is " + k.label() + ": share of runs";
        return SweepCharts.heatmap(title, sweep.parameters().get(i).display(), sweep.parameters().get(j).display(), bx.centres(),
                by.centres(), prob, low, high, bx.width(), by.width(), box, "Wilson " + ci, sub);
    }

    static ChartGrid along(SweepResults r, int j, String ci, String sub) {
        Sweep sweep = r.sweep();
        Bins b = bins(sweep, j);
        int nb = b.centres().length;
        VerdictKind[] kinds = VerdictKind.values();
        int[][] counts = new int[kinds.length][nb];
        int[] all = new int[nb];
        for (int p = 0; p < sweep.points(); p++) {
            int x = b.ofPoint()[p];
            for (VerdictKind k : kinds) counts[k.ordinal()][x] += r.counts()[p][k.ordinal()];
            all[x] += r.runsAt(p);
        }
        double conf = sweep.spec().analysis().confidence();
        double[][][] prob = new double[kinds.length][nb][];
        List<String> names = new ArrayList<>();
        for (VerdictKind k : kinds) {
            names.add(language(r) + " " + k.label());
            for (int x = 0; x < nb; x++) {
                if (all[x] == 0) {
                    prob[k.ordinal()][x] = new double[] {Double.NaN, Double.NaN, Double.NaN};
                    continue;
                }
                double[] w = Wilson.interval(counts[k.ordinal()][x], all[x], conf);
                prob[k.ordinal()][x] = new double[] {(double) counts[k.ordinal()][x] / all[x], w[0], w[1]};
            }
        }
        return SweepCharts.along(sweep.parameters().get(j).display(), names, b.centres(), prob, "Wilson " + ci, sub);
    }

    static ChartGrid primBox(SweepResults r, String sub) {
        Sweep sweep = r.sweep();
        Prim.Box box = r.prim().box();
        Prim.Box all = r.prim().trajectory().get(0);
        int k = sweep.parameters().size();
        double[][] range = new double[k][];
        double[][] in = new double[k][];
        for (int j = 0; j < k; j++) {
            range[j] = new double[] {all.low()[j], all.high()[j]};
            if (box.restricts(j, all.low()[j], all.high()[j])) in[j] = new double[] {box.low()[j], box.high()[j]};
        }
        List<String> labels = sweep.parameters().stream().map(SweepParameter::display).toList();
        return SweepCharts.primBox("PRIM box: where " + language(r) + " dominates (coverage " + Num.percent(box.coverage())
                + ", density " + Num.percent(box.density()) + ")", labels, range, in, sub);
    }

    static ChartGrid primTrajectory(SweepResults r, String sub) {
        Prim.Result p = r.prim();
        List<Prim.Box> peel = p.peeling();
        double[][] trajectory = new double[2][peel.size()];
        for (int s = 0; s < peel.size(); s++) {
            trajectory[0][s] = peel.get(s).coverage();
            trajectory[1][s] = peel.get(s).density();
        }
        double[][] pasting = null;
        double[] chosen = null;
        if (p.box() != null) {
            List<Prim.Box> pastes = p.trajectory().stream().filter(b -> b.phase() == Prim.Phase.PASTE).toList();
            Prim.Box from = p.trajectory().get(p.chosen());
            pasting = new double[2][pastes.size() + 1];
            pasting[0][0] = from.coverage();
            pasting[1][0] = from.density();
            for (int s = 0; s < pastes.size(); s++) {
                pasting[0][s + 1] = pastes.get(s).coverage();
                pasting[1][s + 1] = pastes.get(s).density();
            }
            chosen = new double[] {p.box().coverage(), p.box().density()};
        }
        var o = r.sweep().spec().analysis();
        return SweepCharts.primTrajectory("PRIM: where " + language(r) + " dominates (" + p.interesting() + " of "
                + r.verdicts().length + " runs)", trajectory, pasting, chosen, o.primMinCoverage(), o.primMinDensity(),
                p.box() == null ? p.whyNone() : null, sub);
    }

    static String fileSafe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
