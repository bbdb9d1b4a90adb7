package langsim.chart;

import static langsim.output.Html.escape;

import java.util.Base64;
import java.util.List;

/** Charts in a report.html: each a figure with the PNG inline (the page stands alone) and links to the PNG and SVG files. */
public final class ChartFigures {
    private ChartFigures() {
    }

    /** The figures of {@code charts}, whose files are in {@code folder} (e.g. "charts") next to report.html. */
    public static void append(StringBuilder h, List<ChartWriter.Rendered> charts, String folder) {
        for (ChartWriter.Rendered c : charts) {
            String png = folder + "/" + c.pngName();
            h.append("<figure id=\"chart-").append(escape(c.file())).append("\">\n<img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(c.png())).append("\" width=\"").append(ChartWriter.WIDTH)
                    .append("\" height=\"").append(ChartWriter.HEIGHT).append("\" alt=\"").append(escape(c.title())).append("\">\n")
                    .append("<figcaption>").append(escape(c.caption())).append(" Files: <a href=\"").append(escape(png))
                    .append("\">PNG</a>, <a href=\"").append(escape(folder + "/" + c.svgName())).append("\">SVG</a>.</figcaption>\n</figure>\n");
        }
    }
}
