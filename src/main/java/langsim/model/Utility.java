package langsim.model;

/**
 * The terms of every language choice, each written once (docs/ODD.md 7.2-7.3): individuals and firms add up the ones
 * that concern them, each times the agent's own weight for it (already multiplied by the scenario's {@code choice}
 * scale). Learning reviews use the same terms averaged over the layers a person works in.
 */
final class Utility {
    private Utility() {
    }

    /** Ecosystem inertia and network effects: the language's ecosystem in the layer, relative to the best (&lt;= 0). */
    static double ecosystem(double weight, double ecosystemTerm) {
        return weight * ecosystemTerm;
    }

    /** How well the language's traits (performance, iteration speed, safety) meet the layer's needs. */
    static double fit(double weight, double fit) {
        return weight * fit;
    }

    /** Peers: the share of a person's network neighbours working in the language. */
    static double peers(double weight, double neighbourShare) {
        return weight * neighbourShare;
    }

    /** Experience: what a person already knows of the language. */
    static double experience(double weight, double proficiency) {
        return weight * proficiency;
    }

    /** Learning cost: the years of study still missing (a cost: subtract it). */
    static double learningCost(double weight, double proficiency, double learningYears) {
        return weight * (1 - proficiency) * learningYears;
    }

    /** The labour market: ln of the hiring-cost index, a wage premium to people and a cost to firms. */
    static double labourMarket(double weight, double logIndex) {
        return weight * logIndex;
    }

    /** Installed base: the firm's share of code in the language in the layer (compatibility with what exists). */
    static double installedBase(double weight, double ownShare) {
        return weight * ownShare;
    }

    /** Team: minus the share of the firm's team that does not yet work in the language (a switching cost). */
    static double team(double weight, double teamShare) {
        return weight * (teamShare - 1);
    }
}
