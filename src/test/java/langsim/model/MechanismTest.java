package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;

import langsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Each mechanism of the model must matter: switching it off (or turning it up) moves the outcome in the
 * expected direction. Runs use the same seeds on both sides (common random numbers) and average the last
 * three years over several replications.
 */
class MechanismTest {
    private static final long[] SEEDS = {11, 22, 33, 44};

    /** Mean over seeds of a metric of the run. */
    private static double mean(Scenario s, ToDoubleFunction<RunRecord> metric) {
        double sum = 0;
        for (long seed : SEEDS) sum += metric.applyAsDouble(LangSimModel.run(s, seed));
        return sum / SEEDS.length;
    }

    /** Share of new work of `language` in `layers` by the given agent types, averaged over the last 3 years. */
    private static ToDoubleFunction<RunRecord> share(String language, List<String> layers, AgentType... types) {
        return run -> {
            int k = run.languages().indexOf(language);
            double in = 0;
            double all = 0;
            for (int y = run.years() - 3; y < run.years(); y++) {
                for (AgentType t : types.length == 0 ? AgentType.values() : types) {
                    for (String layer : layers) {
                        double[] row = run.newWork()[y][t.ordinal()][run.layers().indexOf(layer)];
                        for (int j = 0; j < row.length; j++) {
                            all += row[j];
                            if (j == k) in += row[j];
                        }
                    }
                }
            }
            return in / all;
        };
    }

    private static ToDoubleFunction<RunRecord> talent(String language) {
        return run -> {
            double[][] last = run.proficient()[run.years() - 1];
            int k = run.languages().indexOf(language);
            return last[AgentType.RESEARCHER.ordinal()][k] + last[AgentType.SYSTEMS_ENGINEER.ordinal()][k];
        };
    }

    private static final List<String> FOUNDATION = List.of("foundation", "serving");
    private static final List<String> APPLICATION = List.of("research", "application");
    private static final List<String> ALL_LAYERS = List.of("research", "application", "serving", "foundation", "edge");

    private static void assertAbove(double higher, double lower, String what) {
        assertTrue(higher > lower, what + ": expected " + higher + " > " + lower);
    }

    @Test
    void ecosystemInertiaHoldsRustBackInTheFoundation() {
        double with = mean(TestScenarios.small(), share("Rust", FOUNDATION));
        double without = mean(TestScenarios.small("agents.researchers.weights.ecosystem.mean=0.0001",
                "agents.systems_engineers.weights.ecosystem.mean=0.0001", "agents.firms.weights.ecosystem.mean=0.0001"),
                share("Rust", FOUNDATION));
        assertAbove(without, with, "Rust foundation share without ecosystem inertia");
    }

    @Test
    void performanceNeedPullsWorkToFastLanguages() {
        double with = mean(TestScenarios.small(), share("Rust", FOUNDATION));
        double without = mean(TestScenarios.small("layers.foundation.performance_need=0", "layers.serving.performance_need=0"),
                share("Rust", FOUNDATION));
        assertAbove(with, without, "Rust foundation share with performance need");
    }

    @Test
    void safetyNeedFavoursMemorySafeLanguagesInServing() {
        double with = mean(TestScenarios.small(), share("Rust", List.of("serving")));
        double without = mean(TestScenarios.small("layers.serving.safety_need=0"), share("Rust", List.of("serving")));
        assertAbove(with, without, "Rust serving share with safety need");
    }

    @Test
    void hiringCostDetersFirmsFromScarceLanguages() {
        // Rust talent kept scarce: few know it, no graduate brings it and it takes too long to learn
        String[] scarce = {"languages.Rust.learning_years=20", "agents.researchers.initial_proficiency.Rust=0.005", "agents.systems_engineers.initial_proficiency.Rust=0.01",
            "agents.systems_engineers.graduate_mix.Rust=0", "agents.systems_engineers.graduate_mix.Python=0.67",
            "agents.researchers.graduate_mix.Rust=0", "agents.researchers.graduate_mix.Python=0.92",
            "agents.researchers.learning_propensity=-20", "agents.systems_engineers.learning_propensity=-20"};
        double withCost = mean(TestScenarios.small(scarce), share("Rust", ALL_LAYERS, AgentType.FIRM));
        String[] free = java.util.stream.Stream.concat(java.util.Arrays.stream(scarce),
                java.util.stream.Stream.of("agents.firms.weights.hiring_cost.mean=0.0001")).toArray(String[]::new);
        double withoutCost = mean(TestScenarios.small(free), share("Rust", ALL_LAYERS, AgentType.FIRM));
        assertAbove(withoutCost, withCost, "firms' Rust share without hiring cost when Rust talent is scarce");
    }

    @Test
    void labourMarketWithoutElasticityKeepsHiringCostBalanced() {
        RunRecord run = LangSimModel.run(TestScenarios.small("labour_market.elasticity=0"), 5);
        for (double[] year : run.hiringIndex()) {
            for (double index : year) assertEquals(1.0, index, 1e-12);
        }
        RunRecord market = LangSimModel.run(TestScenarios.small(), 5);
        double spread = 0;
        for (double index : market.hiringIndex()[market.years() - 1]) spread = Math.max(spread, Math.abs(index - 1));
        assertTrue(spread > 0.05, "with elasticity the index must move, spread " + spread);
    }

    @Test
    void shorterLearningTimeGrowsTheTalentPoolAndAdoption() {
        Scenario slow = TestScenarios.small();
        Scenario fast = TestScenarios.small("languages.Rust.learning_years=0.4");
        assertAbove(mean(fast, talent("Rust")), mean(slow, talent("Rust")), "Rust talent with faster learning");
        assertAbove(mean(fast, share("Rust", ALL_LAYERS)), mean(slow, share("Rust", ALL_LAYERS)), "Rust share with faster learning");
    }

    @Test
    void rewriteCostSlowsMigrationToTheBetterLanguage() {
        // where Rust is the better foundation language (weak ecosystem inertia), cheap rewrites move
        // legacy code to it faster; without firm churn, so that the legacy code is the incumbents' (with churn,
        // entrants already start in Rust, and cheap rewrites also move some of their code to each firm's favourite)
        ToDoubleFunction<RunRecord> rustBase = run -> {
            int l = run.layers().indexOf("foundation");
            double[] base = run.installedBase()[run.years() - 1][AgentType.FIRM.ordinal()][l];
            return base[run.languages().indexOf("Rust")] / java.util.Arrays.stream(base).sum();
        };
        double costly = mean(TestScenarios.small("choice.ecosystem=0.2", "agents.firms.exit_rate=0",
                "agents.firms.rewrite_cost=50"), rustBase);
        double cheap = mean(TestScenarios.small("choice.ecosystem=0.2", "agents.firms.exit_rate=0", "agents.firms.rewrite_cost=0",
                "agents.firms.migration_reviews_per_year=2"), rustBase);
        assertAbove(cheap, costly, "Rust share of the foundation codebase with cheap rewrites");
    }

    @Test
    void installedBaseLocksFirmsIn() {
        double locked = mean(TestScenarios.small("agents.firms.weights.installed_base.mean=6"), share("Rust", FOUNDATION, AgentType.FIRM));
        double free = mean(TestScenarios.small("agents.firms.weights.installed_base.mean=0.0001"), share("Rust", FOUNDATION, AgentType.FIRM));
        assertAbove(free, locked, "firms' Rust foundation share without installed-base lock-in");
    }

    @Test
    void peerConformityHoldsBackMinorityLanguages() {
        AgentType[] people = {AgentType.RESEARCHER, AgentType.SYSTEMS_ENGINEER};
        double conform = mean(TestScenarios.small("agents.researchers.weights.peers.mean=4", "agents.systems_engineers.weights.peers.mean=4"),
                share("Rust", ALL_LAYERS, people));
        double independent = mean(TestScenarios.small("agents.researchers.weights.peers.mean=0.0001",
                "agents.systems_engineers.weights.peers.mean=0.0001"), share("Rust", ALL_LAYERS, people));
        assertAbove(independent, conform, "individuals' Rust share without peer influence");
    }

    @Test
    void pythonFirstReleasesFeedPythonsResearchEcosystem() {
        ToDoubleFunction<RunRecord> rustResearchEcosystem = run ->
                run.ecosystem()[run.years() - 1][run.layers().indexOf("research")][run.languages().indexOf("Rust")];
        double pythonFirst = mean(TestScenarios.small("algorithms.first_share=0.95"), rustResearchEcosystem);
        double rustFirst = mean(TestScenarios.small("algorithms.first_share=0.95", "algorithms.first_language=Rust"), rustResearchEcosystem);
        assertAbove(rustFirst, pythonFirst, "Rust research ecosystem when releases come first in Rust");
        assertAbove(mean(TestScenarios.small("algorithms.first_share=0.95", "algorithms.first_language=Rust"), share("Rust", APPLICATION)),
                mean(TestScenarios.small("algorithms.first_share=0.95"), share("Rust", APPLICATION)),
                "Rust application share when releases come first in Rust");
    }

    @Test
    void interopLetsPythonUseForeignFoundationCode() {
        // wrapped code counts where Python is not saturated: in serving (project cores kept in the host, so that only
        // the ecosystem side of interop acts: cores moving to the guests would lower Python's share instead)
        ToDoubleFunction<RunRecord> python = share("Python", List.of("serving"));
        double with = mean(TestScenarios.small("interop.to_layers=[research, application, serving]",
                "interop.core_share=0"), python);
        double without = mean(TestScenarios.small("interop.to_layers=[research, application, serving]",
                "interop.core_share=0", "interop.quality.Python.Rust=0", "interop.quality.Python.C++=0"), python);
        assertAbove(with, without, "Python serving share with interop");
    }

    @Test
    void edgeBoomRaisesRustsShareOfAllWork() {
        double base = mean(TestScenarios.small(), share("Rust", ALL_LAYERS));
        double boom = mean(TestScenarios.small("layers.edge.work_growth=0.5"), share("Rust", ALL_LAYERS));
        assertAbove(boom, base, "Rust share of all work in an edge boom");
    }

    @Test
    void graduatesBringTheirLanguagesIntoTheTalentPool() {
        double few = mean(TestScenarios.small(), talent("Rust"));
        double many = mean(TestScenarios.small("agents.systems_engineers.graduate_mix.Rust=0.6",
                "agents.systems_engineers.graduate_mix.Python=0.2", "agents.systems_engineers.graduate_mix.C++=0.2",
                "agents.systems_engineers.exit_rate=0.2"), talent("Rust"));
        assertAbove(many, few, "Rust talent with Rust-trained graduates");
    }

    @Test
    void eventsCanChangeWhatGraduatesBring() {
        Scenario rustSchools = langsim.scenario.ScenarioLoader.parse("""
                events:
                  - year: 2027
                    set:
                      agents.systems_engineers.graduate_mix.Rust: 0.8
                      agents.systems_engineers.graduate_mix.Python: 0.1
                      agents.systems_engineers.graduate_mix.C++: 0.1
                """, "schools.yaml", TestScenarios.smallOverrides());
        assertAbove(mean(rustSchools, talent("Rust")), mean(TestScenarios.small(), talent("Rust")), "Rust talent after schools switch");
    }

    @Test
    void eventsChangeParametersFromTheirYear() {
        double none = mean(TestScenarios.small(), talent("Rust"));
        Scenario assisted = langsim.scenario.ScenarioLoader.parse("""
                events:
                  - year: 2027
                    label: AI coding assistants
                    multiply: {languages.Rust.learning_years: 0.25}
                  - year: 2030
                    label: Rust ML framework
                    boost_ecosystem: {research.Rust: 0.2, application.Rust: 0.2}
                """, "events.yaml", TestScenarios.smallOverrides());
        assertAbove(mean(assisted, talent("Rust")), none, "Rust talent after AI-assisted learning");
        assertAbove(mean(assisted, share("Rust", APPLICATION)), mean(TestScenarios.small(), share("Rust", APPLICATION)),
                "Rust application share after the framework ships");
    }

    @Test
    void pythonProjectsWriteTheirCoresInRustWhereInteropAllows() {
        // research and application projects are hosted in Python; their cores move to Rust only through interop
        double cores = mean(TestScenarios.small(), share("Rust", APPLICATION));
        double noCores = mean(TestScenarios.small("interop.core_share=0"), share("Rust", APPLICATION));
        double noInterop = mean(TestScenarios.small("interop.quality.Python.Rust=0"), share("Rust", APPLICATION));
        assertAbove(cores, noCores, "Rust application share with Rust cores in Python projects");
        assertAbove(cores, noInterop, "Rust application share with Python -> Rust interop");
        double better = mean(TestScenarios.small("interop.quality.Python.Rust=1"), share("Rust", APPLICATION));
        assertAbove(better, cores, "Rust application share with better Python -> Rust interop");
    }

    @Test
    void theCoreGoesToTheGuestThatFitsItNotToTheFirstListed() {
        // gain of moving an application project's core out of Python, by hand: quality x (perf need x perf gap +
        // safety need x safety gap); application: performance_need 0.25, safety_need 0.3
        Params p = new Params(TestScenarios.small());
        int app = p.scenario.layerNames().indexOf("application");
        int py = p.scenario.languageNames().indexOf("Python");
        int rust = p.scenario.languageNames().indexOf("Rust");
        int cpp = p.scenario.languageNames().indexOf("C++");
        assertEquals(0.8 * (0.25 * (0.95 - 0.15) + 0.3 * (1.0 - 0.9)), p.coreGain[app][py][rust], 1e-12);
        assertEquals(0.9 * (0.25 * (1.0 - 0.15) + 0.3 * (0.2 - 0.9)), p.coreGain[app][py][cpp], 1e-12);
        assertTrue(p.coreGain[app][py][rust] > p.coreGain[app][py][cpp], "Rust fits a Python project's core better");
        Params safeCpp = new Params(TestScenarios.small("languages.C++.memory_safety=1.0", "interop.quality.Python.C++=1"));
        assertTrue(safeCpp.coreGain[app][py][cpp] > safeCpp.coreGain[app][py][rust], "a safe C++ would fit it better");
        assertEquals(0.25 * 0.3, p.coreShare[app], 1e-12);
    }

    @Test
    void experiencedEntrantsFromOutsideBringTheirLanguage() {
        double without = mean(TestScenarios.small(), talent("Rust"));
        double with = mean(TestScenarios.small("agents.systems_engineers.experienced_entrants.Rust=0.3"), talent("Rust"));
        assertAbove(with, without, "Rust talent with experienced entrants");
    }

    @Test
    void aLanguageThatGetsEasierAsItsEcosystemGrowsGainsMore() {
        // Rust's ecosystem grows over the run (its foundation work); with elasticities that makes it faster to work in
        // and quicker to learn
        double fixed = mean(TestScenarios.small(), share("Rust", ALL_LAYERS));
        double productive = mean(TestScenarios.small("languages.Rust.productivity_elasticity=0.5"), share("Rust", ALL_LAYERS));
        double learnable = mean(TestScenarios.small("languages.Rust.learning_elasticity=1.0"), talent("Rust"));
        assertAbove(productive, fixed, "Rust share with a productivity elasticity");
        assertAbove(learnable, mean(TestScenarios.small(), talent("Rust")), "Rust talent with a learning elasticity");
    }

    @Test
    void newFirmsWithoutLegacyCodeChooseByMeritNotByHistory() {
        // entrants carry no C++ codebase or team: where Rust fits the foundation better, churn moves work to it
        double noChurn = mean(TestScenarios.small("agents.firms.exit_rate=0"), share("Rust", FOUNDATION, AgentType.FIRM));
        double churn = mean(TestScenarios.small("agents.firms.exit_rate=0.3"), share("Rust", FOUNDATION, AgentType.FIRM));
        assertAbove(churn, noChurn, "firms' Rust foundation share with firm churn");
    }
}
