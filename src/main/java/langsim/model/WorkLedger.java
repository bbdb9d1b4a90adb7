package langsim.model;

/**
 * New work done this year, per (agent type, layer, language), in developer-years, and the installed
 * base (existing code) of individuals' projects. Firms keep their own codebases in {@link Firms}.
 */
final class WorkLedger {
    final double[][][] yearWork;      // [agentType][layer][language]
    final double[][][] individualBase; // [individual type][layer][language]

    WorkLedger(int layers, int languages) {
        yearWork = new double[AgentType.COUNT][layers][languages];
        individualBase = new double[AgentType.INDIVIDUALS.length][layers][languages];
    }

    /** Code individuals wrote before the start: initial_code_years of their yearly work, in the layers' initial mix. */
    void seedIndividualBase(Params p) {
        var langNames = p.scenario.languageNames();
        var layerNames = p.scenario.layerNames();
        double years = p.scenario.agents().firms().initialCodeYears();
        for (int t = 0; t < p.individualTypes.length; t++) {
            var type = p.individualTypes[t];
            double yearly = type.represents() * type.projectsPerYear() * type.projectSize();
            for (int l = 0; l < p.layers; l++) {
                var shares = p.scenario.layers().get(layerNames.get(l)).initialInstalledShare();
                for (int k = 0; k < p.languages; k++) {
                    individualBase[t][l][k] = yearly * years * p.individualLayerMix[t][l]
                            * shares.getOrDefault(langNames.get(k), 0.0);
                }
            }
        }
    }

    void addIndividualWork(int type, int layer, int language, double developerYears) {
        yearWork[type][layer][language] += developerYears;
        individualBase[type][layer][language] += developerYears;
    }

    void addFirmWork(int layer, int language, double developerYears) {
        yearWork[AgentType.FIRM.ordinal()][layer][language] += developerYears;
    }

    /** Retires the given share of individuals' code (once a year). */
    void retireIndividualCode(double share) {
        for (double[][] byLayer : individualBase) {
            for (double[] row : byLayer) {
                for (int k = 0; k < row.length; k++) row[k] *= 1 - share;
            }
        }
    }

    void startYear() {
        for (double[][] byLayer : yearWork) {
            for (double[] row : byLayer) java.util.Arrays.fill(row, 0);
        }
    }
}
