package langsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeclaredDefaultsTest {
    public record Item(String name, double weight) {
        public static Item defaults() {
            return new Item("unnamed", 1.5);
        }
    }

    public record Strict(String name, double weight) {
    }

    public record Holder(List<Item> items, List<Strict> strict) {
    }

    @Test
    void listElementsFillMissingFieldsFromTheRecordsOwnDefaults() {
        Holder h = RecordBinder.bind(YamlLoader.parse("items: [{name: a}, {weight: 3}]\nstrict: [{name: b, weight: 2}]\n", "t.yaml"),
                Holder.class, null);
        assertEquals(List.of(new Item("a", 1.5), new Item("unnamed", 3)), h.items());
    }

    @Test
    void recordsWithoutDefaultsStillRequireEveryField() {
        ConfigException e = assertThrows(ConfigException.class, () -> RecordBinder.bind(
                YamlLoader.parse("items: []\nstrict: [{name: b}]\n", "t.yaml"), Holder.class, null));
        assertEquals("strict[0].weight", e.path());
        assertEquals(2, e.line());
    }
}
