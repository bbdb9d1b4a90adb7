package langsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import langsim.model.Streams.Mechanism;
import langsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers: a change in one mechanism leaves the draws of the others, and so everything that depends
 * only on them, as they were with the same seed. Each invariance has a control showing the observable does move when
 * the mechanism it depends on changes.
 */
class StreamsTest {
    private static final long SEED = 4242;
    /** Cuts the model's feedback from firms and releases to individuals: no ecosystem growth, no wage term. */
    private static final String[] DECOUPLED = {"ecosystem.growth_per_developer_year=0", "algorithms.per_year=0",
        "choice.labour_market=0", "simulation.end_year=2029"};

    private static LangSimModel started(String... overrides) {
        LangSimModel model = new LangSimModel(TestScenarios.small(overrides), SEED);
        model.start();
        return model;
    }

    private static int[] network(LangSimModel m) {
        int[] o = m.graph().offsets();
        int[] n = m.graph().neighbours();
        int[] all = Arrays.copyOf(o, o.length + n.length);
        System.arraycopy(n, 0, all, o.length, n.length);
        return all;
    }

    private static String[] with(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void everyStreamOfEveryRunHasItsOwnSeedAndOnlyTheRecorded32BitsCount() {
        Set<String> arrays = new HashSet<>();
        Set<Integer> keys = new HashSet<>();
        for (Mechanism m : Mechanism.values()) {
            keys.add(m.key());
            for (long seed : new long[] {0, 1, 2, 0xFFFFFFFFL, 20251125}) {
                arrays.add(Arrays.toString(Streams.seedArray(seed, m.key())));
                // outputs record the seed as its low 32 bits: rerunning with that number must give the same run
                assertEquals(Streams.of(seed, m).nextLong(), Streams.of(seed + (7L << 32), m).nextLong());
            }
        }
        assertEquals(Mechanism.values().length, keys.size());
        assertEquals(Mechanism.values().length * 5, arrays.size());
    }

    @Test
    void firmsOnlyChangesLeaveTheNetworkAndTheIndividualsSetUpAlone() {
        LangSimModel base = started();
        for (String change : new String[] {"agents.firms.count=77", "agents.firms.weights.ecosystem.mean=3",
            "agents.firms.size.mean=60", "agents.firms.exit_rate=0.3"}) {
            LangSimModel other = started(change);
            assertArrayEquals(network(base), network(other), change);
            assertArrayEquals(base.population().snapshot(), other.population().snapshot(), change);
        }
        // control: the set-up does depend on the individuals' own parameters
        assertFalse(Arrays.equals(base.population().snapshot(),
                started("agents.researchers.weights.fit.mean=4").population().snapshot()));
    }

    @Test
    void individualsOnlyChangesLeaveTheFirmsSetUpAlone() {
        double[] base = started().firms().codebase;
        for (String change : new String[] {"agents.researchers.count=2500", "agents.systems_engineers.count=600",
            "agents.researchers.weights.fit.mean=4", "network.mean_degree=4"}) {
            assertArrayEquals(base, started(change).firms().codebase, change);
        }
        assertFalse(Arrays.equals(base, started("agents.firms.size.mean=60").firms().codebase)); // control
    }

    @Test
    void releaseChangesLeaveNetworkAndSetUpAlone() {
        LangSimModel base = started();
        for (String change : new String[] {"algorithms.per_year=500", "algorithms.first_share=0.4"}) {
            LangSimModel other = started(change);
            assertArrayEquals(network(base), network(other), change);
            assertArrayEquals(base.population().snapshot(), other.population().snapshot(), change);
            assertArrayEquals(base.firms().codebase, other.firms().codebase, change);
        }
    }

    @Test
    void theIndividualsFirstTickDoesNotDependOnFirms() {
        LangSimModel base = started();
        LangSimModel other = started("agents.firms.count=77", "agents.firms.weights.fit.mean=5");
        base.schedule.step(base);
        other.schedule.step(other);
        assertArrayEquals(base.population().snapshot(), other.population().snapshot());
    }

    /** With the feedback from firms to individuals cut, the individuals' whole history ignores what firms do. */
    @Test
    void withoutFeedbackIndividualsIgnoreFirmsForTheWholeRun() {
        RunRecord base = LangSimModel.run(TestScenarios.small(DECOUPLED), SEED);
        for (String change : new String[] {"agents.firms.count=77", "agents.firms.weights.ecosystem.mean=3",
            "agents.firms.exit_rate=0.3", "agents.firms.decisions_per_year=4"}) {
            RunRecord other = LangSimModel.run(TestScenarios.small(with(DECOUPLED, change)), SEED);
            for (AgentType t : AgentType.INDIVIDUALS) {
                assertEquals(individualHistory(base, t), individualHistory(other, t), change + ", " + t);
            }
            assertFalse(individualHistory(base, AgentType.FIRM).equals(individualHistory(other, AgentType.FIRM)),
                    change + " changes firms"); // control
        }
    }

    /** One stream per individual type: without peers and feedback, engineers ignore a change to researchers. */
    @Test
    void withoutCouplingEngineersIgnoreAChangeToResearchers() {
        String[] decoupled = with(DECOUPLED, "network.mean_degree=0");
        RunRecord base = LangSimModel.run(TestScenarios.small(decoupled), SEED);
        Scenario changed = TestScenarios.small(with(decoupled, "agents.researchers.projects_per_year=7",
                "agents.researchers.exit_rate=0.3"));
        RunRecord other = LangSimModel.run(changed, SEED);
        assertEquals(individualHistory(base, AgentType.SYSTEMS_ENGINEER),
                individualHistory(other, AgentType.SYSTEMS_ENGINEER));
        assertFalse(individualHistory(base, AgentType.RESEARCHER).equals(individualHistory(other, AgentType.RESEARCHER)));
    }

    /** New work, installed base and people proficient of one agent type, every year, as text (exact). */
    private static String individualHistory(RunRecord r, AgentType t) {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < r.years(); y++) {
            sb.append(Arrays.deepToString(r.newWork()[y][t.ordinal()]))
              .append(Arrays.deepToString(r.installedBase()[y][t.ordinal()]))
              .append(Arrays.toString(r.proficient()[y][t.ordinal()])).append('\n');
        }
        return sb.toString();
    }
}
