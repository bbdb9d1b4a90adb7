package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import langsim.config.ConfigDocs;
import langsim.config.FileKind;
import langsim.config.Names;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The committed schemas/ are what `langsim fields --format json-schema` generates now, every shipped scenario, sweep
 * and calibration file names its schema in its first line and validates against it with a JSON Schema validator
 * library, and broken files do not.
 */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SHIPPED = List.of("scenarios", "scenarios/sweeps", "scenarios/calibration");
    private static final String PREFIX = "# yaml-language-server: $schema=";

    @Test
    void committedSchemasMatchTheCode() throws IOException {
        for (String kind : FieldsCommand.FILES) {
            Path file = Path.of("schemas", kind + ".schema.json");
            assertEquals(FieldsCommand.jsonSchema(kind), Files.readString(file),
                    file + " is out of date: regenerate it with `langsim fields --format json-schema --file " + kind + "`");
        }
    }

    @Test
    void fieldsCommandPrintsMarkdownByDefaultAndSchemasOnRequest() {
        CliTest.Outcome plain = CliTest.run("fields");
        assertEquals(0, plain.code());
        assertEquals(ConfigDocs.markdownReference(Scenario.class, ScenarioLoader.defaults()), plain.out());
        CliTest.Outcome schema = CliTest.run("fields", "--format", "json-schema", "--file", "sweep");
        assertEquals(0, schema.code());
        assertEquals(FieldsCommand.jsonSchema("sweep"), schema.out());
        for (String[] bad : List.of(new String[] {"--format", "yaml"}, new String[] {"--file", "event"})) {
            CliTest.Outcome o = CliTest.run("fields", bad[0], bad[1]);
            assertEquals(2, o.code(), String.join(" ", bad));
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().contains(bad[0] + " must be"), o.err());
        }
    }

    @Test
    void everyShippedFileNamesItsSchemaAndValidates() throws IOException {
        int checked = 0;
        for (String folder : SHIPPED) {
            Path dir = Path.of(folder);
            for (Path file : yamlFiles(dir)) {
                String first = Files.readAllLines(file).get(0);
                assertTrue(first.startsWith(PREFIX), file + ": first line must be " + PREFIX + "...");
                Path target = dir.resolve(first.substring(PREFIX.length())).normalize();
                String kind = target.getFileName().toString().replace(".schema.json", "");
                assertEquals(Path.of("schemas", kind + ".schema.json"), target, file + " names no schema in schemas/");
                FileKind.valueOf(kind.toUpperCase(Locale.ROOT)).parseFile(file); // it is a file of that kind
                List<Error> errors = schema(kind).validate(yamlAsJson(file));
                assertTrue(errors.isEmpty(), file + ": " + errors);
                checked++;
            }
        }
        assertTrue(checked >= 10, "only " + checked + " shipped files found");
    }

    @Test
    void brokenFilesFailValidation() throws IOException {
        Path broken = Path.of("src/test/resources/broken");
        Map<String, String> files = Map.of(
                "scenario/range-exit-rate-over-one.yaml", "scenario",
                "scenario/event-year-is-word.yaml", "scenario",
                "scenario/unknown-key-agent-type.yaml", "scenario",
                "scenario/unknown-key-in-event.yaml", "scenario",
                "scenario/name-slash.yaml", "scenario",
                "sweep/missing-name.yaml", "sweep",
                "sweep/design-unknown.yaml", "sweep",
                "sweep/zero-replications.yaml", "sweep",
                "sweep/unknown-key-misspelled.yaml", "sweep",
                "calibration/missing-name.yaml", "calibration");
        for (Map.Entry<String, String> e : files.entrySet()) {
            List<Error> errors = schema(e.getValue()).validate(yamlAsJson(broken.resolve(e.getKey())));
            assertFalse(errors.isEmpty(), e.getKey() + " validates against the " + e.getValue() + " schema");
        }
    }

    @Test
    void namePatternsAgreeWithTheLoaderOnAsciiNames() {
        Pattern name = Pattern.compile(Names.NAME_PATTERN_JSON);
        Pattern fileName = Pattern.compile(Names.FILE_NAME_PATTERN_JSON);
        List<String> samples = new ArrayList<>(List.of("Rust", "C++", "C#", "Objective-C", "Visual Basic", "a  b",
                "Python 3", "Ünïcödé", "résumé", "a b ", " a", "-a", "=1+1", "a.b", "a/b", "nul", "con.txt"));
        for (char a = 0; a < 128; a++) {
            samples.add(String.valueOf(a));
            for (char b = 0; b < 128; b++) samples.add("" + a + b);
        }
        for (String s : samples) {
            assertEquals(Names.nameProblem(s) == null, name.matcher(s).matches(), "name '" + s + "'");
            if (!s.equals("nul") && !s.equals("con.txt")) { // Windows device names: not in the schema
                assertEquals(Names.fileNameProblem(s) == null, fileName.matcher(s).matches(), "file name '" + s + "'");
            }
        }
    }

    private static Schema schema(String kind) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(FieldsCommand.jsonSchema(kind), InputFormat.JSON);
    }

    /** The YAML as loaded by YAML 1.2's core schema (as langsim reads it), as a JSON tree. */
    private static JsonNode yamlAsJson(Path file) throws IOException {
        Object data = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        return JSON.valueToTree(data);
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
