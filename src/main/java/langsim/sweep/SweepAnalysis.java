package langsim.sweep;

import java.util.ArrayList;
import java.util.List;

import langsim.experiment.Interval;
import langsim.experiment.Seeds;
import langsim.experiment.VerdictKind;
import langsim.sensitivity.Designs;
import langsim.sensitivity.IndexRow;
import langsim.sensitivity.MorrisIndices;
import langsim.sensitivity.Prim;
import langsim.sensitivity.RareOutcome;
import langsim.sensitivity.SobolIndices;
import langsim.sensitivity.Tornado;
import langsim.sensitivity.Wilson;

/** Everything computed from the finished runs of a sweep: per-point aggregates, sensitivity indices, the PRIM box. */
public final class SweepAnalysis {
    /** Aggregates of one design point: verdict counts with Wilson intervals, and each output's mean interval. */
    public record PointStats(int point, int runs, int[] verdicts, double[][] verdictCi, Interval[] outputs) {
        public double share(VerdictKind k) {
            return runs == 0 ? Double.NaN : (double) verdicts[k.ordinal()] / runs;
        }
    }

    private final Sweep sweep;
    private final RunResult[] runs;
    private final List<PointStats> points;
    private final List<IndexRow> indices = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Prim.Result prim;

    private SweepAnalysis(Sweep sweep, RunResult[] runs) {
        this.sweep = sweep;
        this.runs = runs;
        this.points = aggregate();
    }

    public static SweepAnalysis of(Sweep sweep, RunResult[] runs) {
        SweepAnalysis a = new SweepAnalysis(sweep, runs);
        a.sensitivity();
        a.findBox();
        return a;
    }

    public Sweep sweep() {
        return sweep;
    }

    public RunResult[] runs() {
        return runs;
    }

    public List<PointStats> points() {
        return points;
    }

    public List<IndexRow> indices() {
        return indices;
    }

    public List<String> notes() {
        return notes;
    }

    public Prim.Result prim() {
        return prim;
    }

    private List<PointStats> aggregate() {
        int reps = sweep.spec().replications();
        int nOut = sweep.outputs().size();
        double conf = sweep.spec().analysis().confidence();
        List<PointStats> out = new ArrayList<>();
        for (int p = 0; p < sweep.points(); p++) {
            int[] counts = new int[VerdictKind.values().length];
            double[][] values = new double[nOut][reps];
            for (int r = 0; r < reps; r++) {
                RunResult run = runs[p * reps + r];
                counts[run.verdict().ordinal()]++;
                for (int o = 0; o < nOut; o++) values[o][r] = run.outputs()[o];
            }
            double[][] ci = new double[counts.length][];
            for (int v = 0; v < counts.length; v++) ci[v] = Wilson.interval(counts[v], reps, conf);
            Interval[] iv = new Interval[nOut];
            for (int o = 0; o < nOut; o++) iv[o] = Interval.of(values[o]);
            out.add(new PointStats(p, reps, counts, ci, iv));
        }
        return out;
    }

    private void sensitivity() {
        var spec = sweep.spec();
        int k = sweep.parameters().size();
        List<String> names = sweep.parameters().stream().map(SweepParameter::path).toList();
        List<String> outputs = sweep.outputs().names();
        for (int o = 0; o < outputs.size(); o++) {
            String output = outputs.get(o);
            double[] y = new double[points.size()];
            boolean missing = false;
            for (int p = 0; p < y.length; p++) {
                y[p] = points.get(p).outputs()[o].mean();
                if (Double.isNaN(y[p])) missing = true;
            }
            long seed = Seeds.derive(spec.seed() ^ Designs.ANALYSIS_SALT, o);
            int boot = spec.analysis().bootstrap();
            double conf = spec.analysis().confidence();
            String rare = rareOutcome(o, output);
            switch (spec.design()) {
                case SALTELLI -> {
                    if (rare != null) {
                        indices.addAll(IndexRow.notEstimable(output, names, "sobol", List.of("S1", "ST"), rare));
                        continue;
                    }
                    if (missing) notes.add("Sobol indices of " + output + " skipped: undefined at some points (e.g. a threshold never crossed).");
                    else indices.addAll(SobolIndices.analyze(y, k, names, output, boot, conf, seed));
                }
                case MORRIS -> {
                    if (rare != null) {
                        indices.addAll(IndexRow.notEstimable(output, names, "morris", List.of("mu", "mu_star", "sigma"), rare));
                        continue;
                    }
                    if (missing) notes.add("Morris effects of " + output + " skipped: undefined at some points.");
                    else indices.addAll(MorrisIndices.analyze(sweep.design().unit(), y, k, names, output, boot, conf, seed));
                }
                case OAT -> indices.addAll(tornado(o, output));
                default -> { }
            }
        }
    }

    /** The "not estimable: only k of n runs ..." note if output {@code o} is binary and one value is rare, else null. */
    private String rareOutcome(int o, String output) {
        double[] values = new double[runs.length];
        for (int i = 0; i < runs.length; i++) values[i] = runs[i].outputs()[o];
        return RareOutcome.check(output, values);
    }

    private List<IndexRow> tornado(int o, String output) {
        List<Tornado.Levels> levels = new ArrayList<>();
        int p = 1;
        for (SweepParameter param : sweep.parameters()) {
            List<Double> ls = param.levels(sweep.spec().samples());
            double[][] outs = new double[ls.size()][];
            double[] vals = new double[ls.size()];
            for (int l = 0; l < ls.size(); l++, p++) {
                Interval iv = points.get(p).outputs()[o];
                outs[l] = new double[] {iv.mean(), iv.low(), iv.high()};
                vals[l] = ls.get(l);
            }
            levels.add(new Tornado.Levels(param.path(), vals, outs));
        }
        Interval b = points.get(0).outputs()[o];
        return Tornado.analyze(output, new double[] {b.mean(), b.low(), b.high()}, levels);
    }

    private void findBox() {
        int k = sweep.parameters().size();
        double[][] x = new double[runs.length][];
        boolean[] y = new boolean[runs.length];
        for (int i = 0; i < runs.length; i++) {
            x[i] = sweep.design().values()[runs[i].point()];
            y[i] = runs[i].verdict() == VerdictKind.DOMINANT;
        }
        prim = Prim.find(x, y, sweep.spec().analysis().prim());
        Prim.Box box = prim.box();
        if (box == null) return;   // the report says why (prim.whyNone())
        for (int j = 0; j < k; j++) {
            SweepParameter p = sweep.parameters().get(j);
            Prim.Box all = prim.trajectory().get(0);
            if (box.restricts(j, all.low()[j], all.high()[j])) {
                indices.add(new IndexRow("dominant", p.path(), "prim", "box_low", box.low()[j], Double.NaN, Double.NaN));
                indices.add(new IndexRow("dominant", p.path(), "prim", "box_high", box.high()[j], Double.NaN, Double.NaN));
            }
        }
        indices.add(new IndexRow("dominant", "", "prim", "coverage", box.coverage(), Double.NaN, Double.NaN));
        indices.add(new IndexRow("dominant", "", "prim", "density", box.density(), Double.NaN, Double.NaN));
        indices.add(new IndexRow("dominant", "", "prim", "mass", box.mass(), Double.NaN, Double.NaN));
        indices.add(new IndexRow("dominant", "", "prim", "cases", box.cases(), Double.NaN, Double.NaN));
    }
}
