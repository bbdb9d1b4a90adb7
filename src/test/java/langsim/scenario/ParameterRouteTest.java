package langsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import langsim.config.ConfigException;
import langsim.config.OldRoute;
import langsim.config.RecordBinder;
import langsim.config.RecordPath;
import langsim.config.RecordWriter;
import langsim.config.TreePaths;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Typed changes (sweep points, fitted values, events) give exactly what the route before them gave, which wrote
 * the scenario out as YAML nodes, set the value as text and bound everything again ({@link OldRoute}): the same
 * scenario (equals), or the same one-line error.
 */
class ParameterRouteTest {
    private static final List<String> SHIPPED = List.of("baseline", "edge-boom", "python-performance", "rust-breakthrough",
            "rust-dominates", "rust-niche");

    private static Scenario shipped(String name) {
        return ScenarioLoader.load(Path.of("scenarios", name + ".yaml"), List.of());
    }

    /** Paths of the numeric fields of the written-out scenario that a dotted path can name (no dots in map keys). */
    static List<String> numericPaths(Scenario s) {
        List<String> out = new ArrayList<>();
        walk(RecordWriter.toTree(s), "", out);
        return out;
    }

    private static void walk(Object v, String path, List<String> out) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (!key.contains(".")) walk(e.getValue(), path.isEmpty() ? key : path + "." + key, out);
            }
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) walk(l.get(i), path + "[" + i + "]", out);
        } else if (v instanceof Double || v instanceof Integer || v instanceof Long) {
            out.add(path);
        }
    }

    /** Mostly plausible values near the current one, sometimes negative or huge (to meet the checks). */
    private static double value(Random rnd, double current, boolean integer) {
        double v = current == 0 ? rnd.nextDouble() * 2 : current * (0.5 + rnd.nextDouble());
        double roll = rnd.nextDouble();
        if (roll < 0.06) v = -v - 0.5;
        else if (roll < 0.1) v = v * 1e4 + 3e9;
        return integer ? Math.round(v) : v;
    }

    /** A number as a sweep wrote it on the old route. */
    private static String text(double v, boolean integer) {
        return integer ? Long.toString(Math.round(v)) : Double.toString(v);
    }

    @Test
    void randomNumericChangesGiveWhatTheTextRouteGave() {
        Random rnd = new Random(20261126L);
        int accepted = 0;
        int refused = 0;
        for (String name : SHIPPED) {
            Scenario base = shipped(name);
            List<String> paths = numericPaths(base);
            assertTrue(paths.size() > 100, name + ": " + paths.size());
            for (int trial = 0; trial < 120; trial++) {
                int k = trial < 80 ? 1 : 2 + rnd.nextInt(3);
                List<String> texts = new ArrayList<>();
                List<RecordPath.Change> changes = new ArrayList<>();
                for (int j = 0; j < k; j++) {
                    String p = paths.get(rnd.nextInt(paths.size()));
                    RecordPath target = RecordPath.resolve(base, p, "test");
                    assertTrue(target.numeric(), p);
                    double v = value(rnd, target.number(base), target.integer());
                    texts.add(p + "=" + text(v, target.integer()));
                    changes.add(RecordPath.Change.to(target, v));
                }
                Scenario old = null;
                ConfigException oldError = null;
                try {
                    old = OldRoute.override(base, texts);
                } catch (ConfigException e) {
                    oldError = e;
                }
                try {
                    Scenario typed = RecordPath.apply(base, changes, RecordWriter.DEFAULT_NODE_SOURCE);
                    if (oldError != null) fail(name + " " + texts + ": refused on the text route (" + oldError.getMessage() + ") only");
                    assertEquals(old, typed, name + " " + texts);
                    accepted++;
                } catch (ConfigException e) {
                    if (oldError == null) fail(name + " " + texts + ": refused typed only: " + e.getMessage());
                    // with several bad values, each route may name another one first
                    if (k == 1) assertEquals(oldError.getMessage(), e.getMessage(), name + " " + texts);
                    refused++;
                }
            }
        }
        assertTrue(accepted > 300 && refused > 50, accepted + " accepted, " + refused + " refused");
    }

    @Test
    void eventsPutInForceWhatTheTextRoutePutInForce() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : SHIPPED) scenarios.add(shipped(name));
        Random rnd = new Random(7L);
        Scenario base = ScenarioLoader.override(ScenarioLoader.defaults(), List.of("simulation.end_year=2040"));
        List<String> paths = numericPaths(base).stream()
                .filter(p -> !p.startsWith("simulation.") && !p.startsWith("events")).toList();
        for (int i = 0; i < 150; i++) scenarios.add(withEvents(base, randomEvents(rnd, base, paths)));
        int years = 0;
        int refused = 0;
        for (Scenario s : scenarios) {
            for (int year : Events.changeYears(s.events())) {
                Scenario old = null;
                Events.Refused oldError = null;
                try {
                    old = oldInForce(s, year);
                } catch (Events.Refused r) {
                    oldError = r;
                }
                try {
                    Scenario typed = Events.inForce(s, year);
                    assertNotNull(old, () -> s.events() + " in " + year + ": refused on the text route only");
                    assertEquals(old, typed, s.events() + " in " + year);
                    years++;
                } catch (Events.Refused r) {
                    assertNotNull(oldError, () -> s.events() + " in " + year + ": refused typed only: " + r.getMessage());
                    assertEquals(oldError.index, r.index);
                    assertEquals(oldError.after, r.after);
                    assertEquals(oldError.weight, r.weight);
                    Event e = s.events().get(r.index);
                    if (e.set().size() + e.multiply().size() == 1) assertEquals(oldError.getMessage(), r.getMessage());
                    refused++;
                    break; // the load check stops here too
                }
            }
        }
        assertTrue(years > 300 && refused > 20, years + " years in force, " + refused + " refused");
    }

    private static List<Event> randomEvents(Random rnd, Scenario base, List<String> paths) {
        List<Event> events = new ArrayList<>();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            int year = 2026 + rnd.nextInt(10);
            Map<String, Double> set = new LinkedHashMap<>();
            Map<String, Double> multiply = new LinkedHashMap<>();
            int changes = 1 + rnd.nextInt(3);
            for (int c = 0; c < changes; c++) {
                String p = paths.get(rnd.nextInt(paths.size()));
                RecordPath target = RecordPath.resolve(base, p, "test");
                if (rnd.nextBoolean()) set.put(p, value(rnd, target.number(base), target.integer() && rnd.nextDouble() < 0.9));
                else multiply.put(p, rnd.nextDouble() < 0.9 ? 0.5 + rnd.nextDouble() : 3 + rnd.nextDouble());
            }
            Ramp ramp = rnd.nextBoolean() ? null
                    : new Ramp(year + 1 + rnd.nextInt(2040 - year), rnd.nextBoolean() ? Ramp.Shape.LINEAR : Ramp.Shape.LOGISTIC,
                    1 + rnd.nextInt(10));
            events.add(new Event(year, rnd.nextBoolean() ? "" : "e" + i, set, multiply, Map.of(), ramp));
        }
        return events;
    }

    private static Scenario withEvents(Scenario s, List<Event> events) {
        return new Scenario(s.name(), s.description(), s.simulation(), s.languages(), s.layers(), s.agents(), s.network(),
                s.ecosystem(), s.algorithms(), s.interop(), s.labourMarket(), s.choice(), s.verdict(), List.copyOf(events));
    }

    // ------------------------------------------------------------------ the event route before RecordPath, verbatim

    private static final List<String> FIXED = List.of("simulation", "events");

    private static Scenario oldInForce(Scenario initial, int year) {
        List<Event> events = initial.events();
        List<Integer> applied = new ArrayList<>();
        Scenario current = initial;
        List<Integer> order = IntStream.range(0, events.size()).boxed()
                .sorted(Comparator.comparingInt(i -> events.get(i).year())).toList();
        for (int i : order) {
            double weight = events.get(i).weightIn(year);
            if (weight == 0) continue;
            try {
                current = oldApply(current, events.get(i), weight);
            } catch (ConfigException e) {
                throw new Events.Refused(i, List.copyOf(applied), year, weight, e);
            }
            applied.add(i);
        }
        return current;
    }

    private static Scenario oldApply(Scenario scenario, Event event, double weight) {
        String source = "event in " + event.year() + (event.label().isEmpty() ? "" : " (" + event.label() + ")");
        Node before = RecordWriter.toNode(scenario, source);
        Node tree = before;
        for (Map.Entry<String, Double> set : event.set().entrySet()) {
            numberAt(tree, "set", set.getKey(), source);
            tree = OldRoute.with(tree, set.getKey(), number(set.getValue(), source), source);
        }
        for (Map.Entry<String, Double> mul : event.multiply().entrySet()) {
            double value = numberAt(tree, "multiply", mul.getKey(), source) * mul.getValue();
            tree = OldRoute.with(tree, mul.getKey(), number(value, source), source);
        }
        if (weight < 1) {
            Node after = tree;
            tree = before;
            Set<String> paths = new LinkedHashSet<>(event.set().keySet());
            paths.addAll(event.multiply().keySet());
            for (String path : paths) {
                double v0 = valueAt(before, path, source);
                double v1 = valueAt(after, path, source);
                tree = OldRoute.with(tree, path, number(v0 + (v1 - v0) * weight, source), source);
            }
        }
        try {
            return RecordBinder.bind(tree, Scenario.class, null);
        } catch (ConfigException e) {
            Map.Entry<String, String> change = culprit(event, e.path());
            boolean named = e.path().isEmpty() || change != null && change.getValue().equals(e.path());
            throw new ConfigException(source, change == null ? "" : change.getKey() + "." + change.getValue(), 0, 0,
                    (named ? "" : e.path() + ": ") + e.problem(), e);
        }
    }

    private static double numberAt(Node tree, String part, String path, String source) {
        String at = part + "." + path;
        if (FIXED.contains(path.split("[.\\[]", 2)[0])) {
            throw new ConfigException(source, at, 0, 0, "an event cannot change " + String.join(" or ", FIXED)
                    + " (fixed for the whole run)");
        }
        Node target;
        try {
            target = OldRoute.get(tree, path, source);
        } catch (ConfigException e) {
            throw new ConfigException(source, at, 0, 0, e.problem(), e);
        }
        if (!OldRoute.isNumber(target)) {
            throw new ConfigException(source, at, 0, 0, "not a numeric field; events change only numbers");
        }
        return valueAt(tree, path, source);
    }

    private static double valueAt(Node tree, String path, String source) {
        return Double.parseDouble(((ScalarNode) OldRoute.get(tree, path, source)).getValue());
    }

    private static Map.Entry<String, String> culprit(Event event, String errorPath) {
        if (errorPath.isEmpty()) return null;
        var parts = List.of(Map.entry("set", event.set()), Map.entry("multiply", event.multiply()));
        for (boolean exact : new boolean[] {true, false}) {
            for (var part : parts) {
                for (String path : part.getValue().keySet()) {
                    boolean related = path.startsWith(errorPath + ".") || errorPath.startsWith(path + ".");
                    if (path.equals(errorPath) || !exact && related) return Map.entry(part.getKey(), path);
                }
            }
        }
        return null;
    }

    private static Node number(double value, String source) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        return TreePaths.scalar(text, source);
    }
}
