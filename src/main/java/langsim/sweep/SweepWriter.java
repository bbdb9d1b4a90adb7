package langsim.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import langsim.experiment.VerdictKind;
import langsim.output.AtomicResults;
import langsim.output.Csv;
import langsim.output.Json;
import langsim.output.Num;
import langsim.sensitivity.IndexRow;
import langsim.sensitivity.Prim;
import langsim.sensitivity.SensitivityCsv;
import langsim.sensitivity.Wilson;
import langsim.sweep.chart.SweepCharts;
import org.jfree.chart.JFreeChart;

/**
 * Writes a sweep's results folder atomically: runs.csv, points.csv, sensitivity.csv, prim.csv, problem.json and
 * design.csv (see {@link SweepInterop}), sweep.resolved.yaml, base.resolved.yaml, manifest.json, charts/ and
 * report.html. Every file is a deterministic function of the sweep and its runs (no timestamps, no timings), so an
 * interrupted-and-resumed sweep writes the same bytes as an uninterrupted one (manifest.json's {@code arguments}
 * entry excepted: it is the command line as typed, e.g. with {@code --resume}).
 */
public final class SweepWriter {
    private SweepWriter() {
    }

    public static void write(Path target, SweepAnalysis a) {
        write(target, a, null);
    }

    /**
     * As {@link #write(Path, SweepAnalysis)}, but copies the existing {@code target/keep} sub-folder (the shard
     * journals of a merge) into the new folder, so the commit that replaces the folder keeps it.
     */
    public static void write(Path target, SweepAnalysis a, String keep) {
        write(target, a, keep, true);
    }

    /** As {@link #write(Path, SweepAnalysis, String)}; without {@code withCharts}, no charts/ (sweep --no-charts). */
    public static void write(Path target, SweepAnalysis a, String keep, boolean withCharts) {
        write(target, a, keep, withCharts, List.of());
    }

    /**
     * As {@link #write(Path, SweepAnalysis, String, boolean)}; {@code arguments}: the command line as typed, recorded
     * in manifest.json (see {@link SweepProvenance}).
     */
    public static void write(Path target, SweepAnalysis a, String keep, boolean withCharts, List<String> arguments) {
        try (AtomicResults out = AtomicResults.create(target)) {
            if (keep != null) {
                Path from = target.toAbsolutePath().normalize().resolve(keep);
                if (Files.isDirectory(from)) {
                    Files.createDirectories(out.file(keep));
                    try (var files = Files.list(from)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            Files.copy(f, out.file(keep).resolve(f.getFileName().toString()));
                        }
                    }
                }
            }
            Sweep sweep = a.sweep();
            out.writeText("runs.csv", runsCsv(a));
            out.writeText("points.csv", pointsCsv(a));
            out.writeText("sensitivity.csv", SensitivityCsv.write(a.indices()));
            out.writeText("prim.csv", primCsv(a));
            out.writeText("problem.json", SweepInterop.problemJson(sweep));
            out.writeText("design.csv", SweepInterop.designCsv(sweep));
            // --- provenance (SweepProvenance): the folder re-runs on its own; no timings, so resumed = uninterrupted
            out.writeText(SweepProvenance.RESOLVED_SWEEP, SweepProvenance.resolvedSweep(sweep));
            out.writeText(SweepProvenance.RESOLVED_BASE, SweepProvenance.resolvedBase(sweep));
            out.writeText(SweepProvenance.MANIFEST, Json.write(SweepProvenance.manifest(sweep, arguments)));
            // --- end provenance
            Map<String, byte[]> charts = withCharts ? charts(a) : Map.of();
            if (withCharts) Files.createDirectories(out.file("charts"));
            for (Map.Entry<String, byte[]> c : charts.entrySet()) Files.write(out.file("charts/" + c.getKey()), c.getValue());
            out.writeText("report.html", SweepReport.html(a, charts, SweepProvenance.label(sweep, arguments)));
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results into " + target, e);
        }
    }

    static String runsCsv(SweepAnalysis a) {
        Sweep sweep = a.sweep();
        StringBuilder sb = new StringBuilder("run,point,replication,seed");
        for (SweepParameter p : sweep.parameters()) sb.append(',').append(Csv.escape(p.path()));
        sb.append(",verdict");
        for (String o : sweep.outputs().names()) sb.append(',').append(Csv.escape(o));
        sb.append('\n');
        for (RunResult r : a.runs()) {
            sb.append(r.run()).append(',').append(r.point()).append(',').append(r.replication()).append(',').append(r.seed());
            for (double v : sweep.design().values()[r.point()]) sb.append(',').append(Num.format(v));
            sb.append(',').append(r.verdict().label());
            for (double v : r.outputs()) sb.append(',').append(Num.format(v));
            sb.append('\n');
        }
        return sb.toString();
    }

    static String pointsCsv(SweepAnalysis a) {
        Sweep sweep = a.sweep();
        StringBuilder sb = new StringBuilder("point");
        for (SweepParameter p : sweep.parameters()) sb.append(',').append(Csv.escape(p.path()));
        sb.append(",runs");
        for (VerdictKind k : VerdictKind.values()) {
            String n = "p_" + k.label().replace('-', '_');
            sb.append(',').append(n).append(',').append(n).append("_low,").append(n).append("_high");
        }
        for (String o : sweep.outputs().names()) {
            sb.append(',').append(Csv.escape(o + "_mean")).append(',').append(Csv.escape(o + "_low")).append(',')
                    .append(Csv.escape(o + "_high"));
        }
        sb.append('\n');
        for (SweepAnalysis.PointStats p : a.points()) {
            sb.append(p.point());
            for (double v : sweep.design().values()[p.point()]) sb.append(',').append(Num.format(v));
            sb.append(',').append(p.runs());
            for (VerdictKind k : VerdictKind.values()) {
                sb.append(',').append(Num.format(p.share(k))).append(',').append(Num.format(p.verdictCi()[k.ordinal()][0]))
                        .append(',').append(Num.format(p.verdictCi()[k.ordinal()][1]));
            }
            for (var iv : p.outputs()) {
                sb.append(',').append(Num.format(iv.mean())).append(',').append(Num.format(iv.low())).append(',')
                        .append(Num.format(iv.high()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The PRIM trajectory, one row per box: step, phase (peel, then paste for the chosen box), whether it is the
     * reported box, coverage, density, mass, cases, cases of interest, then the inclusive bounds of every parameter.
     */
    static String primCsv(SweepAnalysis a) {
        Sweep sweep = a.sweep();
        StringBuilder sb = new StringBuilder("step,phase,chosen,coverage,density,mass,cases,interesting");
        for (SweepParameter p : sweep.parameters()) {
            sb.append(',').append(Csv.escape(p.path() + "_low")).append(',').append(Csv.escape(p.path() + "_high"));
        }
        sb.append('\n');
        Prim.Result r = a.prim();
        if (r == null) return sb.toString();
        for (Prim.Box b : r.trajectory()) {
            sb.append(b.step()).append(',').append(b.phase().label()).append(',').append(b == r.box() ? 1 : 0).append(',')
                    .append(Num.format(b.coverage())).append(',').append(Num.format(b.density())).append(',')
                    .append(Num.format(b.mass())).append(',').append(b.cases()).append(',').append(b.interesting());
            for (int j = 0; j < b.low().length; j++) {
                sb.append(',').append(Num.format(b.low()[j])).append(',').append(Num.format(b.high()[j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------- charts

    static Map<String, byte[]> charts(SweepAnalysis a) {
        Sweep sweep = a.sweep();
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<String> labels = sweep.parameters().stream().map(SweepParameter::display).toList();
        List<String> paths = sweep.parameters().stream().map(SweepParameter::path).toList();
        for (String output : sweep.outputs().names()) {
            List<IndexRow> rows = a.indices().stream().filter(r -> r.output().equals(output)).toList();
            if (rows.stream().anyMatch(r -> !r.estimable())) continue;   // no chart for a not estimable output
            JFreeChart chart = switch (sweep.spec().design()) {
                case SALTELLI -> sobolChart(output, rows, paths, labels);
                case MORRIS -> morrisChart(output, rows, paths, labels);
                case OAT -> tornadoChart(output, rows, paths, labels);
                default -> null;
            };
            if (chart != null) out.put(sweep.spec().design().label() + "_" + fileSafe(output) + ".png", SweepCharts.png(chart));
        }
        if (sweep.parameters().size() >= 2) {
            List<String> hm = sweep.spec().analysis().heatmap();
            int i = hm.isEmpty() ? 0 : paths.indexOf(hm.get(0));
            int j = hm.isEmpty() ? 1 : paths.indexOf(hm.get(1));
            out.put("heatmap_dominant.png", SweepCharts.png(heatmap(a, i, j)));
        }
        String along = sweep.spec().analysis().along();
        int j = along.isEmpty() ? 0 : paths.indexOf(along);
        out.put("verdicts_along.png", SweepCharts.png(alongChart(a, j)));
        if (a.prim() != null && a.prim().interesting() > 0) out.put("prim_trajectory.png", SweepCharts.png(primChart(a)));
        return out;
    }

    private static JFreeChart sobolChart(String output, List<IndexRow> rows, List<String> paths, List<String> labels) {
        int k = paths.size();
        double[][] s1 = new double[k][];
        double[][] st = new double[k][];
        for (IndexRow r : rows) {
            int j = paths.indexOf(r.parameter());
            if (j < 0) continue;
            double[] v = {r.value(), r.ciLow(), r.ciHigh()};
            if (r.index().equals("S1")) s1[j] = v;
            if (r.index().equals("ST")) st[j] = v;
        }
        for (int j = 0; j < k; j++) if (s1[j] == null || st[j] == null) return null;
        return SweepCharts.sobol(output, labels, s1, st);
    }

    private static JFreeChart morrisChart(String output, List<IndexRow> rows, List<String> paths, List<String> labels) {
        int k = paths.size();
        double[] mu = new double[k];
        double[] sigma = new double[k];
        boolean any = false;
        for (IndexRow r : rows) {
            int j = paths.indexOf(r.parameter());
            if (j < 0) continue;
            if (r.index().equals("mu_star")) mu[j] = r.value();
            if (r.index().equals("sigma")) sigma[j] = r.value();
            any = true;
        }
        return any ? SweepCharts.morris(output, labels, mu, sigma) : null;
    }

    private static JFreeChart tornadoChart(String output, List<IndexRow> rows, List<String> paths, List<String> labels) {
        int k = paths.size();
        double base = Double.NaN;
        double[] low = new double[k];
        double[] high = new double[k];
        double[] swing = new double[k];
        for (IndexRow r : rows) {
            if (r.index().equals("base")) base = r.value();
            int j = paths.indexOf(r.parameter());
            if (j < 0) continue;
            switch (r.index()) {
                case "low" -> low[j] = r.value();
                case "high" -> high[j] = r.value();
                case "swing" -> swing[j] = r.value();
                default -> { }
            }
        }
        if (Double.isNaN(base)) return null;
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) order[j] = j;
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer j) -> Double.isNaN(swing[j]) ? 0 : -swing[j])
                .thenComparingInt(j -> j));
        List<String> names = new ArrayList<>();
        double[] lo = new double[k];
        double[] hi = new double[k];
        for (int s = 0; s < k; s++) {
            names.add(labels.get(order[s]));
            lo[s] = low[order[s]];
            hi[s] = high[order[s]];
        }
        return SweepCharts.tornado(output, base, names, lo, hi);
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

    static JFreeChart heatmap(SweepAnalysis a, int i, int j) {
        Sweep sweep = a.sweep();
        Bins bx = bins(sweep, i);
        Bins by = bins(sweep, j);
        int[][] dom = new int[bx.centres().length][by.centres().length];
        int[][] all = new int[bx.centres().length][by.centres().length];
        for (SweepAnalysis.PointStats p : a.points()) {
            int x = bx.ofPoint()[p.point()];
            int y = by.ofPoint()[p.point()];
            dom[x][y] += p.verdicts()[VerdictKind.DOMINANT.ordinal()];
            all[x][y] += p.runs();
        }
        double[][] prob = new double[dom.length][dom[0].length];
        for (int x = 0; x < dom.length; x++) {
            for (int y = 0; y < dom[0].length; y++) prob[x][y] = all[x][y] == 0 ? Double.NaN : (double) dom[x][y] / all[x][y];
        }
        String lang = sweep.base().verdict().language();
        return SweepCharts.heatmap("P(" + lang + " dominant)", sweep.parameters().get(i).display(),
                sweep.parameters().get(j).display(), bx.centres(), by.centres(), prob, bx.width(), by.width());
    }

    static JFreeChart alongChart(SweepAnalysis a, int j) {
        Sweep sweep = a.sweep();
        Bins b = bins(sweep, j);
        int nb = b.centres().length;
        VerdictKind[] kinds = VerdictKind.values();
        int[][] counts = new int[kinds.length][nb];
        int[] all = new int[nb];
        for (SweepAnalysis.PointStats p : a.points()) {
            int x = b.ofPoint()[p.point()];
            for (VerdictKind k : kinds) counts[k.ordinal()][x] += p.verdicts()[k.ordinal()];
            all[x] += p.runs();
        }
        double conf = sweep.spec().analysis().confidence();
        double[][][] prob = new double[kinds.length][nb][];
        List<String> names = new ArrayList<>();
        for (VerdictKind k : kinds) {
            names.add(k.label());
            for (int x = 0; x < nb; x++) {
                if (all[x] == 0) {
                    prob[k.ordinal()][x] = new double[] {Double.NaN, Double.NaN, Double.NaN};
                    continue;
                }
                double[] ci = Wilson.interval(counts[k.ordinal()][x], all[x], conf);
                prob[k.ordinal()][x] = new double[] {(double) counts[k.ordinal()][x] / all[x], ci[0], ci[1]};
            }
        }
        return SweepCharts.along(sweep.parameters().get(j).display(), names, b.centres(), prob);
    }

    static JFreeChart primChart(SweepAnalysis a) {
        Prim.Result r = a.prim();
        List<Prim.Box> peel = r.peeling();
        double[][] trajectory = new double[2][peel.size()];
        for (int s = 0; s < peel.size(); s++) {
            trajectory[0][s] = peel.get(s).coverage();
            trajectory[1][s] = peel.get(s).density();
        }
        double[][] pasting = null;
        double[] chosen = null;
        if (r.box() != null) {
            List<Prim.Box> pastes = r.trajectory().stream().filter(b -> b.phase() == Prim.Phase.PASTE).toList();
            Prim.Box from = r.trajectory().get(r.chosen());
            pasting = new double[2][pastes.size() + 1];
            pasting[0][0] = from.coverage();
            pasting[1][0] = from.density();
            for (int s = 0; s < pastes.size(); s++) {
                pasting[0][s + 1] = pastes.get(s).coverage();
                pasting[1][s + 1] = pastes.get(s).density();
            }
            chosen = new double[] {r.box().coverage(), r.box().density()};
        }
        var o = a.sweep().spec().analysis();
        return SweepCharts.primTrajectory("PRIM: where " + a.sweep().base().verdict().language() + " dominates ("
                + r.interesting() + " of " + a.runs().length + " runs)", trajectory, pasting, chosen, o.primMinCoverage(),
                o.primMinDensity(), r.box() == null ? r.whyNone() : null);
    }

    static String fileSafe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    static String encode(byte[] png) {
        return Base64.getEncoder().encodeToString(png);
    }
}
