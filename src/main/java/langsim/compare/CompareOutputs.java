package langsim.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.chart.ChartWriter;
import langsim.output.AtomicResults;
import langsim.output.Json;
import langsim.output.Manifest;

/**
 * Writes a comparison folder: differences.csv, summary.json, manifest.json, charts/ (PNG, SVG) and report.html. Nothing
 * depends on the clock or the thread count, so the same comparison gives the same bytes.
 */
public final class CompareOutputs {
    /** Where one side came from, for manifest.json: its file or folder, and what was typed for it. */
    public record Source(String path, String sha256) {
    }

    private CompareOutputs() {
    }

    public static void write(AtomicResults out, Comparison c, String title, String mode, List<Source> sources,
                             List<String> arguments, boolean charts) {
        try (Writer w = Files.newBufferedWriter(out.file("differences.csv"), StandardCharsets.UTF_8)) {
            DifferencesCsv.write(w, c);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write differences.csv", e);
        }
        out.writeText("summary.json", Json.write(CompareSummaryJson.tree(c)));
        out.writeText("manifest.json", Json.write(manifest(c, title, mode, sources, arguments)));
        List<ChartWriter.Rendered> rendered = List.of();
        if (charts) {
            rendered = ChartWriter.render(CompareCharts.all(c));
            try {
                Files.createDirectory(out.file("charts"));
                for (ChartWriter.Rendered r : rendered) {
                    Files.write(out.file("charts").resolve(r.pngName()), r.png());
                    Files.writeString(out.file("charts").resolve(r.svgName()), r.svg(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write charts", e);
            }
        }
        out.writeText("report.html", CompareReportHtml.render(c, title, rendered, charts));
    }

    /** What was compared, with which seeds and program; no clock and no thread count, so identical runs give identical bytes. */
    static Map<String, Object> manifest(Comparison c, String title, String mode, List<Source> sources, List<String> arguments) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", title);
        Manifest.putProgram(m);
        m.put("command", "compare");
        m.put("mode", mode);
        m.put("pairing", c.pairing());
        m.put("arguments", arguments);
        m.put("replications", c.baseline().replications());
        List<Object> sides = new ArrayList<>();
        List<ComparedRuns> all = new ArrayList<>();
        all.add(c.baseline());
        for (ScenarioComparison s : c.scenarios()) all.add(s.runs());
        for (int i = 0; i < all.size(); i++) {
            ComparedRuns r = all.get(i);
            Map<String, Object> side = new LinkedHashMap<>();
            side.put("role", i == 0 ? "baseline" : "scenario");
            side.put("label", r.title());
            side.put(mode.equals("folders") ? "folder" : "scenario_file", sources.get(i).path());
            if (sources.get(i).sha256() != null) side.put("sha256", sources.get(i).sha256());
            side.put("scenario", r.scenario().name());
            side.put("master_seed", Long.toString(r.masterSeed()));
            side.put("seeds", r.seeds());
            sides.add(side);
        }
        m.put("compared", sides);
        return m;
    }
}
