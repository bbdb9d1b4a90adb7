package langsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** How a --set value is parsed (resolving and applying it: RecordPathTest). */
class TreePathsTest {

    @Test
    void scalarParsesCommandLineValues() {
        Node d = TreePaths.scalar("0.5", "--set a=0.5");
        assertEquals(Tag.FLOAT, d.getTag());
        assertEquals("--set a=0.5", d.getStartMark().get().getName());
        assertEquals(Tag.BOOL, TreePaths.scalar("true", "s").getTag());
        assertEquals(Tag.STR, TreePaths.scalar("Rust", "s").getTag());
        assertEquals(2, ((SequenceNode) TreePaths.scalar("[a, b]", "s")).getValue().size());
        assertEquals(1, ((MappingNode) TreePaths.scalar("{x: 1}", "s")).getValue().size());
        ConfigException e = assertThrows(ConfigException.class, () -> TreePaths.scalar("[a, b", "--set a=[a, b"));
        assertEquals("--set a=[a, b", e.source());
        assertEquals(0, e.line());
        ConfigException tag = assertThrows(ConfigException.class, () -> TreePaths.scalar("!!binary eA==", "s"));
        assertTrue(tag.problem().contains("not allowed"));
    }
}
