package langsim.model;

import ec.util.MersenneTwisterFast;
import langsim.scenario.FirmType;
import langsim.scenario.FirmWeights;

/**
 * Firms as parallel arrays. A firm has a size (developers), a mix of work over layers, a codebase per
 * (layer, language) that is costly to rewrite, a team mix over languages, and for each layer the
 * language it currently uses for new work. It reconsiders that language now and then (logit over
 * ecosystem, fit, hiring cost, its own code and its team), and now and then considers migrating part
 * of a layer's legacy code to a better language when the gain beats the rewrite cost.
 */
final class Firms {
    final int count;
    private final int layers;
    private final int languages;
    private final double[] size;
    private final double[] layerMix;   // [firm * layers + layer]
    final double[] codebase;           // [(firm * layers + layer) * languages + language], developer-years
    private final double[] team;       // [firm * languages + language], share of the team working in it
    private final byte[] currentLanguage; // [firm * layers + layer]
    private final double[] wEcosystem;
    private final double[] wFit;
    private final double[] wHiring;
    private final double[] wBase;
    private final double[] wTeam;
    /** Firms that entered during the run choose each layer's language on their first tick. */
    private final boolean[] undecided;
    private final MersenneTwisterFast random; // firms' choices and entries during the run
    private WeightSampler sizes;
    private WeightSampler[] weights;
    private final double[] utility;
    private final double[] tickMix;
    private final double[] legacyCode;
    private final double[] coreScore;
    private final boolean[] coreEligible;

    /** Founds the initial firms from {@code setup}; their choices and later entries draw from {@code choices}. */
    Firms(Params p, MersenneTwisterFast setup, MersenneTwisterFast choices) {
        FirmType spec = p.scenario.agents().firms();
        count = spec.count();
        layers = p.layers;
        languages = p.languages;
        size = new double[count];
        layerMix = new double[count * layers];
        codebase = new double[count * layers * languages];
        team = new double[count * languages];
        currentLanguage = new byte[count * layers];
        wEcosystem = new double[count];
        wFit = new double[count];
        wHiring = new double[count];
        wBase = new double[count];
        wTeam = new double[count];
        utility = new double[languages];
        tickMix = new double[languages];
        legacyCode = new double[languages];
        coreScore = new double[languages];
        coreEligible = new boolean[languages];
        undecided = new boolean[count * layers];
        useSamplers(spec, new RandomAdapter(setup));
        var layerNames = p.scenario.layerNames();
        var langNames = p.scenario.languageNames();
        double[][] initialShare = new double[layers][languages];
        for (int l = 0; l < layers; l++) {
            var shares = p.scenario.layers().get(layerNames.get(l)).initialInstalledShare();
            for (int k = 0; k < languages; k++) initialShare[l][k] = shares.getOrDefault(langNames.get(k), 0.0);
        }
        for (int f = 0; f < count; f++) found(f, p, setup, initialShare);
        random = choices;
        useSamplers(spec, new RandomAdapter(choices));
    }

    private void useSamplers(FirmType spec, RandomAdapter adapter) {
        FirmWeights w = spec.weights();
        sizes = new WeightSampler(spec.size(), adapter);
        weights = new WeightSampler[] {new WeightSampler(w.ecosystem(), adapter), new WeightSampler(w.fit(), adapter),
            new WeightSampler(w.hiringCost(), adapter), new WeightSampler(w.installedBase(), adapter),
            new WeightSampler(w.team(), adapter)};
    }

    /**
     * A firm comes into being: size, weights and its own mix of layers around the scenario's. At the start it has
     * legacy code in each layer in one language drawn from the layer's initial shares, and a team to match; a firm
     * that enters later ({@code legacy} null) has neither and chooses its languages on its first tick.
     */
    private void found(int f, Params p, MersenneTwisterFast random, double[][] legacy) {
        FirmType spec = p.scenario.agents().firms();
        size[f] = Math.max(1, sizes.sample());
        wEcosystem[f] = weights[0].sample();
        wFit[f] = weights[1].sample();
        wHiring[f] = weights[2].sample();
        wBase[f] = weights[3].sample();
        wTeam[f] = weights[4].sample();
        java.util.Arrays.fill(team, f * languages, (f + 1) * languages, 0);
        java.util.Arrays.fill(codebase, f * layers * languages, (f + 1) * layers * languages, 0);
        double total = 0;
        for (int l = 0; l < layers; l++) {
            double m = p.firmLayerMix[l] * -Math.log(1 - random.nextDouble()); // Dirichlet(1) around the mean
            layerMix[f * layers + l] = m;
            total += m;
        }
        for (int l = 0; l < layers; l++) {
            double mix = total > 0 ? layerMix[f * layers + l] / total : 0;
            layerMix[f * layers + l] = mix;
            undecided[f * layers + l] = legacy == null;
            if (legacy == null) continue;
            int k = Population.pickIndex(legacy[l], random.nextDouble());
            currentLanguage[f * layers + l] = (byte) k;
            codebase[(f * layers + l) * languages + k] = size[f] * mix * spec.initialCodeYears();
            team[f * languages + k] += mix;
        }
    }

    long step(Params p, Ecosystems eco, LabourMarket market, WorkLedger ledger,
              double[] layerVolume) {
        FirmType spec = p.scenario.agents().firms();
        double dt = p.dt;
        double pDecide = spec.decisionsPerYear() * dt;
        double pMigrate = spec.migrationReviewsPerYear() * dt;
        double teamStep = Math.min(1, spec.teamAdjustRate() * dt);
        double pExit = spec.exitRate() * dt;
        long choices = 0;
        for (int f = 0; f < count; f++) {
            // a firm that closes is replaced by a new one without legacy code (the real number of firms is constant)
            if (pExit > 0 && random.nextBoolean(pExit)) found(f, p, random, null);
            java.util.Arrays.fill(tickMix, 0);
            double tickWork = 0;
            for (int l = 0; l < layers; l++) {
                int fl = f * layers + l;
                double mix = layerMix[fl];
                if (mix == 0) continue;
                if (undecided[fl] || random.nextBoolean(pDecide)) {
                    undecided[fl] = false;
                    utilities(p, f, l, eco, market);
                    currentLanguage[fl] = (byte) Logit.choose(utility, languages, random.nextDouble());
                    choices++;
                }
                int k = currentLanguage[fl];
                double work = size[f] * mix * layerVolume[l] * dt;
                int guest = coreGuest(p, f, l, k, eco, market, random);
                double core = guest < 0 ? 0 : work * p.coreShare[l] * p.interop[k][guest];
                book(p, fl, l, k, work - core, ledger, eco, market);
                if (core > 0) book(p, fl, l, guest, core, ledger, eco, market);
                tickWork += work;
                if (pMigrate > 0 && random.nextBoolean(pMigrate)) {
                    considerMigration(p, f, l, eco, market, spec, random);
                }
            }
            if (tickWork > 0) {
                for (int k = 0; k < languages; k++) {
                    team[f * languages + k] += teamStep * (tickMix[k] / tickWork - team[f * languages + k]);
                }
            }
        }
        return choices;
    }

    /** Books a firm's work in one language: its own code and team, and in real units the ledger, ecosystem and jobs. */
    private void book(Params p, int fl, int l, int k, double work, WorkLedger ledger, Ecosystems eco, LabourMarket market) {
        codebase[fl * languages + k] += work;
        tickMix[k] += work;
        double real = work * p.firmsPerAgent;
        ledger.addFirmWork(l, k, real);
        eco.addWork(l, k, real);
        market.addJobs(k, real);
    }

    /**
     * The guest language a firm writes the performance-critical core of its work in a layer in, or -1: the one whose
     * gain for the core (fit times interop quality) best outweighs the cost of hiring for it.
     */
    private int coreGuest(Params p, int f, int l, int host, Ecosystems eco, LabourMarket market,
                          MersenneTwisterFast random) {
        if (p.coreShare[l] <= 0) return -1;
        double[] gain = p.coreGain[l][host];
        boolean any = false;
        for (int g = 0; g < languages; g++) {
            coreScore[g] = Utility.fit(wFit[f] * p.scale.fit(), gain[g])
                    - Utility.labourMarket(wHiring[f] * p.scale.labourMarket(), Math.max(0, market.logIndex(g)));
            coreEligible[g] = g != host && gain[g] > 0 && coreScore[g] > 0 && eco.entered(g);
            any |= coreEligible[g];
        }
        return any ? Ties.argmax(coreScore, languages, coreEligible, random) : -1;
    }

    /** Deterministic part of the firm's utility of each language for new work in a layer. */
    private void utilities(Params p, int f, int l, Ecosystems eco, LabourMarket market) {
        int fl = f * layers + l;
        double code = 0;
        for (int k = 0; k < languages; k++) code += codebase[fl * languages + k];
        var sc = p.scale;
        for (int k = 0; k < languages; k++) {
            double ownShare = code > 0 ? codebase[fl * languages + k] / code : 0;
            if (!eco.entered(k)) {
                utility[k] = Double.NEGATIVE_INFINITY;
                continue;
            }
            utility[k] = Utility.ecosystem(wEcosystem[f] * sc.ecosystem(), eco.term(l, k))
                    + Utility.fit(wFit[f] * sc.fit(), eco.fit(l, k))
                    - Utility.labourMarket(wHiring[f] * sc.labourMarket(), market.logIndex(k))
                    + Utility.installedBase(wBase[f] * sc.installedBase(), ownShare)
                    + Utility.team(wTeam[f] * sc.skills(), team[f * languages + k]);
        }
    }

    /**
     * Rewrites a share of the layer's largest legacy codebase into the best language for the layer when
     * the utility gain exceeds the rewrite cost for that share.
     */
    private void considerMigration(Params p, int f, int l, Ecosystems eco, LabourMarket market, FirmType spec,
                                   MersenneTwisterFast random) {
        int fl = f * layers + l;
        double code = 0;
        for (int k = 0; k < languages; k++) {
            code += codebase[fl * languages + k];
            legacyCode[k] = codebase[fl * languages + k];
        }
        if (code <= 0) return;
        int legacy = Ties.argmax(legacyCode, languages, null, random);
        utilities(p, f, l, eco, market);
        int best = Ties.argmax(utility, languages, null, random);
        if (best == legacy) return;
        double moved = spec.migrationFraction() * codebase[fl * languages + legacy];
        double cost = spec.rewriteCost() * moved / code;
        if (utility[best] - utility[legacy] > cost) {
            codebase[fl * languages + legacy] -= moved;
            codebase[fl * languages + best] += moved;
        }
    }

    /** Yearly retirement of old code. */
    void retireCode(double share) {
        for (int i = 0; i < codebase.length; i++) codebase[i] *= 1 - share;
    }

    /** Sums the firms' codebases into [layer][language], in real developer-years. */
    void addInstalledBase(double[][] into, double firmsPerAgent) {
        for (int f = 0; f < count; f++) {
            for (int l = 0; l < layers; l++) {
                int fl = f * layers + l;
                for (int k = 0; k < languages; k++) into[l][k] += codebase[fl * languages + k] * firmsPerAgent;
            }
        }
    }

    /** Real developers of all firms working in each language (size times team share). */
    void addTeamHeadcount(double[] into, double firmsPerAgent) {
        for (int f = 0; f < count; f++) {
            for (int k = 0; k < languages; k++) into[k] += size[f] * team[f * languages + k] * firmsPerAgent;
        }
    }
}
