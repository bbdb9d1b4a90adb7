package langsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

class YamlLoaderTest {
    @TempDir
    Path dir;

    private static ConfigException fails(String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> YamlLoader.parse(yaml, "in.yaml"));
        assertOneLine(e);
        assertEquals("in.yaml", e.source());
        return e;
    }

    private ConfigException failsFile(byte[] bytes) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.write(f, bytes);
        ConfigException e = assertThrows(ConfigException.class, () -> YamlLoader.parseFile(f));
        assertOneLine(e);
        assertEquals(f.toString(), e.source());
        return e;
    }

    static void assertOneLine(ConfigException e) {
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
    }

    @Test
    void parsesMappingAndNamesSourceInMarks() throws Exception {
        Node n = YamlLoader.parse("a: 1\nb: [x, y]\n", "one.yaml");
        assertTrue(n instanceof MappingNode);
        assertEquals("one.yaml", n.getStartMark().get().getName());
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, "\uFEFFa: 1\n");
        Node fromFile = YamlLoader.parseFile(f);
        assertEquals(f.toString(), fromFile.getStartMark().get().getName());
    }

    @Test
    void duplicateKeyNamesKeyAndLine() {
        String yaml = "name: a\nother: 1\nname: b\n";
        ConfigException e = fails(yaml);
        assertEquals("duplicate key 'name' (first defined at line 1)", e.problem());
        assertEquals(3, e.line());
        assertEquals("name", e.path());
        ConfigException nested = fails("outer:\n  x: 1\n  y: 2\n  x: 3\n");
        assertEquals("outer.x", nested.path());
        assertEquals(4, nested.line());
    }

    @Test
    void emptyFiles() throws Exception {
        assertEquals("file is empty", fails("").problem());
        assertEquals("file is empty", fails("   \n\n# only a comment\n  \n").problem());
        assertEquals("file is empty", fails("---\n").problem());
        assertEquals("bad.yaml", failsFile(new byte[0]).source().substring(dir.toString().length() + 1));
    }

    @Test
    void binaryBytesAreRejected() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(failsFile(png).problem().startsWith("not a UTF-8 YAML text file"));
        byte[] random = new byte[4096];
        new Random(1).nextBytes(random);
        assertTrue(failsFile(random).problem().startsWith("not a UTF-8 YAML text file"));
        byte[] nul = "a: 1\nb: \u0000\n".getBytes(StandardCharsets.UTF_8);
        ConfigException e = failsFile(nul);
        assertTrue(e.problem().startsWith("not a UTF-8 YAML text file"), e.problem());
        assertEquals(2, e.line());
    }

    @Test
    void missingFileAndDirectory() {
        Path missing = dir.resolve("nope.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> YamlLoader.parseFile(missing));
        assertEquals(missing + ": file not found", e.getMessage());
        ConfigException d = assertThrows(ConfigException.class, () -> YamlLoader.parseFile(dir));
        assertEquals(dir + ": is a folder, not a file", d.getMessage());
    }

    @Test
    void syntaxErrorsHaveLineAndColumnAndOneLine() {
        ConfigException e = fails("a: 1\nb: [1, 2\nc: 3\n");
        assertTrue(e.problem().startsWith("YAML syntax error"), e.problem());
        assertTrue(e.line() >= 2, e.getMessage());
        ConfigException f = fails("a: 1\nb: c: d\n");
        assertEquals(2, f.line());
        assertEquals(5, f.column());
        assertTrue(f.getMessage().startsWith("in.yaml:2:5: YAML syntax error: mapping values are not allowed here"),
                f.getMessage());
        ConfigException g = fails("a:\n  - 1\n b: 2\n");
        assertEquals(3, g.line());
    }

    @Test
    void nonCoreTagsAreRejected() {
        ConfigException e = fails("a: 1\nx: !!java.lang.Object {}\n");
        assertTrue(e.problem().startsWith("tag '!!java.lang.Object' is not allowed"), e.problem());
        assertEquals(2, e.line());
        assertTrue(fails("x: !foo bar\n").problem().startsWith("tag '!foo' is not allowed"));
        assertTrue(fails("x: !!binary aGVsbG8=\n").problem().startsWith("tag '!!binary' is not allowed"));
        assertTrue(fails("x: !!set {a, b}\n").problem().startsWith("tag '!!set' is not allowed"));
        assertTrue(fails("!!python/object:os.system\nx: 1\n").problem().contains("not allowed"));
        // core tags are fine
        YamlLoader.parse("a: !!str 5\nb: !!float 1\nc: !!map {}\nd: !!seq []\ne: !!null ''\n", "ok");
    }

    @Test
    void billionLaughsIsRejectedQuickly() {
        StringBuilder sb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) sb.append(i == 0 ? "" : ", ").append('*').append(p);
            sb.append("]\n");
        }
        ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> fails(sb.toString()));
        assertTrue(e.problem().toLowerCase().contains("alias"), e.getMessage());
    }

    @Test
    void aliasesWithinLimitsWork() {
        Node n = YamlLoader.parse("base: &b {x: 1}\ncopy: *b\n", "ok");
        assertEquals(2, ((MappingNode) n).getValue().size());
    }

    @Test
    void deepNestingIsRejected() {
        ConfigException e = fails("a: " + "[".repeat(60) + "]".repeat(60) + "\n");
        assertTrue(e.problem().startsWith("nesting too deep"), e.problem());
        assertEquals(1, e.line());
        // very deep input must not overflow the stack
        ConfigException huge = fails("a: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n");
        assertTrue(huge.problem().startsWith("nesting too deep"), huge.problem());
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 50; i++) block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        assertTrue(fails(block.toString()).problem().startsWith("nesting too deep"));
    }

    @Test
    void recursiveAliasIsRejected() {
        ConfigException e = fails("a: &x\n  b: *x\n");
        assertTrue(e.problem().contains("recursive"), e.getMessage());
    }

    @Test
    void oversizedDocumentIsRejected() {
        String big = "a: \"" + "x".repeat(YamlLoader.MAX_CODE_POINTS) + "\"\n";
        assertTrue(fails(big).problem().contains("too large"));
    }

    @Test
    void exactlyOneDocumentWithMappingRoot() {
        ConfigException e = fails("a: 1\n---\nb: 2\n");
        assertTrue(e.problem().startsWith("more than one YAML document"), e.problem());
        assertEquals(3, e.line());
        ConfigException l = fails("- a\n- b\n");
        assertEquals("the top level must be a mapping of keys to values, got a list", l.problem());
        assertEquals("the top level must be a mapping of keys to values, got 'hello'", fails("hello\n").problem());
    }

    @Test
    void nonScalarKeysAreRejected() {
        assertTrue(fails("? [a, b]\n: 1\n").problem().startsWith("mapping keys must be plain scalars"));
    }
}
