package langsim.model;

import java.util.List;

/**
 * What one replication observed, year by year: the model's only output. Writers, charts, verdicts and
 * analyses compute from this and nothing else. Arrays are indexed [year][agentType][layer][language]
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

    /** Share of new work in the given layers done in the given language, over all agent types, in year index y. */
    public double newWorkShare(int y, int[] layerIndices, int language) {
        double in = 0;
        double all = 0;
        for (double[][] byLayer : newWork[y]) {
            for (int l : layerIndices) {
                for (int k = 0; k < byLayer[l].length; k++) {
                    all += byLayer[l][k];
                    if (k == language) in += byLayer[l][k];
                }
            }
        }
        return all > 0 ? in / all : Double.NaN;
    }
}
