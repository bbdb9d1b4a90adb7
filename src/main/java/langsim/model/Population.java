package langsim.model;

import ec.util.MersenneTwisterFast;
import langsim.scenario.IndividualType;
import langsim.scenario.IndividualWeights;

/**
 * All individual developers (researchers and systems engineers) as parallel primitive arrays, stepped in
 * one loop: a population is one MASON Steppable rather than one object per person, which keeps a person
 * under a hundred bytes and a tick cache-friendly. Each tick a person may leave (and be replaced by a
 * graduate), start a project (choose its layer and, by logit, its language) or review what to learn.
 */
final class Population {
    private static final byte NOT_LEARNING = -1;

    final int size;
    private final int languages;
    final byte[] type;
    /** proficiency[i * languages + k] in [0, 1]. */
    final float[] proficiency;
    final byte[] learning;
    /** Language of the person's latest project: what peers see them working in. */
    final byte[] current;
    private final float[] wEcosystem;
    private final float[] wFit;
    private final float[] wPeers;
    private final float[] wExperience;
    private final float[] wLearning;
    private final float[] wWage;
    private final PeerGraph peers;
    /** Which languages exist; people enter knowing only those. */
    private final Ecosystems eco;
    /** Per individual type: the stream of its choices and entrants, and an adapter over it for the samplers. */
    private final MersenneTwisterFast[] choiceStreams;
    private final RandomAdapter[] choiceAdapters;
    private WeightSampler[][] samplers; // [type][weight], rebuilt when an event changes the parameters
    private Params samplersFor;
    private double[][] graduateMix;     // [type][language]
    private double[][] experiencedEntrants; // [type][language]

    // scratch, per population (a population is stepped by one thread)
    private final double[] utility;
    private final double[] peerShare;
    private final int[] options;
    private final boolean[] coreEligible;

    /**
     * Set-up draws the ring order from {@code placement} and each person's attributes from the set-up stream of
     * their type; during the run each type draws from its own choice stream, so that a change that concerns one
     * type does not reshuffle the other's draws. Streams are indexed in {@link AgentType#INDIVIDUALS} order.
     */
    Population(Params p, MersenneTwisterFast placement, MersenneTwisterFast[] setup, MersenneTwisterFast[] choices,
               PeerGraph peers, Ecosystems eco) {
        var types = p.individualTypes;
        int n = 0;
        for (IndividualType t : types) n += t.count();
        size = n;
        languages = p.languages;
        this.peers = peers;
        this.eco = eco;
        type = new byte[n];
        proficiency = new float[n * languages];
        learning = new byte[n];
        current = new byte[n];
        wEcosystem = new float[n];
        wFit = new float[n];
        wPeers = new float[n];
        wExperience = new float[n];
        wLearning = new float[n];
        wWage = new float[n];
        choiceStreams = choices.clone();
        choiceAdapters = adapters(choices);
        useParams(p, adapters(setup));
        utility = new double[languages + 1];
        peerShare = new double[languages];
        options = new int[languages + 1];
        coreEligible = new boolean[languages];

        var langNames = p.scenario.languageNames();
        double[][] knownShare = new double[types.length][languages];
        for (int t = 0; t < types.length; t++) {
            for (int k = 0; k < languages; k++) {
                knownShare[t][k] = types[t].initialProficiency().getOrDefault(langNames.get(k), 0.0);
            }
        }
        boolean[] known = new boolean[languages];
        // interleave types along the ring so that peers mix researchers and engineers in proportion
        int[] remaining = {types[0].count(), types[1].count()};
        for (int i = 0; i < n; i++) {
            byte t = (byte) (placement.nextDouble() * (remaining[0] + remaining[1]) < remaining[0] ? 0 : 1);
            remaining[t]--;
            MersenneTwisterFast random = setup[t];
            type[i] = t;
            drawWeights(i, t);
            learning[i] = NOT_LEARNING;
            boolean any = false;
            for (int k = 0; k < languages; k++) {
                known[k] = random.nextBoolean(knownShare[t][k]);
                if (known[k]) {
                    proficiency[i * languages + k] = 1f;
                    any = true;
                }
            }
            // people work in the language most of their kind know
            if (any) current[i] = (byte) Ties.argmax(knownShare[t], languages, known, random);
            else becomeGraduate(i, t, random, false);
        }
        samplersFor = null; // the run's entrants draw their weights from the choice streams
    }

    private static RandomAdapter[] adapters(MersenneTwisterFast[] streams) {
        RandomAdapter[] adapters = new RandomAdapter[streams.length];
        for (int t = 0; t < streams.length; t++) adapters[t] = new RandomAdapter(streams[t]);
        return adapters;
    }

    /** Newcomers draw weights (from their type's stream) and first languages from the parameters in force. */
    private void useParams(Params p, RandomAdapter[] adapters) {
        if (p == samplersFor) return;
        samplers = new WeightSampler[p.individualTypes.length][];
        for (int t = 0; t < samplers.length; t++) {
            IndividualWeights w = p.individualTypes[t].weights();
            RandomAdapter adapter = adapters[t];
            samplers[t] = new WeightSampler[] {
                new WeightSampler(w.ecosystem(), adapter), new WeightSampler(w.fit(), adapter),
                new WeightSampler(w.peers(), adapter), new WeightSampler(w.experience(), adapter),
                new WeightSampler(w.learningCost(), adapter), new WeightSampler(w.wage(), adapter)};
        }
        graduateMix = p.graduateMix;
        experiencedEntrants = p.experiencedEntrants;
        samplersFor = p;
    }

    private void drawWeights(int i, int t) {
        WeightSampler[] s = samplers[t];
        wEcosystem[i] = (float) s[0].sample();
        wFit[i] = (float) s[1].sample();
        wPeers[i] = (float) s[2].sample();
        wExperience[i] = (float) s[3].sample();
        wLearning[i] = (float) s[4].sample();
        wWage[i] = (float) s[5].sample();
    }

    /**
     * A person who enters: a first language from the graduate mix (among languages that exist) and, for an entrant
     * replacing someone who left, possibly experience in a language from outside the modelled population.
     */
    private void becomeGraduate(int i, int t, MersenneTwisterFast random, boolean entrant) {
        int first = pickEntered(graduateMix[t], random.nextDouble());
        for (int k = 0; k < languages; k++) proficiency[i * languages + k] = k == first ? 1f : 0f;
        current[i] = (byte) first;
        learning[i] = NOT_LEARNING;
        if (!entrant) return;
        for (int k = 0; k < languages; k++) {
            double share = experiencedEntrants[t][k];
            if (share > 0 && eco.entered(k) && random.nextBoolean(share)) {
                proficiency[i * languages + k] = 1f;
                current[i] = (byte) k;
            }
        }
    }

    /** For tests: every person's type, current language, proficiencies and weights, as one array. */
    double[] snapshot() {
        double[] out = new double[size * (8 + languages)];
        int o = 0;
        for (int i = 0; i < size; i++) {
            out[o++] = type[i];
            out[o++] = current[i];
            for (int k = 0; k < languages; k++) out[o++] = proficiency[i * languages + k];
            out[o++] = wEcosystem[i];
            out[o++] = wFit[i];
            out[o++] = wPeers[i];
            out[o++] = wExperience[i];
            out[o++] = wLearning[i];
            out[o++] = wWage[i];
        }
        return out;
    }

    /** Index drawn from shares restricted to the languages that exist, by inverse CDF. */
    private int pickEntered(double[] shares, double uniform) {
        double total = 0;
        int last = -1;
        for (int k = 0; k < shares.length; k++) {
            if (!eco.entered(k)) continue;
            total += shares[k];
            if (shares[k] > 0) last = k;
        }
        double target = uniform * total;
        for (int k = 0; k < shares.length; k++) {
            if (!eco.entered(k) || shares[k] <= 0) continue;
            target -= shares[k];
            if (target < 0) return k;
        }
        return last;
    }

    /** Index drawn from shares that sum to 1, by inverse CDF. */
    static int pickIndex(double[] shares, double uniform) {
        for (int k = 0; k < shares.length - 1; k++) {
            uniform -= shares[k];
            if (uniform < 0) return k;
        }
        return shares.length - 1;
    }

    /** One tick for every person. Returns the number of logit choices made. */
    long step(Params p, Ecosystems eco, LabourMarket market, WorkLedger ledger,
              double[][] layerShare, long[][] talentByType) {
        final int L = languages;
        final double dt = p.dt;
        final float threshold = (float) p.scenario.labourMarket().proficiencyThreshold();
        final IndividualType[] types = p.individualTypes;
        useParams(p, choiceAdapters);
        double[] pExit = new double[types.length];
        double[] pProject = new double[types.length];
        double[] pReview = new double[types.length];
        double[][] typeEco = new double[types.length][L];
        double[][] typeFitGap = new double[types.length][L];
        for (int t = 0; t < types.length; t++) {
            pExit[t] = types[t].exitRate() * dt;
            pProject[t] = types[t].projectsPerYear() * dt;
            pReview[t] = types[t].learningReviewsPerYear() * dt;
            // the ecosystem a language offers this type of person, averaged over the layers they work in
            // and what a language is worth to learn for them: its fit over their layers, minus the best language's
            double bestFit = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < L; k++) {
                for (int l = 0; l < p.layers; l++) {
                    typeEco[t][k] += p.individualLayerMix[t][l] * eco.term(l, k);
                    typeFitGap[t][k] += p.individualLayerMix[t][l] * eco.fit(l, k);
                }
                bestFit = Math.max(bestFit, typeFitGap[t][k]);
            }
            for (int k = 0; k < L; k++) typeFitGap[t][k] -= bestFit;
        }
        for (long[] row : talentByType) java.util.Arrays.fill(row, 0);
        long choices = 0;
        for (int i = 0; i < size; i++) {
            int t = type[i];
            MersenneTwisterFast random = choiceStreams[t];
            int base = i * L;
            int learn = learning[i];
            if (learn != NOT_LEARNING) {
                float next = proficiency[base + learn] + (float) (dt / eco.learningYears(learn));
                if (next >= 1f) {
                    next = 1f;
                    learning[i] = NOT_LEARNING;
                }
                proficiency[base + learn] = next;
            }
            double u = random.nextDouble();
            if (u < pExit[t]) {
                becomeGraduate(i, t, random, true);
                drawWeights(i, t);
            } else {
                u -= pExit[t];
                double project = pProject[t] * (learning[i] != NOT_LEARNING ? 1 - types[t].learningTimeShare() : 1);
                if (u < project) {
                    startProject(i, t, p, random, eco, ledger, layerShare[t], threshold);
                    choices++;
                } else if (u - project < pReview[t] && learning[i] == NOT_LEARNING) {
                    reviewLearning(i, t, p, random, market, typeFitGap[t], typeEco[t], threshold);
                    choices++;
                }
            }
            long[] talent = talentByType[t];
            for (int k = 0; k < L; k++) {
                if (proficiency[base + k] >= threshold) talent[k]++;
            }
        }
        return choices;
    }

    private void computePeerShare(int i) {
        java.util.Arrays.fill(peerShare, 0);
        int[] offsets = peers.offsets();
        int[] nb = peers.neighbours();
        int from = offsets[i];
        int to = offsets[i + 1];
        if (to == from) return;
        double w = 1.0 / (to - from);
        for (int e = from; e < to; e++) peerShare[current[nb[e]]] += w;
    }

    private void startProject(int i, int t, Params p, MersenneTwisterFast random, Ecosystems eco,
                              WorkLedger ledger, double[] layerShare, float threshold) {
        int layer = pickIndex(layerShare, random.nextDouble());
        computePeerShare(i);
        int base = i * languages;
        var sc = p.scale;
        double wEco = wEcosystem[i] * sc.ecosystem();
        double wF = wFit[i] * sc.fit();
        double wP = wPeers[i] * sc.peers();
        double wExp = wExperience[i] * sc.skills();
        double wLearn = wLearning[i] * sc.skills();
        for (int k = 0; k < languages; k++) {
            double prof = proficiency[base + k];
            utility[k] = eco.entered(k)
                    ? Utility.ecosystem(wEco, eco.term(layer, k)) + Utility.fit(wF, eco.fit(layer, k))
                        + Utility.peers(wP, peerShare[k]) + Utility.experience(wExp, prof)
                        - Utility.learningCost(wLearn, prof, eco.learningYears(k))
                    : Double.NEGATIVE_INFINITY;
        }
        int k = Logit.choose(utility, languages, random.nextDouble());
        double work = p.individualTypes[t].projectSize() * p.peoplePerAgent[t];
        int guest = coreGuest(base, layer, k, p, threshold, random);
        double core = guest < 0 ? 0 : work * p.coreShare[layer] * p.interop[k][guest];
        ledger.addIndividualWork(t, layer, k, work - core);
        eco.addWork(layer, k, work - core);
        if (core > 0) {
            ledger.addIndividualWork(t, layer, guest, core);
            eco.addWork(layer, guest, core);
        }
        current[i] = (byte) k;
        if (proficiency[base + k] < threshold && learning[i] == NOT_LEARNING) learning[i] = (byte) k; // learning by doing
    }

    /**
     * The language a person writes the performance-critical core of a project hosted in {@code host} in: among the
     * languages they are proficient in, the one whose gain for the core (fit times interop quality) is largest; -1 if
     * none gains. This is the two-language pattern: a Python project with a Rust core.
     */
    private int coreGuest(int base, int layer, int host, Params p, float threshold, MersenneTwisterFast random) {
        if (p.coreShare[layer] <= 0) return -1;
        double[] gain = p.coreGain[layer][host];
        int best = -1;
        int tied = 0;
        for (int g = 0; g < languages; g++) {
            coreEligible[g] = g != host && gain[g] > 0 && proficiency[base + g] >= threshold;
            if (!coreEligible[g]) continue;
            if (best < 0 || gain[g] > gain[best]) {
                best = g;
                tied = 1;
            } else if (gain[g] == gain[best]) {
                tied++;
            }
        }
        // a random draw only for a tie, as in Ties (this runs for every project: keep it lean)
        return tied > 1 ? Ties.argmax(gain, languages, coreEligible, random) : best;
    }

    private void reviewLearning(int i, int t, Params p, MersenneTwisterFast random, LabourMarket market,
                                double[] typeFit, double[] typeEco, float threshold) {
        computePeerShare(i);
        int base = i * languages;
        int n = 0;
        utility[n] = 0; // not learning anything
        options[n++] = NOT_LEARNING;
        double propensity = p.individualTypes[t].learningPropensity();
        var sc = p.scale;
        for (int k = 0; k < languages; k++) {
            double prof = proficiency[base + k];
            if (prof >= threshold || !eco.entered(k)) continue;
            utility[n] = propensity + Utility.labourMarket(wWage[i] * sc.labourMarket(), market.logIndex(k))
                    + Utility.peers(wPeers[i] * sc.peers(), peerShare[k]) + Utility.fit(wFit[i] * sc.fit(), typeFit[k])
                    + Utility.ecosystem(wEcosystem[i] * sc.ecosystem(), typeEco[k])
                    - Utility.learningCost(wLearning[i] * sc.skills(), prof, eco.learningYears(k));
            options[n++] = k;
        }
        if (n == 1) return;
        int choice = options[Logit.choose(utility, n, random.nextDouble())];
        if (choice != NOT_LEARNING) learning[i] = (byte) choice;
    }

    /** Yearly: proficiency fades in languages a person neither uses nor learns. */
    void forget(Params p) {
        for (int i = 0; i < size; i++) {
            float keep = (float) (1 - p.individualTypes[type[i]].forgettingRate());
            int base = i * languages;
            for (int k = 0; k < languages; k++) {
                if (k != current[i] && k != learning[i]) proficiency[base + k] *= keep;
            }
        }
    }

    int countOfType(int t) {
        int c = 0;
        for (byte b : type) if (b == t) c++;
        return c;
    }
}
