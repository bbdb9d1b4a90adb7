package langsim.sweep.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import langsim.chart.ChartWriter;
import langsim.experiment.VerdictKind;
import langsim.output.AtomicResults;
import langsim.output.Csv;
import langsim.output.Json;
import langsim.output.Num;
import langsim.output.ResultsFolder;
import langsim.output.SensitivityCsv;
import langsim.sensitivity.Prim;
import langsim.sweep.RunResult;
import langsim.sweep.Sweep;
import langsim.sweep.SweepAnalysis;
import langsim.sweep.SweepInterop;
import langsim.sweep.SweepParameter;
import langsim.sweep.SweepProvenance;


/**
 * Writes a sweep's results folder atomically: runs.csv, points.csv, sensitivity.csv, prim.csv, problem.json and
 * design.csv (see {@link SweepInterop}), sweep.resolved.yaml, base.resolved.yaml, manifest.json, charts/ and
 * report.html. Every file is a deterministic function of the sweep and its runs (no timestamps, no timings), so an
 * interrupted-and-resumed sweep writes the same bytes as an uninterrupted one (manifest.json's {@code arguments}
 * entry excepted: it is the command line as typed, e.g. with {@code --resume}).
 */
public final class SweepWriter {
    static final String REPORT = "report.html";
    static final String CHARTS = "charts";

    private SweepWriter() {
    }

    /**
     * Rebuilds charts/ (unless {@code withCharts} is false) and report.html of a sweep folder from its files, without
     * re-running anything ({@code langsim report DIR}); the same bytes as the sweep wrote. Each is replaced atomically,
     * and charts/ only if it holds nothing but charts. Returns the number of charts.
     */
    public static int rebuildReport(Path dir, boolean withCharts) {
        ResultsFolder.checkChartsFolder(dir.resolve(CHARTS));
        SweepResults results = SweepResults.read(dir);
        List<ChartWriter.Rendered> charts = withCharts ? SweepFigures.render(results) : List.of();
        if (withCharts) ChartWriter.writeFolder(dir.resolve(CHARTS), charts);
        ResultsFolder.writeFileAtomically(dir.resolve(REPORT), SweepReport.html(results, charts, withCharts));
        return charts.size();
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
            // the report and charts come from the files just written, as `langsim report` makes them later
            SweepResults results = SweepResults.read(out.dir());
            List<ChartWriter.Rendered> charts = withCharts ? SweepFigures.render(results) : List.of();
            if (withCharts) {
                Files.createDirectories(out.file(CHARTS));
                for (ChartWriter.Rendered c : charts) {
                    Files.write(out.file(CHARTS + "/" + c.pngName()), c.png());
                    Files.writeString(out.file(CHARTS + "/" + c.svgName()), c.svg(), StandardCharsets.UTF_8);
                }
            }
            out.writeText(REPORT, SweepReport.html(results, charts, withCharts));
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
}
