package langsim.verify;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import langsim.chart.ChartGrid;
import langsim.chart.ChartWriter;
import langsim.config.ConfigException;
import langsim.output.AtomicResults;
import langsim.output.Csv;
import langsim.output.Num;
import langsim.output.ResultsFolder;

/** The reference models by name, and the table, CSV and chart of their checks. */
public final class Verifier {
    static final String CSV = "verify.csv";
    static final String TXT = "verify.txt";

    /** Default master seed of verify. */
    public static final long DEFAULT_SEED = 20251125L;

    private Verifier() {
    }

    public static List<ReferenceModel> models() {
        return List.of(new Bass(), new AbramsStrogatz(), new Arthur());
    }

    public static ReferenceModel byName(String name) {
        for (ReferenceModel m : models()) {
            if (m.name().equals(name)) return m;
        }
        throw ConfigException.of("verify " + name, "unknown reference model; known: bass, abrams-strogatz, arthur");
    }

    /** Runs one model with its defaults changed by {@code name=value} assignments. */
    public static Outcome run(ReferenceModel model, List<String> sets, long seed, int threads) {
        return model.run(params(model, sets), seed, threads);
    }

    /** The model's defaults changed by the assignments, checked. */
    private static VerifyParams params(ReferenceModel model, List<String> sets) {
        VerifyParams params = model.defaults().with(sets);
        model.check(params);
        return params;
    }

    public static String table(List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder();
        int width = 56;
        for (Outcome o : outcomes) for (Check c : o.checks()) width = Math.max(width, c.quantity().length() + 2);
        String head = String.format(Locale.ROOT, "%-" + width + "s %10s  %-30s %9s  %s%n", "quantity", "published",
                "simulated [95% CI]", "tolerance", "result");
        for (Outcome o : outcomes) {
            b.append(String.format(Locale.ROOT, "%s  %s  (%.1f s)%n", o.model(), o.parameters(), o.seconds()));
            b.append(head);
            for (Check c : o.checks()) {
                String sim = fmt(c.simulated()) + (Double.isNaN(c.ciLow()) ? "" : " [" + fmt(c.ciLow()) + ", " + fmt(c.ciHigh()) + "]");
                b.append(String.format(Locale.ROOT, "  %-" + (width - 2) + "s %10s  %-30s %9s  %s%n", c.quantity(),
                        fmt(c.published()), sim, Double.isNaN(c.tolerance()) ? "" : fmt(c.tolerance()), c.pass() ? "PASS" : "FAIL"));
            }
            long failed = o.checks().stream().filter(c -> !c.pass()).count();
            b.append(String.format(Locale.ROOT, "  %s: %d/%d checks passed%n%n", o.model(), o.checks().size() - failed, o.checks().size()));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) return "-";
        return String.format(Locale.ROOT, "%.4f", v);
    }

    public static String csv(List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder("model,quantity,published,simulated,ci_low,ci_high,tolerance,pass\n");
        for (Outcome o : outcomes) {
            for (Check c : o.checks()) {
                b.append(Csv.escape(c.model())).append(',').append(Csv.escape(c.quantity())).append(',')
                        .append(Num.format(c.published())).append(',').append(Num.format(c.simulated())).append(',')
                        .append(Num.format(c.ciLow())).append(',').append(Num.format(c.ciHigh())).append(',')
                        .append(Num.format(c.tolerance())).append(',').append(c.pass()).append('\n');
            }
        }
        return b.toString();
    }

    /** Writes verify.csv, verify.txt (the table), verify-curves.csv and verify.png / verify.svg into {@code dir}, all at once. */
    public static void write(Path dir, List<Outcome> outcomes, long seed) {
        try (AtomicResults out = AtomicResults.create(dir)) {
            out.writeText(CSV, csv(outcomes));
            out.writeText(TXT, "Verification against published models, master seed " + seed + "\n\n" + table(outcomes));
            out.writeText(VerifyChart.CURVES, VerifyChart.curvesCsv(outcomes));
            // drawn from the files just written, as `langsim report` redraws it later
            ChartGrid grid = VerifyChart.ofFolder(out.dir());
            try {
                Files.write(out.file("verify.png"), ChartWriter.png(grid));
                Files.writeString(out.file("verify.svg"), ChartWriter.svg(grid, "verify"), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write the verify chart", e);
            }
            out.commit();
        }
    }

    public static List<Outcome> runAll(List<ReferenceModel> models, List<String> sets, long seed, int threads, PrintWriter progress) {
        // every model's parameters are checked before the first progress line, so bad input is one line alone
        List<VerifyParams> params = new ArrayList<>();
        for (ReferenceModel m : models) params.add(params(m, sets));
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            if (progress != null) {
                progress.printf("running %s ...%n", models.get(i).name());
                progress.flush();
            }
            outcomes.add(models.get(i).run(params.get(i), seed, threads));
        }
        return outcomes;
    }

    /** Redraws verify.png and verify.svg of a verify folder from its files ({@code langsim report DIR}), each at once. */
    public static void rebuildChart(Path dir) {
        for (String f : List.of(CSV, VerifyChart.CURVES)) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw ConfigException.of(dir.toString(), "cannot redraw the verify chart: no " + f
                        + (f.equals(VerifyChart.CURVES) ? " (written by verify --out since the chart is drawn from files)" : ""));
            }
        }
        ChartGrid grid = VerifyChart.ofFolder(dir);
        ResultsFolder.writeFileAtomically(dir.resolve("verify.png"), ChartWriter.png(grid));
        ResultsFolder.writeFileAtomically(dir.resolve("verify.svg"), ChartWriter.svg(grid, "verify"));
    }
}
