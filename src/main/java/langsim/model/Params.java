package langsim.model;

import java.util.List;
import java.util.Map;

import langsim.scenario.ChoiceScales;
import langsim.scenario.IndividualType;
import langsim.scenario.Language;
import langsim.scenario.Layer;
import langsim.scenario.Scenario;

/**
 * A scenario compiled into index-addressed arrays for the per-tick loops. Immutable; rebuilt when an
 * event changes the scenario. Language and layer indices follow the scenario's order.
 */
final class Params {
    final Scenario scenario;
    final int languages;
    final int layers;
    final double dt;
    final double[] performance;
    final double[] learningYears;
    final double[] productivity;
    final double[] productivityElasticity;
    final double[] learningElasticity;
    /** Year each language enters (0: present from the start). */
    final int[] entryYear;
    final double[] iterationNeed;
    /** experiencedEntrants[type][language]: share of entrants arriving proficient in the language. */
    final double[][] experiencedEntrants;
    /** interop[host][guest]: how well a host calls a guest (0 = not at all). */
    final double[][] interop;
    /** fit[layer][language]: the layer's needs times the language's traits. */
    final double[][] fit;
    final double[] workGrowth;
    final IndividualType[] individualTypes;
    /** layerMix[type][layer] for individuals; firms' mix is per firm. */
    final double[][] individualLayerMix;
    final double[] firmLayerMix;
    /** graduateMix[type][language]: first language of people who enter. */
    final double[][] graduateMix;
    /** coreShare[layer]: share of a project's work that is its performance-critical core. */
    final double[] coreShare;
    /**
     * coreGain[layer][host][guest]: what moving a project's core from the host to the guest gains in fit for the
     * core's needs (performance and safety, not iteration speed), times the interop quality; &lt;= 0 where it does not pay.
     */
    final double[][][] coreGain;
    final boolean[] interopFrom;
    final boolean[] interopTo;
    final int firstReleaseLanguage;
    final ChoiceScales scale;
    /**
     * Real people (firms) one simulated individual of each type (one simulated firm) stands for: every absolute
     * quantity an agent books (work, code, ecosystem growth, jobs, talent) is multiplied by it, so that shares,
     * verdicts and crossing years do not depend on how many agents are simulated.
     */
    final double[] peoplePerAgent;
    final double firmsPerAgent;
    final int[] releaseLayers;
    /** releaseBias[language]: multiplier of its share of releases per unit of work in the release layers. */
    final double[] releaseBias;

    Params(Scenario s) {
        scenario = s;
        List<String> langNames = s.languageNames();
        List<String> layerNames = s.layerNames();
        languages = langNames.size();
        layers = layerNames.size();
        dt = 1.0 / s.simulation().ticksPerYear();
        performance = new double[languages];
        learningYears = new double[languages];
        interop = new double[languages][languages];
        double[] safety = new double[languages];
        productivity = new double[languages];
        productivityElasticity = new double[languages];
        learningElasticity = new double[languages];
        entryYear = new int[languages];
        for (int k = 0; k < languages; k++) {
            Language lang = s.languages().get(langNames.get(k));
            performance[k] = lang.performance();
            safety[k] = lang.memorySafety();
            productivity[k] = lang.productivity();
            learningYears[k] = lang.learningYears();
            productivityElasticity[k] = lang.productivityElasticity();
            learningElasticity[k] = lang.learningElasticity();
            entryYear[k] = lang.entryYear();
        }
        fit = new double[layers][languages];
        workGrowth = new double[layers];
        iterationNeed = new double[layers];
        for (int l = 0; l < layers; l++) {
            Layer layer = s.layers().get(layerNames.get(l));
            workGrowth[l] = layer.workGrowth();
            iterationNeed[l] = layer.iterationNeed();
            for (int k = 0; k < languages; k++) {
                fit[l][k] = layer.performanceNeed() * performance[k] + layer.iterationNeed() * productivity[k]
                        + layer.safetyNeed() * safety[k];
            }
        }
        individualTypes = new IndividualType[] {s.agents().researchers(), s.agents().systemsEngineers()};
        individualLayerMix = new double[individualTypes.length][];
        for (int t = 0; t < individualTypes.length; t++) {
            individualLayerMix[t] = inOrder(individualTypes[t].layerMix(), layerNames);
        }
        firmLayerMix = inOrder(s.agents().firms().layerMix(), layerNames);
        peoplePerAgent = new double[individualTypes.length];
        for (int t = 0; t < individualTypes.length; t++) {
            peoplePerAgent[t] = perAgent(individualTypes[t].represents(), individualTypes[t].count());
        }
        firmsPerAgent = perAgent(s.agents().firms().represents(), s.agents().firms().count());
        graduateMix = new double[individualTypes.length][];
        experiencedEntrants = new double[individualTypes.length][];
        for (int t = 0; t < individualTypes.length; t++) {
            graduateMix[t] = inOrder(individualTypes[t].graduateMix(), langNames);
            experiencedEntrants[t] = inOrder(individualTypes[t].experiencedEntrants(), langNames);
        }
        s.interop().quality().forEach((host, guests) -> guests.forEach((guest, q) ->
                interop[langNames.indexOf(host)][langNames.indexOf(guest)] = q));
        coreShare = new double[layers];
        coreGain = new double[layers][languages][languages];
        for (int l = 0; l < layers; l++) {
            Layer layer = s.layers().get(layerNames.get(l));
            coreShare[l] = layer.performanceNeed() * s.interop().coreShare();
            for (int h = 0; h < languages; h++) {
                for (int g = 0; g < languages; g++) {
                    double coreFit = layer.performanceNeed() * (performance[g] - performance[h])
                            + layer.safetyNeed() * (safety[g] - safety[h]);
                    coreGain[l][h][g] = interop[h][g] * coreFit;
                }
            }
        }
        interopFrom = layerFlags(s.interop().fromLayers(), layerNames);
        interopTo = layerFlags(s.interop().toLayers(), layerNames);
        scale = s.choice();
        firstReleaseLanguage = langNames.indexOf(s.algorithms().firstLanguage());
        releaseLayers = s.algorithms().layers().stream().mapToInt(layerNames::indexOf).toArray();
        releaseBias = new double[languages];
        for (int k = 0; k < languages; k++) releaseBias[k] = s.algorithms().releaseBias().getOrDefault(langNames.get(k), 1.0);
    }

    private static double perAgent(double represents, int count) {
        return count == 0 ? 0 : represents / count;
    }

    /** Values of a name-keyed map in the given name order, 0 where absent. */
    static double[] inOrder(Map<String, Double> values, List<String> names) {
        double[] out = new double[names.size()];
        for (int l = 0; l < out.length; l++) out[l] = values.getOrDefault(names.get(l), 0.0);
        return out;
    }

    private static boolean[] layerFlags(List<String> chosen, List<String> layerNames) {
        boolean[] out = new boolean[layerNames.size()];
        for (String name : chosen) out[layerNames.indexOf(name)] = true;
        return out;
    }
}
