package langsim.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import langsim.output.Csv;
import langsim.output.Num;

/**
 * differences.csv: tidy, one row per (scenario, replication, year, layer, language): the share of new work (all agent
 * types) in the baseline and in the scenario in the same replication, and the difference (scenario minus baseline).
 */
public final class DifferencesCsv {
    public static final List<String> COLUMNS = List.of("replication", "year", "layer", "language", "scenario", "baseline",
            "value", "difference");

    private DifferencesCsv() {
    }

    public static void write(Writer out, Comparison c) {
        ComparedRuns base = c.baseline();
        try {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            StringBuilder row = new StringBuilder(128);
            for (ScenarioComparison s : c.scenarios()) {
                ComparedRuns other = s.runs();
                String name = Csv.escape(other.title());
                for (int r = 0; r < base.replications(); r++) {
                    for (int y = 0; y < base.years(); y++) {
                        for (int l = 0; l < base.layers().size(); l++) {
                            for (int k = 0; k < base.languages().size(); k++) {
                                double b = base.share(r, y, l, k);
                                double v = other.share(r, y, l, k);
                                row.setLength(0);
                                row.append(r).append(',').append(base.startYear() + y).append(',')
                                        .append(Csv.escape(base.layers().get(l))).append(',')
                                        .append(Csv.escape(base.languages().get(k))).append(',').append(name).append(',')
                                        .append(Num.format(b)).append(',').append(Num.format(v)).append(',')
                                        .append(Num.format(v - b)).append('\n');
                                out.append(row);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
