package langsim.scenario;

import langsim.config.Doc;
import langsim.config.Range;

/** The peer network among individuals: a Watts-Strogatz small world. */
public record SocialNetwork(
        @Doc("mean number of peers per person (even)") @Range(min = 0, max = 100) int meanDegree,
        @Doc("probability of rewiring each ring edge to a random person") @Range(min = 0, max = 1) double rewireProbability) {
}
