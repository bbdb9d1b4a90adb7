package langsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

class ConfigExceptionTest {
    @Test
    void formatsOmitUnknownParts() {
        assertEquals("f.yaml:3:7: a.b: bad", new ConfigException("f.yaml", "a.b", 3, 7, "bad").getMessage());
        assertEquals("f.yaml: a.b: bad", new ConfigException("f.yaml", "a.b", 0, 0, "bad").getMessage());
        assertEquals("f.yaml:2:1: bad", new ConfigException("f.yaml", "", 2, 1, "bad").getMessage());
        assertEquals("f.yaml: file not found", ConfigException.of("f.yaml", "file not found").getMessage());
        assertEquals("f.yaml: two lines", ConfigException.of("f.yaml", "two\n  lines").getMessage());
        ConfigException e = new ConfigException("s", "p", 4, 5, "m");
        assertEquals("s", e.source());
        assertEquals("p", e.path());
        assertEquals(4, e.line());
        assertEquals(5, e.column());
        assertEquals("m", e.problem());
    }

    @Test
    void fromNodeUsesStartMarkOneBased() {
        Node root = YamlLoader.parse("a: 1\nb:\n    c: 2\n", "n.yaml");
        NodeTuple b = ((MappingNode) root).getValue().get(1);
        NodeTuple c = ((MappingNode) b.getValueNode()).getValue().get(0);
        ConfigException e = ConfigException.at(c.getValueNode(), "b.c", "nope");
        assertEquals("n.yaml:3:8: b.c: nope", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(8, e.column());
        assertEquals(e.getMessage(), new ConfigException(c.getValueNode(), "b.c", "nope").getMessage());
        assertEquals("x: nope", new ConfigException((Node) null, "x", "nope").getMessage());
    }
}
