package langsim.model;

import org.apache.commons.math3.distribution.PoissonDistribution;


/**
 * Ecosystem stock per (layer, language): grows with the work done in it and with new algorithm releases, decays
 * slowly. Agents see it through {@link #term}, relative to the best-placed language in the layer, in one of two forms:
 * {@code log_ratio}, the log of the effective ecosystem relative to the largest (unbounded), or {@code coverage}, how
 * much of the layer's needs it covers, {@code E / (E + K)} (bounded: once libraries for a layer's needs exist, more
 * of them add ever less, the diminishing returns behind Meyerovich and Rabkin's finding that library availability
 * drives adoption). "Effective" adds spill-over from the language's other layers and, for every host, the wrapped
 * foundation code of the guests it can call. It also holds what follows from the ecosystems: which languages exist
 * (a language's ecosystem appears when it enters) and the productivity, learning time and fit in force, which may
 * improve as a language's ecosystem grows.
 */
final class Ecosystems {
    private final double[][] stock;
    /** term[layer][language] &lt;= 0: log ratio to the largest, or coverage minus the best coverage. */
    private final double[][] term;
    private final double[][] workThisTick;
    private final double[] releaseWeight;
    /** The layer's whole ecosystem at the start: the scale of its needs (real units, so agent counts do not matter). */
    private final double[] initialTotal;

    /** Languages that exist (entered the world): only they can be chosen, learned or known. */
    private final boolean[] entered;
    /** A language's whole ecosystem when it entered: the reference of its elasticities. */
    private final double[] entryTotal;
    private final double[] productivityNow;
    private final double[] learningYearsNow;
    /** fitNow[layer][language]: the fit with the productivity in force. */
    private final double[][] fitNow;

    Ecosystems(Params p) {
        entered = new boolean[p.languages];
        entryTotal = new double[p.languages];
        productivityNow = new double[p.languages];
        learningYearsNow = new double[p.languages];
        fitNow = new double[p.layers][p.languages];
        stock = new double[p.layers][p.languages];
        term = new double[p.layers][p.languages];
        workThisTick = new double[p.layers][p.languages];
        releaseWeight = new double[p.languages];
        initialTotal = new double[p.layers];
        for (int l = 0; l < p.layers; l++) {
            for (int k = 0; k < p.languages; k++) initialTotal[l] += initialStock(p, l, k);
        }
        enter(p, p.scenario.simulation().startYear());   // computes the terms (at least one language exists)
    }

    private static double initialStock(Params p, int layer, int language) {
        return p.scenario.layers().get(p.scenario.layerNames().get(layer)).initialEcosystem()
                .getOrDefault(p.scenario.languageNames().get(language), 0.0);
    }

    /** Lets in the languages whose entry year has come, with their starting ecosystems (at each year's start). */
    void enter(Params p, int year) {
        boolean any = false;
        for (int k = 0; k < p.languages; k++) {
            if (entered[k] || p.entryYear[k] > year) continue;
            entered[k] = true;
            any = true;
            for (int l = 0; l < p.layers; l++) {
                stock[l][k] += initialStock(p, l, k);
                entryTotal[k] += stock[l][k];
            }
        }
        if (any) refreshTerms(p);
    }

    boolean entered(int language) {
        return entered[language];
    }

    /** Fit of a language for a layer with its productivity in force (it may grow with the ecosystem). */
    double fit(int layer, int language) {
        return fitNow[layer][language];
    }

    /** Learning time in force (it may shrink as the ecosystem grows). */
    double learningYears(int language) {
        return learningYearsNow[language];
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
    void grow(Params p, RandomAdapter random) {
        var eco = p.scenario.ecosystem();
        double keep = 1 - eco.decayRate() * p.dt;
        releaseAlgorithms(p, random);
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
    private void releaseAlgorithms(Params p, RandomAdapter random) {
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
            if (entered[p.firstReleaseLanguage] && random.stream().nextBoolean(alg.firstShare())) {
                language = p.firstReleaseLanguage;
            } else if (total > 0) {
                language = proportionalPick(releaseWeight, random.nextDouble());
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
        refreshTraits(p, languageTotal);
    }

    /** Productivity and learning time that improve with a language's ecosystem (elasticities; 0 = fixed traits). */
    private void refreshTraits(Params p, double[] languageTotal) {
        for (int k = 0; k < p.languages; k++) {
            double growth = entryTotal[k] > 0 ? languageTotal[k] / entryTotal[k] : 1;
            productivityNow[k] = p.productivityElasticity[k] == 0 ? p.productivity[k]
                    : Math.min(1, p.productivity[k] * Math.pow(growth, p.productivityElasticity[k]));
            learningYearsNow[k] = p.learningElasticity[k] == 0 ? p.learningYears[k]
                    : Math.max(0.05, p.learningYears[k] * Math.pow(growth, -p.learningElasticity[k]));
            for (int l = 0; l < p.layers; l++) {
                fitNow[l][k] = p.fit[l][k] + p.iterationNeed[l] * (productivityNow[k] - p.productivity[k]);
            }
        }
    }
}
