package langsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import langsim.model.AgentType;
import langsim.model.RunRecord;

/**
 * timeseries.csv: tidy (long) format, one row per (replication, year, layer, agent type, language). agent_type is
 * researcher, systems_engineer, firm, or all; in every count column ({@link #SUMMED}) the {@code all} row is the sum of
 * the three types' rows, an empty cell counting as nothing. People and firms' teams are separate columns because a
 * team's developers are people already counted as researchers or systems engineers. Columns that do not depend on the
 * layer or the agent type repeat the same value in every row they cover ({@link #REPEATED}): summing them is wrong.
 * The column names are here only; readers (charts) use these constants.
 */
public final class TimeseriesCsv {
    public static final String REPLICATION = "replication";
    public static final String SEED = "seed";
    public static final String YEAR = "year";
    public static final String LAYER = "layer";
    public static final String AGENT_TYPE = "agent_type";
    public static final String LANGUAGE = "language";
    public static final String NEW_WORK = "new_work";
    public static final String NEW_WORK_SHARE = "new_work_share";
    public static final String INSTALLED_BASE = "installed_base";
    public static final String INSTALLED_BASE_SHARE = "installed_base_share";
    public static final String DEVELOPERS_PROFICIENT = "developers_proficient";
    public static final String TEAM_DEVELOPERS = "team_developers";
    public static final String HIRING_COST_INDEX = "hiring_cost_index";
    public static final String ECOSYSTEM_SIZE = "ecosystem_size";

    public static final List<String> COLUMNS = List.of(REPLICATION, SEED, YEAR, LAYER, AGENT_TYPE, LANGUAGE,
            NEW_WORK, NEW_WORK_SHARE, INSTALLED_BASE, INSTALLED_BASE_SHARE, DEVELOPERS_PROFICIENT, TEAM_DEVELOPERS,
            HIRING_COST_INDEX, ECOSYSTEM_SIZE);
    /** Count columns: the {@code all} row is the sum of the agent types' rows. */
    public static final List<String> SUMMED = List.of(NEW_WORK, INSTALLED_BASE, DEVELOPERS_PROFICIENT, TEAM_DEVELOPERS);
    /**
     * Columns that repeat one value over several rows: hiring_cost_index in every layer and agent type of a language,
     * ecosystem_size in every agent type of a layer and language, developers_proficient and team_developers in every
     * layer of an agent type and language.
     */
    public static final List<String> REPEATED = List.of(DEVELOPERS_PROFICIENT, TEAM_DEVELOPERS, HIRING_COST_INDEX, ECOSYSTEM_SIZE);
    public static final String ALL = "all";

    private TimeseriesCsv() {
    }

    public static void write(Writer out, List<RunRecord> runs) {
        int firm = AgentType.FIRM.ordinal();
        try {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            StringBuilder row = new StringBuilder(180);
            for (int r = 0; r < runs.size(); r++) {
                RunRecord run = runs.get(r);
                int languages = run.languages().size();
                for (int y = 0; y < run.years(); y++) {
                    for (int l = 0; l < run.layers().size(); l++) {
                        for (int t = 0; t <= AgentType.COUNT; t++) {
                            double[] work = new double[languages];
                            double[] base = new double[languages];
                            double[] people = new double[languages];
                            double[] team = new double[languages];
                            collect(run, y, l, t, work, base, people, team);
                            double workTotal = sum(work);
                            double baseTotal = sum(base);
                            String type = t < AgentType.COUNT ? AgentType.values()[t].label() : ALL;
                            boolean hasPeople = t != firm;
                            boolean hasTeams = t == firm || t == AgentType.COUNT;
                            for (int k = 0; k < languages; k++) {
                                row.setLength(0);
                                row.append(r).append(',').append(run.seed()).append(',').append(run.startYear() + y)
                                        .append(',').append(Csv.escape(run.layers().get(l))).append(',').append(type)
                                        .append(',').append(Csv.escape(run.languages().get(k)))
                                        .append(',').append(Num.format(work[k]))
                                        .append(',').append(Num.format(workTotal > 0 ? work[k] / workTotal : Double.NaN))
                                        .append(',').append(Num.format(base[k]))
                                        .append(',').append(Num.format(baseTotal > 0 ? base[k] / baseTotal : Double.NaN))
                                        .append(',').append(Num.format(hasPeople ? people[k] : Double.NaN))
                                        .append(',').append(Num.format(hasTeams ? team[k] : Double.NaN))
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

    /**
     * Fills work, base, people (researchers, systems engineers) and team (firms' developers) for agent type t, or the
     * sum over types when t == AgentType.COUNT.
     */
    private static void collect(RunRecord run, int y, int l, int t, double[] work, double[] base, double[] people, double[] team) {
        int firm = AgentType.FIRM.ordinal();
        for (int type = 0; type < AgentType.COUNT; type++) {
            if (t != AgentType.COUNT && t != type) continue;
            for (int k = 0; k < work.length; k++) {
                work[k] += run.newWork()[y][type][l][k];
                base[k] += run.installedBase()[y][type][l][k];
                if (type == firm) team[k] += run.proficient()[y][type][k];
                else people[k] += run.proficient()[y][type][k];
            }
        }
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }
}
