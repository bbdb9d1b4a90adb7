package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import langsim.scenario.Event;
import langsim.scenario.Events;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The model applies events in the order the load-time check does: by year, in file order within a year. */
class EventOrderTest {
    @Test
    void theModelAppliesEventsByYearThenFileOrder() {
        Scenario s = ScenarioLoader.parse("""
                name: order
                events:
                  - {year: 2027, label: c, set: {languages.Rust.learning_years: 0.3}}
                  - {year: 2026, label: a, set: {languages.Rust.learning_years: 0.5}}
                  - {year: 2026, label: b, set: {languages.Rust.learning_years: 0.7}}
                """, "order.yaml", List.of("agents.researchers.count=200", "agents.systems_engineers.count=100",
                "agents.firms.count=10", "simulation.start_year=2025", "simulation.end_year=2027"));
        LangSimModel model = new LangSimModel(s, 1);
        model.start();
        double inForce2026 = Double.NaN;
        while (model.schedule.getSteps() < model.totalTicks() && model.schedule.step(model)) {
            if (model.currentYear() == 2026) inForce2026 = model.currentScenario().languages().get("Rust").learningYears();
        }
        model.finish();

        List<Event> expected = Events.order(s.events()).stream().map(s.events()::get).toList();
        assertEquals(expected, model.eventsApplied());
        assertEquals(List.of("a", "b", "c"), model.eventsApplied().stream().map(Event::label).toList());
        assertEquals(0.7, inForce2026, 1e-12);
        assertEquals(0.3, model.currentScenario().languages().get("Rust").learningYears(), 1e-12);
    }
}
