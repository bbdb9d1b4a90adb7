package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import langsim.scenario.Events;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Ramped events as the model applies them: the value in force in each year is the formula of docs/ODD.md 7.6,
 * evaluated at the year's start, and a ramp composes with the other events and with the step it replaces as stated.
 */
class RampTest {
    private static final String RUST = "languages.Rust.learning_years";
    /** The baseline's value of {@link #RUST}: v0 of every ramp here. */
    private static final double V0 = ScenarioLoader.defaults().languages().get("Rust").learningYears();

    private static Scenario scenario(String events, String... overrides) {
        List<String> all = new ArrayList<>(List.of("agents.researchers.count=200", "agents.systems_engineers.count=100",
                "agents.firms.count=10", "simulation.start_year=2025", "simulation.end_year=2034"));
        all.addAll(List.of(overrides));
        return ScenarioLoader.parse("name: ramp\nevents:\n" + events, "ramp.yaml", all);
    }

    /** Rust's learning time in force during each simulated year, read from the running model at every tick. */
    private static Map<Integer, Double> learningYearsInForce(Scenario s) {
        LangSimModel model = new LangSimModel(s, 3);
        model.start();
        Map<Integer, Double> byYear = new TreeMap<>();
        while (model.schedule.getSteps() < model.totalTicks() && model.schedule.step(model)) {
            double now = model.currentScenario().languages().get("Rust").learningYears();
            Double before = byYear.putIfAbsent(model.currentYear(), now);
            assertTrue(before == null || before == now, "changed within " + model.currentYear());
        }
        model.finish();
        return byYear;
    }

    /** The test's own logistic, normalised to run from 0 at s = 0 to 1 at s = 1. */
    private static double logistic(double s, double k) {
        double low = 1 / (1 + Math.exp(k / 2));
        return (1 / (1 + Math.exp(-k * (s - 0.5))) - low) / (1 / (1 + Math.exp(-k / 2)) - low);
    }

    private static double share(int year, int from, int to) {
        return Math.min(1, Math.max(0, (year - from) / (double) (to - from)));
    }

    @Test
    void aLinearRampIsInForceAsTheFormulaAtEachYearStart() {
        double v1 = V0 * 0.4;
        Map<Integer, Double> inForce = learningYearsInForce(scenario(
                "  - {year: 2027, multiply: {" + RUST + ": 0.4}, ramp: {to_year: 2032, shape: linear}}\n"));
        for (int year = 2025; year <= 2034; year++) {
            double expected = V0 + (v1 - V0) * share(year, 2027, 2032);
            assertEquals(expected, inForce.get(year), 1e-12, "in " + year);
        }
        assertEquals(V0, inForce.get(2027), 0, "the ramp's first year still has v0");
        assertEquals(v1, inForce.get(2032), 0, "from to_year on exactly the step's value");
        assertEquals(V0 + (v1 - V0) * 0.6, inForce.get(2030), 1e-12);
    }

    @Test
    void aLogisticRampOfASetIsInForceAsTheFormulaAtEachYearStart() {
        double v1 = 0.2;
        double k = 6;
        Map<Integer, Double> inForce = learningYearsInForce(scenario("  - {year: 2026, set: {" + RUST + ": 0.2},"
                + " ramp: {to_year: 2033, shape: logistic, steepness: 6}}\n"));
        for (int year = 2025; year <= 2034; year++) {
            double expected = V0 + (v1 - V0) * logistic(share(year, 2026, 2033), k);
            assertEquals(expected, inForce.get(year), 1e-12, "in " + year);
        }
        assertEquals(V0, inForce.get(2025), 0);
        assertEquals(v1, inForce.get(2033), 0);
        // slower than linear at the start, and symmetric about the middle of the span (s = 3/7 and 4/7)
        assertTrue(inForce.get(2027) > V0 + (v1 - V0) / 7, "slow start");
        assertEquals(v1 - V0, inForce.get(2029) - V0 + inForce.get(2030) - V0, 1e-12);
    }

    @Test
    void theValuesInForceDoNotDependOnTicksPerYear() {
        String events = "  - {year: 2027, multiply: {" + RUST + ": 0.4}, ramp: {to_year: 2032, shape: logistic}}\n";
        assertEquals(learningYearsInForce(scenario(events, "simulation.ticks_per_year=6")),
                learningYearsInForce(scenario(events, "simulation.ticks_per_year=24")));
    }

    /** Metamorphic: a ramp over one year is the step one year later, whatever its shape: the same run, to the bit. */
    @Test
    void aOneYearRampIsTheStepOneYearLater() {
        String changes = "set: {agents.researchers.graduate_mix.Rust: 0.2, agents.researchers.graduate_mix.Python: 0.75,"
                + " agents.researchers.graduate_mix.C++: 0.05}, multiply: {" + RUST + ": 0.3}";
        RunRecord step = LangSimModel.run(scenario("  - {year: 2029, " + changes + "}\n"), 5);
        for (String shape : List.of("linear", "logistic")) {
            RunRecord ramp = LangSimModel.run(scenario("  - {year: 2028, " + changes
                    + ", ramp: {to_year: 2029, shape: " + shape + "}}\n"), 5);
            assertTrue(Arrays.deepEquals(step.newWork(), ramp.newWork()), shape);
            assertTrue(Arrays.deepEquals(step.installedBase(), ramp.installedBase()), shape);
            assertTrue(Arrays.deepEquals(step.proficient(), ramp.proficient()), shape);
            assertTrue(Arrays.deepEquals(step.hiringIndex(), ramp.hiringIndex()), shape);
            assertTrue(Arrays.deepEquals(step.ecosystem(), ramp.ecosystem()), shape);
        }
        // and the year matters (else the equality above says nothing): the step in the ramp's own year differs
        RunRecord early = LangSimModel.run(scenario("  - {year: 2028, " + changes + "}\n"), 5);
        assertTrue(!Arrays.deepEquals(step.newWork(), early.newWork()));
    }

    /**
     * A later event applies on top of the ramp's value in force each year (v0 of a ramp is what the earlier events
     * leave), and once the ramp is complete the scenario is exactly the one its step would give.
     */
    @Test
    void laterEventsApplyOnTopOfTheRampAndTheEndIsTheStepChain() {
        String later = "  - {year: 2029, multiply: {" + RUST + ": 0.5}}\n";
        Scenario ramped = scenario("  - {year: 2027, multiply: {" + RUST + ": 0.4}, ramp: {to_year: 2031}}\n" + later);
        Scenario stepped = scenario("  - {year: 2027, multiply: {" + RUST + ": 0.4}}\n" + later);
        Map<Integer, Double> inForce = learningYearsInForce(ramped);
        for (int year = 2025; year <= 2034; year++) {
            double expected = (V0 + (V0 * 0.4 - V0) * share(year, 2027, 2031)) * (year >= 2029 ? 0.5 : 1);
            assertEquals(expected, inForce.get(year), 1e-12, "in " + year);
        }
        for (int year = 2031; year <= 2034; year++) {
            Scenario a = Events.inForce(ramped, year);
            Scenario b = Events.inForce(stepped, year);
            assertEquals(b.languages(), a.languages(), "in " + year);
            assertEquals(b.agents(), a.agents(), "in " + year);
        }
    }
}
