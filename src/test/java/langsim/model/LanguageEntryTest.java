package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import langsim.config.ConfigException;
import langsim.config.RecordWriter;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A language that enters mid-run (e.g. Mojo): absent before its entry year, a contender after. */
class LanguageEntryTest {
    private static final List<String> SMALL = List.of("agents.researchers.count=2000", "agents.systems_engineers.count=1500",
            "agents.firms.count=80", "simulation.end_year=2036");

    /** The baseline with a fourth language, Mojo: Python-like productivity, near-native speed. */
    private static Scenario withMojo(int entryYear) {
        String yaml = RecordWriter.toYaml(ScenarioLoader.defaults(), null)
                .replaceFirst("\nlanguages:\n", "\nlanguages:\n  Mojo: {performance: 0.9, memory_safety: 0.7, productivity: 0.9,"
                        + " learning_years: 0.4, entry_year: " + entryYear + "}\n");
        yaml = yaml.replaceFirst("(\n  research:\n(?:    .*\n)*?    initial_ecosystem:\n)", "$1      Mojo: 20000\n");
        return ScenarioLoader.parse(yaml, "mojo", SMALL);
    }

    @Test
    void beforeItsEntryYearNobodyWorksInOrKnowsTheLanguage() {
        Scenario s = withMojo(2030);
        RunRecord run = LangSimModel.run(s, 3);
        int mojo = run.languages().indexOf("Mojo");
        for (int y = 0; y < run.years(); y++) {
            double work = 0;
            double people = 0;
            double eco = 0;
            for (int t = 0; t < AgentType.COUNT; t++) {
                for (int l = 0; l < run.layers().size(); l++) work += run.newWork()[y][t][l][mojo];
                people += run.proficient()[y][t][mojo];
            }
            for (int l = 0; l < run.layers().size(); l++) eco += run.ecosystem()[y][l][mojo];
            if (run.startYear() + y < 2030) {
                assertEquals(0, work, "work in " + (run.startYear() + y));
                assertEquals(0, people, "people in " + (run.startYear() + y));
                assertEquals(0, eco, "ecosystem in " + (run.startYear() + y));
            } else if (run.startYear() + y >= 2032) {
                assertTrue(work > 0, "work after entry in " + (run.startYear() + y));
            }
        }
    }

    @Test
    void enteringInTheStartYearIsBeingThereFromTheStart() {
        RunRecord fromStart = LangSimModel.run(withMojo(0), 5);
        RunRecord entersAtStart = LangSimModel.run(withMojo(2025), 5);
        assertTrue(java.util.Arrays.deepEquals(fromStart.newWork(), entersAtStart.newWork()));
    }

    @Test
    void aLateLanguageCannotHaveCodeOrSpeakersAtTheStart() {
        String yaml = RecordWriter.toYaml(withMojo(2030), null)
                .replaceFirst("initial_installed_share:\n", "initial_installed_share:\n      Mojo: 0.0\n");
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, () -> ScenarioLoader.parse(
                yaml.replaceFirst("initial_proficiency:\n", "initial_proficiency:\n      Mojo: 0.1\n"), "late", List.of()));
        assertTrue(e.getMessage().contains("initial_proficiency.Mojo"), e.getMessage());
        assertTrue(e.getMessage().contains("entry_year"), e.getMessage());
    }
}
