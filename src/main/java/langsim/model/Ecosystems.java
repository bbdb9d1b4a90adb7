package langsim.model;

import org.apache.commons.math3.distribution.PoissonDistribution;

import langsim.scenario.Layer;
import sim.engine.SimState;

/**
 * Ecosystem stock per (layer, language): grows with the work done in it and with new algorithm releases, decays
 * slowly. Agents see it through {@link #term}, relative to the best-placed language in the layer, in one of two forms:
 * {@code log_ratio}, the log of the effective ecosystem relative to the largest (unbounded), or {@code coverage}, how
 * much of the layer's needs it covers, {@code E / (E + K)} (bounded: once libraries for a layer's needs exist, more
 * of them add ever less, the diminishing returns behind Meyerovich and Rabkin's finding that library availability
 * drives adoption). "Effective" adds spill-over from the language's other layers and, for every host, the wrapped
 * foundation code of the guests it can call.
 */
final class Ecosystems {
    private final double[][] stock;
    /** term[layer][language] &lt;= 0: log ratio to the largest, or coverage minus the best coverage. */
    private final double[][] term;
    private final double[][] workThisTick;
    private final double[] releaseWeight;
    /** The layer's whole ecosystem at the start: the scale of its needs (real units, so agent counts do not matter). */
    private final double[] initialTotal;

    Ecosystems(Params p) {
        stock = new double[p.layers][p.languages];
        term = new double[p.layers][p.languages];
        workThisTick = new double[p.layers][p.languages];
        releaseWeight = new double[p.languages];
        initialTotal = new double[p.layers];
        var layerNames = p.scenario.layerNames();
        var langNames = p.scenario.languageNames();
        for (int l = 0; l < p.layers; l++) {
            Layer layer = p.scenario.layers().get(layerNames.get(l));
            for (int k = 0; k < p.languages; k++) {
                stock[l][k] = layer.initialEcosystem().getOrDefault(langNames.get(k), 0.0);
                initialTotal[l] += stock[l][k];
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
        releaseAlgorithms(p, state, random);
        for (int l = 0; l < p.layers; l++) {
            for (int k = 0; k < p.languages; k++) {
                stock[l][k] = stock[l][k] * keep + eco.growthPerDeveloperYear() * workThisTick[l][k];
                workThisTick[l][k] = 0;
            }
        }
        refreshTerms(p);
    }

    /**
     * Releases follow research: each goes to a language in proportion to this tick's work in the release layers in
     * that language times its release bias, except a {@code first_share} that goes to {@code first_language}. With no
     * work in those layers nothing is released: there is no fallback to the incumbent.
     */
    private void releaseAlgorithms(Params p, SimState state, RandomAdapter random) {
        var alg = p.scenario.algorithms();
        double mean = alg.perYear() * p.dt;
        if (mean <= 0) return;
        int releases = new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        if (releases == 0) return;
        java.util.Arrays.fill(releaseWeight, 0);
        double total = 0;
        for (int l : p.releaseLayers) {
            for (int k = 0; k < p.languages; k++) releaseWeight[k] += workThisTick[l][k] * p.releaseBias[k];
        }
        for (double w : releaseWeight) total += w;
        for (int r = 0; r < releases; r++) {
            int language;
            if (state.random.nextBoolean(alg.firstShare())) {
                language = p.firstReleaseLanguage;
            } else if (total > 0) {
                language = proportionalPick(releaseWeight, state.random.nextDouble());
            } else {
                continue;
            }
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
        double halfSaturation = p.scenario.ecosystem().halfSaturation();
        boolean coverage = p.scenario.ecosystem().utility() == langsim.scenario.Ecosystem.Utility.COVERAGE;
        for (int l = 0; l < p.layers; l++) {
            double k50 = halfSaturation * Math.max(initialTotal[l], 1);
            double max = 0;
            double[] eff = term[l];
            for (int k = 0; k < p.languages; k++) {
                eff[k] = stock[l][k] + spill * (languageTotal[k] - stock[l][k]);
                if (p.interopTo[l]) {
                    for (int j = 0; j < p.languages; j++) eff[k] += p.interop[k][j] * wrapped[j];
                }
                if (coverage) eff[k] = eff[k] / (eff[k] + k50);   // share of the layer's needs covered, in [0, 1)
                max = Math.max(max, eff[k]);
            }
            for (int k = 0; k < p.languages; k++) eff[k] = coverage ? eff[k] - max : Math.log((eff[k] + 1) / (max + 1));
        }
    }
}
