package langsim.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import langsim.calibrate.Calibration;
import langsim.scenario.ScenarioLoader;
import langsim.sweep.SweepLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that become folders, names that become CSV cells, valid text and tags, through the real loaders. */
class NamesTest {
    /** Bad names as written in YAML (double-quoted, with YAML escapes). */
    private static final List<String> BAD_NAMES = List.of("\"\"", "\".\"", "\"..\"", "\"a/b\"", "\"a\\\\b\"",
            "\"x\\u0001\"", "\"\\ud800x\"", "\"a:b\"", "\"a|b\"", "\"a\\tb\"", "\" x\"", "\"-x\"", "\"nul\"");

    @TempDir
    Path dir;

    private record Kind(String template, Consumer<Path> loader) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("scenarios/baseline.yaml", f -> ScenarioLoader.load(f, List.of())),
            new Kind("scenarios/sweeps/rust-dominance.yaml", f -> SweepLoader.load(f, SweepLoader.DEFAULT_MAX_RUNS)),
            new Kind("scenarios/calibration/baseline.yaml", Calibration::load));

    @Test
    void badNamesAreRefusedAtTheirLineInEveryKindOfFile() throws IOException {
        for (Kind kind : KINDS) {
            String template = withAbsolutePaths(Path.of(kind.template()));
            int nameLine = lineOf(template, "name: ");
            for (String bad : BAD_NAMES) {
                String text = template.replaceFirst("(?m)^name: .*$", Matcher.quoteReplacement("name: " + bad));
                Path f = write("bad.yaml", text);
                ConfigException e = assertThrows(ConfigException.class, () -> kind.loader().accept(f),
                        kind.template() + " with name " + bad);
                String where = kind.template() + " with name " + bad + ": " + e.getMessage();
                assertEquals(f.toString(), e.source(), where);
                assertEquals(nameLine, e.line(), where);
                assertEquals(7, e.column(), where);
                assertEquals("name", e.path(), where);
                assertTrue(e.getMessage().startsWith(f + ":" + nameLine + ":7: name: "), where);
            }
        }
    }

    @Test
    void fileNameRuleAcceptsOrdinaryNames() {
        for (String ok : List.of("baseline", "rust-dominance", "history-2017", "v1.2", "my scenario", "Überblick", "a_b")) {
            assertNull(Names.fileNameProblem(ok), ok);
        }
        for (String bad : List.of("", ".", "..", "a/b", "a\\b", "x\u0001", "a*b", "a?b", "a<b", "a>b", "a\"b", ".hidden",
                "trailing.", "x ", "CON", "com1.txt", "x".repeat(Names.MAX_FILE_NAME_BYTES + 1))) {
            assertNotNull(Names.fileNameProblem(bad), bad);
        }
    }

    @Test
    void languageAndLayerNamesThatASpreadsheetWouldRunAreRefused() throws IOException {
        String[] formulas = {"=cmd|' /C calc'!A0", "+1", "-x", "@SUM(A1)", "Node.js", " Rust", "Rust ", "a\tb"};
        for (String map : List.of("languages", "layers")) {
            for (String name : formulas) {
                String yaml = "name: formula\n" + map + ":\n  Python: {}\n  \"" + name.replace("\t", "\\t") + "\": {}\n";
                Path f = write("formula.yaml", yaml);
                ConfigException e = assertThrows(ConfigException.class, () -> ScenarioLoader.load(f, List.of()), yaml);
                assertEquals(4, e.line(), e.getMessage());
                assertEquals(3, e.column(), e.getMessage());
                assertEquals(ConfigException.oneLine(map + "." + name), e.path(), e.getMessage());
                assertTrue(e.problem().endsWith(Names.NAME_RULE), e.getMessage());
            }
        }
        for (String ok : List.of("Python", "C++", "C#", "F#", "Objective-C", "Common Lisp", "R", "1C", "Go_2", "Ada-2012")) {
            assertNull(Names.nameProblem(ok), ok);
        }
    }

    @Test
    void invalidUnicodeIsRefusedInAnyScalarOrKeyWithItsPath() {
        ConfigException value = assertThrows(ConfigException.class,
                () -> YamlLoader.parse("a:\n  b: [ok, \"x\\ud800\"]\n", "in.yaml"));
        assertEquals("in.yaml:2:11: a.b[1]: not valid text: lone surrogate U+D800 at character 2", value.getMessage());

        ConfigException key = assertThrows(ConfigException.class,
                () -> YamlLoader.parse("a:\n  ok: 1\n  \"\\udc00\": 2\n", "in.yaml"));
        assertEquals("in.yaml:3:3: a: key: not valid text: lone surrogate U+DC00 at character 1", key.getMessage());

        ConfigException control = assertThrows(ConfigException.class,
                () -> YamlLoader.parse("description: \"red \\e[31m\"\n", "in.yaml"));
        assertEquals("description", control.path());
        assertTrue(control.problem().contains("control character U+001B"), control.getMessage());

        ConfigException nonCharacter = assertThrows(ConfigException.class,
                () -> YamlLoader.parse("description: \"\\uffff\"\n", "in.yaml"));
        assertTrue(nonCharacter.problem().contains("non-character U+FFFF"), nonCharacter.getMessage());

        // pairs, tabs and line breaks are text
        assertDoesNotThrow(() -> YamlLoader.parse("a: \"\\ud83e\\udd80 crab\\tand\\nmore\"\n", "in.yaml"));
    }

    @Test
    void tagErrorsNameTheFieldPath() {
        ConfigException binary = assertThrows(ConfigException.class,
                () -> ScenarioLoader.parse("name: t\nsimulation:\n  seed: !!binary AAAA\n", "in.yaml", List.of()));
        assertEquals("in.yaml:3:9: simulation.seed: tag '!!binary' is not allowed (only !!str, !!int, !!float, !!bool,"
                + " !!null, !!map, !!seq)", binary.getMessage());

        ConfigException custom = assertThrows(ConfigException.class,
                () -> YamlLoader.parse("events:\n  - label: !foo x\n", "in.yaml"));
        assertEquals(2, custom.line());
        assertEquals("events[0].label", custom.path());

        ConfigException collection = assertThrows(ConfigException.class,
                () -> YamlLoader.parse("languages: !!set {a, b}\n", "in.yaml"));
        assertEquals("languages", collection.path());
    }

    @Test
    void shippedScenariosSweepsAndCalibrationsStillLoad() throws IOException {
        for (Path f : yamlFiles("scenarios")) assertDoesNotThrow(() -> ScenarioLoader.load(f, List.of()), f.toString());
        for (Path f : yamlFiles("scenarios/sweeps")) {
            assertDoesNotThrow(() -> SweepLoader.load(f, SweepLoader.DEFAULT_MAX_RUNS), f.toString());
        }
        for (Path f : yamlFiles("scenarios/calibration")) {
            // a calibration folder holds calibration files and the base scenarios they start from
            boolean calibration = Files.readString(f).contains("\nbase_scenario:");
            assertDoesNotThrow(() -> {
                if (calibration) Calibration.load(f);
                else ScenarioLoader.load(f, List.of());
            }, f.toString());
        }
    }

    private static List<Path> yamlFiles(String folder) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(folder), "*.yaml")) {
            List<Path> files = new java.util.ArrayList<>();
            s.forEach(files::add);
            assertTrue(!files.isEmpty(), folder);
            return files;
        }
    }

    /** The template's relative file references, made absolute so that the copy in the temp folder finds them. */
    private static String withAbsolutePaths(Path template) throws IOException {
        Path folder = template.toAbsolutePath().getParent();
        String text = Files.readString(template);
        for (String key : List.of("base_scenario", "observations")) {
            Matcher m = java.util.regex.Pattern.compile("(?m)^" + key + ": (.*)$").matcher(text);
            if (m.find()) {
                String abs = folder.resolve(m.group(1).trim()).normalize().toString();
                text = text.substring(0, m.start(1)) + abs + text.substring(m.end(1));
            }
        }
        return text;
    }

    /** 1-based line of the first line starting with {@code prefix}. */
    private static int lineOf(String text, String prefix) {
        int at = text.startsWith(prefix) ? 0 : text.indexOf("\n" + prefix) + 1;
        assertTrue(at > 0 || text.startsWith(prefix), prefix);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
