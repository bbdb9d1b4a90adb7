package langsim.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import langsim.experiment.VerdictKind;
import langsim.output.Num;
import langsim.sensitivity.IndexRow;
import langsim.sensitivity.Prim;
import langsim.sensitivity.Wilson;

/** A self-contained HTML report of a sweep (charts embedded as data URIs; every string HTML-escaped). */
public final class SweepReport {
    private SweepReport() {
    }

    public static String html(SweepAnalysis a, Map<String, byte[]> charts) {
        return html(a, charts, a.sweep().name());
    }

    /** @param label what the results are called (SweepProvenance#label): the sweep's name unless --label gave one */
    public static String html(SweepAnalysis a, Map<String, byte[]> charts, String label) {
        Sweep sweep = a.sweep();
        SweepSpec spec = sweep.spec();
        String lang = sweep.base().verdict().language();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc("langsim sweep " + label)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}")
                .append("th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%}")
                .append("</style></head><body>\n");
        h.append("<h1>Sweep: ").append(esc(label)).append("</h1>\n");
        if (!label.equals(spec.name())) h.append("<p>sweep <code>").append(esc(spec.name())).append("</code></p>\n");
        if (!spec.description().isBlank()) h.append("<p>").append(esc(spec.description())).append("</p>\n");
        h.append("<table>");
        row(h, "base scenario", spec.baseScenario() + " (" + sweep.base().name() + ")");
        if (!spec.set().isEmpty()) row(h, "base overrides", String.join("; ", spec.set()));
        row(h, "design", spec.design() == DesignKind.FILE ? "file " + spec.designFile() + ", " + a.sweep().points() + " points"
                : spec.design().label() + ", samples " + spec.samples());
        row(h, "design points", Integer.toString(sweep.points()));
        row(h, "replications per point", Integer.toString(spec.replications()));
        row(h, "runs", Long.toString(sweep.runs()));
        row(h, "master seed", Long.toString(spec.seed()));
        h.append("</table>\n<p>Files: <a href=\"runs.csv\">runs.csv</a>, <a href=\"points.csv\">points.csv</a>, ")
                .append("<a href=\"sensitivity.csv\">sensitivity.csv</a>, <a href=\"prim.csv\">prim.csv</a>, <a href=\"sweep.resolved.yaml\">sweep.resolved.yaml</a>.</p>\n");

        h.append("<h2>Parameters</h2>\n<table><tr><th>scenario path</th><th>label</th><th>min</th><th>max</th><th>base</th></tr>");
        for (SweepParameter p : sweep.parameters()) {
            h.append("<tr><td>").append(esc(p.path())).append("</td><td>").append(esc(p.label())).append("</td>");
            num(h, p.lo());
            num(h, p.hi());
            num(h, p.base());
            h.append("</tr>");
        }
        h.append("</table>\n");

        h.append("<h2>Verdicts over all runs</h2>\n<table><tr><th>verdict</th><th>runs</th><th>share</th><th>")
                .append(pct(spec.analysis().confidence())).append(" Wilson interval</th></tr>");
        int total = a.runs().length;
        for (VerdictKind k : VerdictKind.values()) {
            int c = 0;
            for (RunResult r : a.runs()) if (r.verdict() == k) c++;
            double[] ci = Wilson.interval(c, total, spec.analysis().confidence());
            h.append("<tr><td>").append(esc(k.label())).append("</td><td class=\"n\">").append(c).append("</td>");
            num(h, (double) c / total);
            h.append("<td class=\"n\">").append(esc(Num.format(ci[0]) + " – " + Num.format(ci[1]))).append("</td></tr>");
        }
        h.append("</table>\n");

        ranking(h, a);

        h.append("<h2>Where ").append(esc(lang)).append(" dominates (PRIM)</h2>\n");
        prim(h, a, lang);
        for (String note : a.notes()) h.append("<p><em>").append(esc(note)).append("</em></p>\n");

        h.append("<h2>Charts</h2>\n");
        for (Map.Entry<String, byte[]> c : charts.entrySet()) {
            h.append("<figure><img alt=\"").append(esc(c.getKey())).append("\" src=\"data:image/png;base64,")
                    .append(SweepWriter.encode(c.getValue())).append("\"><figcaption>").append(esc(c.getKey()))
                    .append("</figcaption></figure>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    /** The PRIM box (or why there is none), its settings and a pointer to the trajectory. */
    private static void prim(StringBuilder h, SweepAnalysis a, String lang) {
        Sweep sweep = a.sweep();
        Prim.Result r = a.prim();
        if (r == null) return;
        AnalysisSpec o = sweep.spec().analysis();
        int n = a.runs().length;
        h.append("<p>Runs with ").append(esc(lang)).append(" dominant: ").append(r.interesting()).append(" of ").append(n)
                .append(". Settings: peel and paste ").append(esc(Num.format(100 * o.primPeelAlpha()))).append(" % / ")
                .append(esc(Num.format(100 * o.primPasteAlpha()))).append(" % of the box per step (whole groups of tied values); ")
                .append("a box keeps at least ").append(r.minBoxCases()).append(" runs; of the boxes on the peeling trajectory ")
                .append("with density at least ").append(esc(Num.format(o.primMinDensity())))
                .append(" and coverage at least ").append(esc(Num.format(o.primMinCoverage())))
                .append(", the reported one has the largest coverage among those within ")
                .append(esc(Num.format(o.primDensityTolerance()))).append(" of the highest density, then pasted. The whole trajectory is in <a href=\"prim.csv\">prim.csv</a> and its chart ")
                .append("(prim_trajectory.png) below: pick another box from it if you weigh coverage and density differently.</p>\n");
        Prim.Box box = r.box();
        if (box == null) {
            h.append("<p><strong>").append(esc(r.whyNone())).append(".</strong></p>\n");
            return;
        }
        h.append("<p>The box below holds ").append(esc(Num.format(100 * box.coverage()))).append(" % of the runs in which ")
                .append(esc(lang)).append(" is dominant (coverage); ").append(esc(Num.format(100 * box.density())))
                .append(" % of the ").append(box.cases()).append(" runs inside it are dominant (density); it holds ")
                .append(esc(Num.format(100 * box.mass()))).append(" % of all runs (mass). Bounds are inclusive.</p>\n");
        h.append("<table><tr><th>parameter</th><th>from</th><th>to</th></tr>");
        Prim.Box all = r.trajectory().get(0);
        boolean any = false;
        for (int j = 0; j < sweep.parameters().size(); j++) {
            if (!box.restricts(j, all.low()[j], all.high()[j])) continue;
            any = true;
            h.append("<tr><td>").append(esc(sweep.parameters().get(j).display())).append("</td>");
            num(h, box.low()[j]);
            num(h, box.high()[j]);
            h.append("</tr>");
        }
        if (!any) h.append("<tr><td colspan=\"3\">no restriction: dominance is spread over the whole space</td></tr>");
        h.append("</table>\n");
    }

    /** Parameters ranked by the design's main index (ST, mu*, swing) for each output. */
    private static void ranking(StringBuilder h, SweepAnalysis a) {
        String key = switch (a.sweep().spec().design()) {
            case SALTELLI -> "ST";
            case MORRIS -> "mu_star";
            case OAT -> "swing";
            default -> null;
        };
        if (key == null) return;
        h.append("<h2>Which assumption matters most</h2>\n<p>Parameters ranked by ").append(esc(key))
                .append(" for each output (").append(pct(a.sweep().spec().analysis().confidence()))
                .append(" intervals where available).</p>\n");
        for (String output : a.sweep().outputs().names()) {
            List<IndexRow> rows = new ArrayList<>(a.indices().stream()
                    .filter(r -> r.output().equals(output) && r.index().equals(key)).toList());
            if (rows.isEmpty()) continue;
            if (rows.stream().noneMatch(IndexRow::estimable)) {
                h.append("<h3>").append(esc(output)).append("</h3>\n<p>").append(esc(rows.get(0).note())).append("</p>\n");
                continue;
            }
            rows.sort(Comparator.comparingDouble((IndexRow r) -> Double.isNaN(r.value()) ? Double.NEGATIVE_INFINITY : r.value())
                    .reversed().thenComparing(IndexRow::parameter));
            h.append("<h3>").append(esc(output)).append("</h3>\n<table><tr><th>parameter</th>");
            boolean sobol = key.equals("ST");
            if (sobol) h.append("<th>S1</th>");
            h.append("<th>").append(esc(key)).append("</th><th>interval</th></tr>");
            for (IndexRow r : rows) {
                h.append("<tr><td>").append(esc(r.parameter())).append("</td>");
                if (sobol) {
                    double s1 = a.indices().stream().filter(x -> x.output().equals(output) && x.parameter().equals(r.parameter())
                            && x.index().equals("S1")).mapToDouble(IndexRow::value).findFirst().orElse(Double.NaN);
                    num(h, s1);
                }
                num(h, r.value());
                h.append("<td class=\"n\">").append(Double.isNaN(r.ciLow()) ? "" : esc(Num.format(r.ciLow()) + " – "
                        + Num.format(r.ciHigh()))).append("</td></tr>");
            }
            h.append("</table>\n");
        }
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
    }

    private static void num(StringBuilder h, double v) {
        h.append("<td class=\"n\">").append(esc(Num.format(v))).append("</td>");
    }

    private static String pct(double c) {
        return Num.format(100 * c) + " %";
    }

    /** HTML-escapes text for element content and attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
