package langsim.model;

import java.util.ArrayList;
import java.util.List;

import langsim.scenario.Scenario;

/** Takes the end-of-year snapshot of the model's aggregates and builds the {@link RunRecord}. */
final class YearObserver {
    private final Scenario scenario;
    private final long seed;
    private final List<double[][][]> newWork = new ArrayList<>();
    private final List<double[][][]> installedBase = new ArrayList<>();
    private final List<double[][]> proficient = new ArrayList<>();
    private final List<double[]> hiring = new ArrayList<>();
    private final List<double[][]> ecosystem = new ArrayList<>();

    YearObserver(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    void observe(int year, WorkLedger ledger, Firms firms, long[][] talentByType, LabourMarket market,
                 Ecosystems ecosystems, Params p) {
        int firm = AgentType.FIRM.ordinal();
        double[][][] work = new double[AgentType.COUNT][][];
        double[][][] base = new double[AgentType.COUNT][][];
        double[][] prof = new double[AgentType.COUNT][p.languages];
        for (int t = 0; t < AgentType.COUNT; t++) work[t] = deepCopy(ledger.yearWork[t]);
        for (int t = 0; t < AgentType.INDIVIDUALS.length; t++) {
            base[t] = deepCopy(ledger.individualBase[t]);
            for (int k = 0; k < p.languages; k++) prof[t][k] = talentByType[t][k] * p.peoplePerAgent[t];
        }
        base[firm] = new double[p.layers][p.languages];
        firms.addInstalledBase(base[firm], p.firmsPerAgent);
        firms.addTeamHeadcount(prof[firm], p.firmsPerAgent);
        double[] index = new double[p.languages];
        double[][] eco = new double[p.layers][p.languages];
        for (int k = 0; k < p.languages; k++) {
            index[k] = market.index(k);
            for (int l = 0; l < p.layers; l++) eco[l][k] = ecosystems.stock(l, k);
        }
        newWork.add(work);
        installedBase.add(base);
        proficient.add(prof);
        hiring.add(index);
        ecosystem.add(eco);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = a[i].clone();
        return out;
    }

    RunRecord toRecord(long agentSteps, long choices) {
        return new RunRecord(seed, scenario.simulation().startYear(), scenario.languageNames(), scenario.layerNames(),
                newWork.toArray(new double[0][][][]), installedBase.toArray(new double[0][][][]),
                proficient.toArray(new double[0][][]), hiring.toArray(new double[0][]),
                ecosystem.toArray(new double[0][][]), agentSteps, choices);
    }
}
