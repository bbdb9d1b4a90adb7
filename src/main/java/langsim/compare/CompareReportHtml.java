package langsim.compare;

import static langsim.output.Html.escape;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import langsim.chart.ChartWriter;
import langsim.chart.Palette;
import langsim.experiment.VerdictKind;
import langsim.output.Html;

/**
 * report.html of a comparison: one self-contained page (styles inline, charts as data URIs, no clock, no network)
 * that opens with the answer for each scenario in one sentence, then the headline figures and the charts.
 */
final class CompareReportHtml {
    private CompareReportHtml() {
    }

    static String render(Comparison c, String title, List<ChartWriter.Rendered> charts, boolean chartsWanted) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>langsim compare: ").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(Html.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header>\n<h1>langsim compare: <span class=\"name\">").append(escape(title)).append("</span></h1>\n");
        for (ScenarioComparison s : c.scenarios()) {
            h.append("<p class=\"answer\">").append(escape(CompareSummaryJson.answer(c, s))).append("</p>\n");
        }
        int n = c.baseline().replications();
        h.append("<p class=\"note\">Baseline <code>").append(escape(c.baseline().title())).append("</code>; ").append(n)
                .append(" replication").append(n == 1 ? "" : "s").append(", ").append(escape(c.pairing()))
                .append(c.independent() ? " (intervals as wide as two separate runs give)" : " (replication i of every scenario used the same seed"
                        + " and the same random stream per mechanism)")
                .append(". Differences are scenario minus baseline in the same replication; intervals are 95% Student-t intervals"
                        + " of the mean difference. Every scenario is judged by the baseline's verdict section.</p>\n</header>\n");
        for (ScenarioComparison s : c.scenarios()) figures(h, c, s);
        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (charts.isEmpty()) {
            h.append("<p class=\"note\">").append(chartsWanted ? "No charts." : "Charts were skipped (<code>--no-charts</code>).").append("</p>\n");
        }
        for (ChartWriter.Rendered ch : charts) {
            h.append("<figure id=\"chart-").append(escape(ch.file())).append("\">\n<img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(ch.png())).append("\" width=\"").append(ChartWriter.WIDTH)
                    .append("\" height=\"").append(ChartWriter.HEIGHT).append("\" alt=\"").append(escape(ch.title())).append("\">\n")
                    .append("<figcaption>").append(escape(ch.caption())).append(" Files: <a href=\"charts/").append(escape(ch.pngName()))
                    .append("\">PNG</a>, <a href=\"charts/").append(escape(ch.svgName())).append("\">SVG</a>.</figcaption>\n</figure>\n");
        }
        h.append("</section>\n<footer>Made by <code>langsim compare</code>. Data: <a href=\"differences.csv\">differences.csv</a>, ")
                .append("<a href=\"summary.json\">summary.json</a>, <a href=\"manifest.json\">manifest.json</a>.</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void figures(StringBuilder h, Comparison c, ScenarioComparison s) {
        String lang = c.language();
        h.append("<section class=\"scenario\">\n<h2>").append(escape(s.runs().title())).append(" against the baseline</h2>\n");
        h.append("<table>\n<thead><tr><th>figure</th><th>baseline</th><th>scenario</th><th>difference [95% interval]</th></tr></thead>\n<tbody>\n");
        var spec = c.baseline().scenario().verdict();
        String app = " (" + escape(String.join(", ", spec.applicationLayers())) + ")";
        String found = " (" + escape(String.join(", ", spec.foundationLayers())) + ")";
        row(h, escape(lang) + "'s share of application work" + app + ", " + c.finalYear(), s.applicationFinal(), true);
        row(h, escape(lang) + "'s share of application work" + app + ", verdict window", s.applicationShare(), true);
        row(h, escape(lang) + "'s share of foundation work" + found + ", verdict window", s.foundationShare(), true);
        for (VerdictKind k : VerdictKind.values()) row(h, "replications judged " + escape(k.label()), s.verdictShares().get(k), true);
        crossing(h, "year " + escape(lang) + " first reaches the dominance threshold", s.dominanceYear());
        crossing(h, "year " + escape(lang) + " first reaches the foundation threshold", s.foundationYear());
        s.layerShares().forEach((layer, f) -> row(h, escape(lang) + "'s share of the " + escape(layer) + " layer alone, verdict window", f, true));
        h.append("</tbody>\n</table>\n<p class=\"note\">Shares in percent, differences in points. The verdict changes in ")
                .append(s.changedVerdict()).append(" of ").append(s.verdicts().size()).append(" replications.</p>\n");
        h.append("<details><summary>Share of new work by layer and language in ").append(c.finalYear()).append("</summary>\n<table>\n")
                .append("<thead><tr><th>layer</th><th>language</th><th>baseline</th><th>scenario</th><th>difference [95% interval]</th></tr></thead>\n<tbody>\n");
        s.finalShares().forEach((layer, byLanguage) -> byLanguage.forEach((language, f) -> {
            int k = c.baseline().languages().indexOf(language);
            h.append("<tr><td>").append(escape(layer)).append("</td><td><span class=\"swatch\" style=\"background:")
                    .append(Palette.hex(Math.max(0, k))).append("\"></span>").append(escape(language)).append("</td>");
            cells(h, f, true);
        }));
        h.append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void row(StringBuilder h, String label, PairedFigure f, boolean percent) {
        h.append("<tr><th>").append(label).append("</th>");
        cells(h, f, percent);
    }

    private static void crossing(StringBuilder h, String label, ScenarioComparison.Crossing c) {
        h.append("<tr><th>").append(label).append(" <small>(crossed in ").append(c.baselineCrossing()).append(" and ")
                .append(c.crossing()).append(" replications; difference where both cross)</small></th>");
        cells(h, c.year(), false);
    }

    private static void cells(StringBuilder h, PairedFigure f, boolean percent) {
        double scale = percent ? 100 : 1;
        h.append("<td>").append(number(f.baseline() * scale)).append("</td><td>").append(number(f.value() * scale)).append("</td><td>")
                .append(signed(f.difference().mean() * scale)).append(" <span class=\"ci\">[").append(signed(f.difference().low() * scale))
                .append(", ").append(signed(f.difference().high() * scale)).append("]</span></td></tr>\n");
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String signed(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%+.1f", v);
    }
}
