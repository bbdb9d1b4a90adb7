package langsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import langsim.model.AgentType;
import langsim.model.RunRecord;

/**
 * timeseries.csv: tidy (long) format, one row per (replication, year, layer, agent type, language).
 * agent_type is researcher, systems_engineer, firm, or all (the sum over the three). Per-language
 * quantities that do not depend on the layer (developers, hiring cost) repeat across layers.
 */
public final class TimeseriesCsv {
    public static final List<String> COLUMNS = List.of("replication", "seed", "year", "layer", "agent_type", "language",
            "new_work", "new_work_share", "installed_base", "installed_base_share", "developers_proficient",
            "hiring_cost_index", "ecosystem_size");
    public static final String ALL = "all";

    private TimeseriesCsv() {
    }

    public static void write(Writer out, List<RunRecord> runs) {
        try {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            StringBuilder row = new StringBuilder(160);
            for (int r = 0; r < runs.size(); r++) {
                RunRecord run = runs.get(r);
                int languages = run.languages().size();
                for (int y = 0; y < run.years(); y++) {
                    for (int l = 0; l < run.layers().size(); l++) {
                        for (int t = 0; t <= AgentType.COUNT; t++) {
                            double[] work = new double[languages];
                            double[] base = new double[languages];
                            double[] people = new double[languages];
                            collect(run, y, l, t, work, base, people);
                            double workTotal = sum(work);
                            double baseTotal = sum(base);
                            String type = t < AgentType.COUNT ? AgentType.values()[t].label() : ALL;
                            for (int k = 0; k < languages; k++) {
                                row.setLength(0);
                                row.append(r).append(',').append(run.seed()).append(',').append(run.startYear() + y)
                                        .append(',').append(Csv.escape(run.layers().get(l))).append(',').append(type)
                                        .append(',').append(Csv.escape(run.languages().get(k)))
                                        .append(',').append(Num.format(work[k]))
                                        .append(',').append(Num.format(workTotal > 0 ? work[k] / workTotal : Double.NaN))
                                        .append(',').append(Num.format(base[k]))
                                        .append(',').append(Num.format(baseTotal > 0 ? base[k] / baseTotal : Double.NaN))
                                        .append(',').append(Num.format(people[k]))
                                        .append(',').append(Num.format(run.hiringIndex()[y][k]))
                                        .append(',').append(Num.format(run.ecosystem()[y][l][k]))
                                        .append('\n');
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

    /** Fills work, base and people for agent type t, or the sum over types when t == AgentType.COUNT. */
    private static void collect(RunRecord run, int y, int l, int t, double[] work, double[] base, double[] people) {
        int firm = AgentType.FIRM.ordinal();
        for (int type = 0; type < AgentType.COUNT; type++) {
            if (t != AgentType.COUNT && t != type) continue;
            for (int k = 0; k < work.length; k++) {
                work[k] += run.newWork()[y][type][l][k];
                base[k] += run.installedBase()[y][type][l][k];
                // the talent pool of "all" is the people; firm headcount counts the same people again
                if (t == type || type != firm) people[k] += run.proficient()[y][type][k];
            }
        }
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }
}
