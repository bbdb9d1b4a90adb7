package langsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import langsim.config.ConfigException;
import org.junit.jupiter.api.Test;

/** Events are checked at load as the model applies them: in year order, cumulatively, numeric fields only. */
class EventCheckTest {
    // the baseline's Rust learning_years is 0.83 and its minimum 0.05: one factor of 0.2 stays in range, two do not
    private static final String FIRST = "  - year: 2030\n    multiply: {languages.Rust.learning_years: 0.2}\n";
    private static final String SECOND = "  - year: 2032\n    label: second\n    multiply: {languages.Rust.learning_years: 0.2}\n";

    private static Scenario parse(String yaml, String... overrides) {
        return ScenarioLoader.parse(yaml, "ev.yaml", List.of(overrides));
    }

    private static ConfigException refused(String yaml, String... overrides) {
        ConfigException e = assertThrows(ConfigException.class, () -> parse(yaml, overrides));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    /** 1-based line of the first line of {@code yaml} that contains {@code text}, after {@code from}. */
    private static int lineOf(String yaml, String text, String from) {
        int start = yaml.indexOf(from);
        return (int) yaml.substring(0, yaml.indexOf(text, start)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void eventsThatTogetherLeaveARangeAreRefusedAtTheOneThatDoesIt() {
        parse("name: one\nevents:\n" + FIRST);
        parse("name: other\nevents:\n" + SECOND);
        String yaml = "name: both\nevents:\n" + FIRST + SECOND;
        ConfigException e = refused(yaml);
        assertEquals("events[1].multiply.languages.Rust.learning_years", e.path());
        assertEquals(lineOf(yaml, "languages.Rust", "label: second"), e.line());
        assertEquals("ev.yaml", e.source());
        assertTrue(e.problem().contains("out of range") && e.problem().contains("after events[0]"), e.problem());
    }

    @Test
    void eventsApplyInYearOrderNotFileOrder() {
        // the later year comes first in the file: it is applied second, so it is the one refused
        String yaml = "name: reversed\nevents:\n" + SECOND + FIRST;
        ConfigException e = refused(yaml);
        assertEquals("events[0].multiply.languages.Rust.learning_years", e.path());
        assertEquals(lineOf(yaml, "languages.Rust", "label: second"), e.line());
        assertTrue(e.problem().contains("after events[1]"), e.problem());
        assertEquals(List.of(1, 2, 0), Events.order(List.of(event(2031, "c"), event(2030, "a"), event(2030, "b"))));
    }

    @Test
    void overridesAreCheckedWithTheEventsToo() {
        // 0.83 * 0.5 * 0.5 is in range; from 0.15 it is not
        String half = "    multiply: {languages.Rust.learning_years: 0.5}\n";
        String yaml = "name: halves\nevents:\n  - year: 2030\n" + half + "  - year: 2031\n    label: again\n" + half;
        parse(yaml);
        ConfigException e = refused(yaml, "languages.Rust.learning_years=0.15");
        assertEquals("events[1].multiply.languages.Rust.learning_years", e.path());
        assertEquals(lineOf(yaml, "languages.Rust", "label: again"), e.line());
        assertTrue(e.problem().contains("--set languages.Rust.learning_years=0.15"), e.problem());
    }

    @Test
    void eventsChangeOnlyNumbers() {
        for (String path : List.of("name", "verdict.language", "languages.Rust", "layers.edge.initial_ecosystem")) {
            String yaml = "name: words\nevents:\n  - year: 2030\n    set: {" + path + ": 1}\n";
            ConfigException e = refused(yaml);
            assertEquals("events[0].set." + path, e.path());
            assertEquals(4, e.line());
            assertTrue(e.problem().contains("not a numeric field"), e.problem());
        }
        ConfigException clock = refused("name: clock\nevents:\n  - year: 2030\n    multiply: {simulation.end_year: 2}\n");
        assertEquals("events[0].multiply.simulation.end_year", clock.path());
    }

    @Test
    void aShareMapLeftOffOneIsBlamedOnTheChangeInsideIt() {
        ConfigException e = refused("name: mix\nevents:\n  - year: 2030\n    set: {agents.researchers.graduate_mix.Rust: 0.5}\n");
        assertEquals("events[0].set.agents.researchers.graduate_mix.Rust", e.path());
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("sum to 1"), e.problem());
    }

    @Test
    void aRampMustEndAfterItsYearAndWithinTheRun() {
        String ramp = "name: r\nevents:\n  - year: 2030\n    multiply: {languages.Rust.learning_years: 0.5}\n    ramp: {to_year: %s}\n";
        parse(ramp.formatted(2045)); // the last simulated year is fine: the full effect is in force in it
        ConfigException late = refused(ramp.formatted(2046));
        assertEquals("events[0].ramp.to_year", late.path());
        assertEquals(5, late.line());
        assertTrue(late.problem().contains("after the last simulated year 2045"), late.problem());
        ConfigException early = refused(ramp.formatted(2030));
        assertEquals("events[0].ramp.to_year", early.path());
        assertEquals(5, early.line());
        ConfigException missing = refused(ramp.replace("to_year: %s", "shape: logistic"));
        assertEquals("events[0].ramp.to_year", missing.path());
        assertTrue(missing.problem().startsWith("missing"), missing.problem());
    }

    @Test
    void aBoostCannotRamp() {
        ConfigException e = refused("name: b\nevents:\n  - year: 2030\n    boost_ecosystem: {research.Rust: 0.1}\n"
                + "    ramp: {to_year: 2032}\n");
        assertEquals("events[0].ramp", e.path());
        assertEquals(5, e.line());
    }

    /**
     * Every value a ramp puts in force is checked at load, year by year: one that leaves its range midway is refused
     * in the year it does, at the change's line, and so is one that is no longer a whole number for a count.
     */
    @Test
    void aRampIsCheckedInEveryYearItChangesAnything() {
        // 0.83 * (1 - 0.99 s) falls below the minimum 0.05 in the last year of the ramp, s = 4/5 is still 0.17
        String yaml = "name: r\nevents:\n  - year: 2030\n    label: far\n    multiply: {languages.Rust.learning_years: 0.01}\n"
                + "    ramp: {to_year: 2035}\n";
        ConfigException e = refused(yaml);
        assertEquals("events[0].multiply.languages.Rust.learning_years", e.path());
        assertEquals(5, e.line());
        assertTrue(e.problem().contains("out of range"), e.problem());
        String counts = "name: c\nevents:\n  - year: 2030\n    set: {agents.firms.count: 401}\n    ramp: {to_year: 2034}\n";
        ConfigException c = refused(counts);
        assertEquals("events[0].set.agents.firms.count", c.path());
        assertEquals(4, c.line());
        assertTrue(c.problem().contains("in 2031, 25 % through its ramp"), c.problem());
    }

    private static Event event(int year, String label) {
        return new Event(year, label, Map.of(), Map.of(), Map.of(), null);
    }
}
