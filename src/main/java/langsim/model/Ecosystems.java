package langsim.model;

import org.apache.commons.math3.distribution.PoissonDistribution;

import langsim.scenario.Layer;
import sim.engine.SimState;

/**
 * Ecosystem stock per (layer, language): grows with the work done in it and with new algorithm
 * releases, decays slowly. Agents see it through {@link #term}, the log of the effective ecosystem
 * relative to the largest in the layer, where "effective" adds spill-over from the language's other
 * layers and, for the interop host, wrapped foundation code of other languages.
 */
final class Ecosystems {
    private final double[][] stock;
    /** term[layer][language] = ln((effective + 1) / (max effective + 1)) &lt;= 0. */
    private final double[][] term;
    private final double[][] workThisTick;

    Ecosystems(Params p) {
        stock = new double[p.layers][p.languages];
        term = new double[p.layers][p.languages];
        workThisTick = new double[p.layers][p.languages];
        var layerNames = p.scenario.layerNames();
        var langNames = p.scenario.languageNames();
        for (int l = 0; l < p.layers; l++) {
            Layer layer = p.scenario.layers().get(layerNames.get(l));
            for (int k = 0; k < p.languages; k++) {
                stock[l][k] = layer.initialEcosystem().getOrDefault(langNames.get(k), 0.0);
            }
        }
        refreshTerms(p);
    }

    double term(int layer, int language) {
        return term[layer][language];
    }

    double stock(int layer, int language) {
        return stock[layer][language];
    }

    void addWork(int layer, int language, double developerYears) {
        workThisTick[layer][language] += developerYears;
    }

    /** Adds {@code share} of the layer's whole ecosystem to one language (e.g. a framework ships). */
    void boost(int layer, int language, double share) {
        double total = 0;
        for (double s : stock[layer]) total += s;
        stock[layer][language] += share * total;
    }

    /** Growth from this tick's work, decay, and the algorithms released during the tick. */
    void grow(Params p, SimState state, RandomAdapter random) {
        var eco = p.scenario.ecosystem();
        double keep = 1 - eco.decayRate() * p.dt;
        for (int l = 0; l < p.layers; l++) {
            for (int k = 0; k < p.languages; k++) {
                stock[l][k] = stock[l][k] * keep + eco.growthPerDeveloperYear() * workThisTick[l][k];
                workThisTick[l][k] = 0;
            }
        }
        releaseAlgorithms(p, state, random);
        refreshTerms(p);
    }

    private void releaseAlgorithms(Params p, SimState state, RandomAdapter random) {
        var alg = p.scenario.algorithms();
        double mean = alg.perYear() * p.dt;
        if (mean <= 0) return;
        int releases = new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        int sourceLayer = p.releaseLayers[0];
        for (int r = 0; r < releases; r++) {
            int language = state.random.nextBoolean(alg.firstShare())
                    ? p.firstReleaseLanguage
                    : proportionalPick(stock[sourceLayer], state.random.nextDouble());
            for (int l : p.releaseLayers) stock[l][language] += alg.size();
        }
    }

    private static int proportionalPick(double[] weights, double uniform) {
        double total = 0;
        for (double w : weights) total += w;
        double target = uniform * total;
        for (int i = 0; i < weights.length - 1; i++) {
            target -= weights[i];
            if (target < 0) return i;
        }
        return weights.length - 1;
    }

    void refreshTerms(Params p) {
        double spill = p.scenario.ecosystem().crossLayerSpillover();
        double[] languageTotal = new double[p.languages];
        double[] wrapped = new double[p.languages]; // foundation-side stock of each language that can be wrapped
        for (int l = 0; l < p.layers; l++) {
            for (int k = 0; k < p.languages; k++) {
                languageTotal[k] += stock[l][k];
                if (p.interopFrom[l]) wrapped[k] += stock[l][k];
            }
        }
        for (int l = 0; l < p.layers; l++) {
            double max = 0;
            double[] eff = term[l];
            for (int k = 0; k < p.languages; k++) {
                eff[k] = stock[l][k] + spill * (languageTotal[k] - stock[l][k]);
                if (p.interopTo[l] && k == p.interopHost) {
                    for (int j = 0; j < p.languages; j++) {
                        if (j != k) eff[k] += p.interop[j] * wrapped[j];
                    }
                }
                max = Math.max(max, eff[k]);
            }
            for (int k = 0; k < p.languages; k++) eff[k] = Math.log((eff[k] + 1) / (max + 1));
        }
    }
}
