package langsim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import langsim.config.ConfigDocs;
import org.junit.jupiter.api.Test;

class ScenarioDocsTest {
    @Test
    void fieldReferenceInTheDocsMatchesTheCode() throws Exception {
        String docs = Files.readString(Path.of("docs/scenarios.md"));
        String reference = ConfigDocs.markdownReference(Scenario.class, ScenarioLoader.defaults());
        assertTrue(docs.contains(reference), "docs/scenarios.md is out of date: regenerate its table with `langsim fields`");
    }
}
