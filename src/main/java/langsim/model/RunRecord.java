package langsim.model;

import java.util.List;

/**
 * What one replication observed, year by year: the model's only output. Writers, charts, verdicts and
 * analyses compute from this and nothing else; the figures taken from it are in {@code experiment.RunMetrics}. Arrays are indexed [year][agentType][layer][language]
 * with agent types in {@link AgentType} order and years from {@link #startYear()}.
 */
public record RunRecord(
        long seed,
        int startYear,
        List<String> languages,
        List<String> layers,
        /** developer-years of new work done in the year. */
        double[][][][] newWork,
        /** developer-years of existing code at the end of the year. */
        double[][][][] installedBase,
        /** [year][agentType][language]: people proficient; for firms, developers working in the language. */
        double[][][] proficient,
        /** [year][language]: hiring-cost index at the end of the year (1 = balanced). */
        double[][] hiringIndex,
        /** [year][layer][language]: ecosystem size at the end of the year. */
        double[][][] ecosystem,
        long agentSteps,
        long choices) {

    public int years() {
        return newWork.length;
    }
}
