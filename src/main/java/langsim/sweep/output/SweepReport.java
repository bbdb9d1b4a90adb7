package langsim.sweep.output;

import static langsim.output.Html.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import langsim.chart.ChartFigures;
import langsim.chart.ChartWriter;
import langsim.experiment.VerdictKind;
import langsim.output.Html;
import langsim.output.Num;
import langsim.sensitivity.IndexRow;
import langsim.sensitivity.Prim;
import langsim.sensitivity.RareOutcome;
import langsim.sensitivity.Wilson;
import langsim.sweep.AnalysisSpec;
import langsim.sensitivity.DesignKind;
import langsim.sweep.Sweep;
import langsim.sweep.SweepParameter;
import langsim.sweep.SweepSpec;


/**
 * report.html of a sweep folder, in the style of the run report ({@link Html#CSS}, charts as figures): one
 * self-contained page made from the folder's files ({@link SweepResults}), no clock, no network. Numbers are for people
 * ({@link Num#readable}, {@link Num#percent}); the CSV files keep every digit.
 */
public final class SweepReport {
    private SweepReport() {
    }

    public static String html(SweepResults r, List<ChartWriter.Rendered> charts, boolean chartsWanted) {
        Sweep sweep = r.sweep();
        SweepSpec spec = sweep.spec();
        String lang = sweep.base().verdict().language();
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>langsim sweep: ").append(escape(r.label())).append("</title>\n")
                .append("<style>\n").append(Html.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header>\n<h1>langsim sweep: <span class=\"name\">").append(escape(r.label())).append("</span></h1>\n");
        if (!r.label().equals(spec.name())) h.append("<p>Sweep <code>").append(escape(spec.name())).append("</code>, labelled with --label.</p>\n");
        h.append("<div id=\"run\" class=\"run\"><p>Base scenario <code>").append(escape(r.baseScenarioFile())).append("</code> (")
                .append(escape(sweep.base().name())).append(")");
        if (spec.set().isEmpty()) {
            h.append(" as its file gives it; ");
        } else {
            h.append(" with the overrides <code>").append(escape(String.join("; ", spec.set()))).append("</code>; ");
        }
        h.append(sweep.parameters().size()).append(" parameters varied over ").append(designText(r)).append(": ")
                .append(sweep.points()).append(" points × ").append(spec.replications()).append(spec.replications() == 1
                        ? " replication = " : " replications = ")
                .append(sweep.runs()).append(" runs, master seed ").append(spec.seed()).append(".</p></div>\n");
        if (!spec.description().isBlank()) h.append("<p class=\"description\">").append(escape(spec.description().strip())).append("</p>\n");
        h.append("</header>\n");
        verdicts(h, r, lang);
        ranking(h, r);
        prim(h, r, lang);
        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (charts.isEmpty()) {
            h.append("<p class=\"note\">").append(chartsWanted ? "No charts." : "Charts were skipped (<code>--no-charts</code>); "
                    + "make them with <code>langsim report &lt;folder&gt;</code>.").append("</p>\n");
        }
        ChartFigures.append(h, charts, "charts");
        h.append("</section>\n");
        parameters(h, r);
        h.append("<footer>Made by langsim from the files of this folder; regenerate with <code>langsim report &lt;folder&gt;</code>. ")
                .append("Data (every digit): <a href=\"runs.csv\">runs.csv</a>, <a href=\"points.csv\">points.csv</a>, ")
                .append("<a href=\"sensitivity.csv\">sensitivity.csv</a>, <a href=\"prim.csv\">prim.csv</a>; repeat the sweep with ")
                .append("<code>langsim sweep sweep.resolved.yaml</code> (<a href=\"sweep.resolved.yaml\">sweep.resolved.yaml</a>, ")
                .append("<a href=\"manifest.json\">manifest.json</a>).</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String designText(SweepResults r) {
        SweepSpec spec = r.sweep().spec();
        return spec.design() == DesignKind.FILE ? "the points of the design file " + escape(r.designFile())
                : "a " + escape(spec.design().label()) + " design (samples " + spec.samples() + ")";
    }

    private static String ci(SweepResults r) {
        return Num.readable(100 * r.sweep().spec().analysis().confidence()) + "%";
    }

    /** How often each verdict came out, over all runs, with Wilson intervals. */
    private static void verdicts(StringBuilder h, SweepResults r, String lang) {
        int total = r.verdicts().length;
        double conf = r.sweep().spec().analysis().confidence();
        h.append("<section id=\"verdict\" class=\"verdict\">\n<h2>Verdicts over all ").append(total).append(" runs</h2>\n")
                .append("<table>\n<thead><tr><th>Verdict for ").append(escape(lang)).append("</th><th>Runs</th><th>Share</th><th>")
                .append(ci(r)).append(" Wilson interval</th></tr></thead>\n<tbody>\n");
        for (VerdictKind k : VerdictKind.values()) {
            int c = r.count(k);
            double[] w = Wilson.interval(c, total, conf);
            h.append("<tr><td>").append(escape(k.label())).append("</td><td>").append(c).append("</td><td>")
                    .append(Num.percent((double) c / total)).append("</td><td>").append(Num.percent(w[0])).append("–")
                    .append(Num.percent(w[1])).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"note\">Where in the parameter space each verdict comes out: the heatmaps and the ")
                .append("verdicts along one parameter below (charts), and points.csv for every design point.</p>\n</section>\n");
    }

    /** Parameters ranked by the design's main index (ST, mu*, swing) for each output. */
    private static void ranking(StringBuilder h, SweepResults r) {
        String key = switch (r.sweep().spec().design()) {
            case SALTELLI -> "ST";
            case MORRIS -> "mu_star";
            case OAT -> "swing";
            default -> null;
        };
        if (key == null) return;
        h.append("<section id=\"sensitivity\">\n<h2>Which assumption matters most</h2>\n<p>Parameters ranked by ")
                .append(switch (key) {
                    case "ST" -> "their total Sobol index ST (the share of the output's variance the parameter has a part in, "
                            + "interactions included; S1: the parameter alone), with " + ci(r) + " bootstrap intervals";
                    case "mu_star" -> "Morris mu* (mean absolute elementary effect; sigma: interactions or non-linearity)";
                    default -> "the swing of the output between the parameter's lowest and highest level, others at base";
                }).append(", for each output.</p>\n");
        List<String> labels = r.sweep().parameters().stream().map(SweepParameter::display).toList();
        List<String> paths = r.sweep().parameters().stream().map(SweepParameter::path).toList();
        for (String output : r.sweep().outputs().names()) {
            List<IndexRow> rows = new ArrayList<>(r.indices().stream()
                    .filter(x -> x.output().equals(output) && x.index().equals(key)).toList());
            if (rows.isEmpty()) continue;
            h.append("<h3>").append(escape(output)).append("</h3>\n");
            if (rows.stream().noneMatch(IndexRow::estimable)) {
                h.append("<p class=\"not-estimable\">").append(escape(notEstimable(output, rows.get(0).note(), key))).append("</p>\n");
                continue;
            }
            rows.sort(Comparator.comparingDouble((IndexRow x) -> Double.isNaN(x.value()) ? Double.NEGATIVE_INFINITY : x.value())
                    .reversed().thenComparing(IndexRow::parameter));
            boolean sobol = key.equals("ST");
            // one at a time has no intervals: no empty column
            boolean intervals = rows.stream().anyMatch(x -> !Double.isNaN(x.ciLow()));
            h.append("<table>\n<thead><tr><th>Parameter</th>");
            if (sobol) h.append("<th>S1</th><th>S1 interval</th>");
            h.append("<th>").append(sobol ? "ST" : key.equals("mu_star") ? "mu*" : "swing").append("</th>");
            if (intervals) h.append("<th>interval</th>");
            if (key.equals("mu_star")) h.append("<th>sigma</th>");
            h.append("</tr></thead>\n<tbody>\n");
            for (IndexRow x : rows) {
                int j = paths.indexOf(x.parameter());
                h.append("<tr><td>").append(escape(j >= 0 ? labels.get(j) : x.parameter())).append("</td>");
                if (sobol) {
                    IndexRow s1 = find(r, output, x.parameter(), "S1");
                    h.append("<td>").append(s1 == null ? "–" : Num.readable(s1.value())).append("</td><td>")
                            .append(s1 == null ? "" : interval(s1)).append("</td>");
                }
                h.append("<td><b>").append(Num.readable(x.value())).append("</b></td>");
                if (intervals) h.append("<td>").append(interval(x)).append("</td>");
                if (key.equals("mu_star")) {
                    IndexRow sigma = find(r, output, x.parameter(), "sigma");
                    h.append("<td>").append(sigma == null ? "–" : Num.readable(sigma.value())).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        for (String note : r.notes()) h.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        h.append("</section>\n");
    }

    /** "not estimable: only k of n runs have X = v", said in words: what it means and what to do. */
    static String notEstimable(String output, String note, String key) {
        String what = key.equals("ST") ? "Sobol indices" : key.equals("mu_star") ? "Morris effects" : "indices";
        String detail = note.startsWith("not estimable: ") ? note.substring("not estimable: ".length()) : note;
        return "No " + what + " for " + output + ": " + detail + ". " + output + " is 0 or 1 in every run, and when one of the two "
                + "values occurs in fewer than " + RareOutcome.MIN_RUNS + " runs or " + Num.percent(RareOutcome.MIN_SHARE)
                + " of the runs, the variance these indices divide up is made of those few runs alone, so the indices would "
                + "be noise. The heatmaps and the PRIM box still show where the rare value occurs; for indices, widen the "
                + "parameter ranges towards where it occurs or run more samples.";
    }

    private static IndexRow find(SweepResults r, String output, String parameter, String index) {
        return r.indices().stream().filter(x -> x.output().equals(output) && x.parameter().equals(parameter)
                && x.index().equals(index)).findFirst().orElse(null);
    }

    private static String interval(IndexRow x) {
        if (Double.isNaN(x.ciLow()) || Double.isNaN(x.ciHigh())) return "";
        return "<span class=\"ci\">" + Num.readable(x.ciLow()) + " to " + Num.readable(x.ciHigh()) + "</span>";
    }

    /** The PRIM box (or why there is none) and how it was chosen. */
    private static void prim(StringBuilder h, SweepResults r, String lang) {
        Prim.Result p = r.prim();
        Sweep sweep = r.sweep();
        AnalysisSpec o = sweep.spec().analysis();
        int n = r.verdicts().length;
        h.append("<section id=\"prim\">\n<h2>Where ").append(escape(lang)).append(" dominates (PRIM)</h2>\n");
        h.append("<p>Runs with ").append(escape(lang)).append(" dominant: <b>").append(p.interesting()).append(" of ").append(n)
                .append("</b>. PRIM looks for a box of parameter values (a range per parameter) that holds many of them ")
                .append("(coverage) and where they are common (density).</p>\n");
        Prim.Box box = p.box();
        if (box == null) {
            String why = p.whyNone();
            h.append("<p class=\"not-estimable\">").append(escape(why.isEmpty() ? why : Character.toUpperCase(why.charAt(0))
                    + why.substring(1))).append(".</p>\n");
        } else {
            h.append("<p>The box below holds <b>").append(Num.percent(box.coverage())).append("</b> of the runs in which ")
                    .append(escape(lang)).append(" is dominant (coverage); <b>").append(Num.percent(box.density()))
                    .append("</b> of the ").append(box.cases()).append(" runs inside it are dominant (density), against ")
                    .append(Num.percent((double) p.interesting() / n)).append(" of all runs; it holds ")
                    .append(Num.percent(box.mass())).append(" of all runs (mass). Bounds are inclusive.</p>\n");
            h.append("<table>\n<thead><tr><th>Parameter</th><th>From</th><th>To</th><th>Swept range</th></tr></thead>\n<tbody>\n");
            Prim.Box all = p.trajectory().get(0);
            boolean any = false;
            for (int j = 0; j < sweep.parameters().size(); j++) {
                if (!box.restricts(j, all.low()[j], all.high()[j])) continue;
                any = true;
                h.append("<tr><td>").append(escape(sweep.parameters().get(j).display())).append("</td><td><b>")
                        .append(Num.readable(box.low()[j])).append("</b></td><td><b>").append(Num.readable(box.high()[j]))
                        .append("</b></td><td>").append(Num.readable(all.low()[j])).append(" to ")
                        .append(Num.readable(all.high()[j])).append("</td></tr>\n");
            }
            if (!any) h.append("<tr><td colspan=\"4\">no restriction: dominance is spread over the whole space</td></tr>\n");
            h.append("</tbody></table>\n");
        }
        h.append("<p class=\"note\">Settings: peel and paste ").append(Num.percent(o.primPeelAlpha())).append(" / ")
                .append(Num.percent(o.primPasteAlpha())).append(" of the box per step (whole groups of tied values); a box keeps ")
                .append("at least ").append(p.minBoxCases()).append(" runs; of the boxes on the peeling trajectory with density ")
                .append("at least ").append(Num.percent(o.primMinDensity())).append(" and coverage at least ")
                .append(Num.percent(o.primMinCoverage())).append(", the reported one has the largest coverage among those within ")
                .append(Num.percent(o.primDensityTolerance())).append(" of the highest density, then pasted. The whole trajectory ")
                .append("is in <a href=\"prim.csv\">prim.csv</a> and charted below: pick another box from it if you weigh ")
                .append("coverage and density differently.</p>\n</section>\n");
    }

    private static void parameters(StringBuilder h, SweepResults r) {
        h.append("<section id=\"parameters\">\n<h2>Parameters</h2>\n<table>\n<thead><tr><th>Scenario path</th><th>Label</th>")
                .append("<th>Min</th><th>Max</th><th>Base</th></tr></thead>\n<tbody>\n");
        for (SweepParameter p : r.sweep().parameters()) {
            h.append("<tr><td><code>").append(escape(p.path())).append("</code></td><td>").append(escape(p.label()))
                    .append("</td><td>").append(Num.readable(p.lo())).append("</td><td>").append(Num.readable(p.hi()))
                    .append("</td><td>").append(Num.readable(p.base())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }
}
