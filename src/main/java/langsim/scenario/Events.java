package langsim.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import langsim.config.ConfigException;
import langsim.config.RecordBinder;
import langsim.config.RecordWriter;
import langsim.config.TreePaths;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The order in which events apply, and how one event's parameter changes apply to a scenario: the same path
 * mechanism as {@code --set}, on the fully resolved scenario, so every numeric path a scenario file can name
 * can also be changed by an event, and the changed scenario is validated like a file.
 */
public final class Events {
    /** Top-level fields an event may not change: the run's clock and the events themselves are fixed at start. */
    private static final List<String> FIXED = List.of("simulation", "events");

    private Events() {
    }

    /**
     * Indices of {@code events} in the order they apply: by year, in file order within a year. The model and
     * the load-time check both follow this order.
     */
    public static List<Integer> order(List<Event> events) {
        return IntStream.range(0, events.size()).boxed()
                .sorted(Comparator.comparingInt(i -> events.get(i).year())) // stable: file order within a year
                .toList();
    }

    /** The events of {@code year}, in the order they apply. */
    public static List<Event> dueIn(List<Event> events, int year) {
        return order(events).stream().map(events::get).filter(e -> e.year() == year).toList();
    }

    /**
     * The scenario with the event's {@code set} and then its {@code multiply} changes applied. A problem is a
     * ConfigException whose path is relative to the event ({@code multiply.languages.Rust.learning_years}) when
     * one change is to blame, and empty when none is (the problem then names the scenario path).
     */
    public static Scenario apply(Scenario scenario, Event event) {
        String source = "event in " + event.year() + (event.label().isEmpty() ? "" : " (" + event.label() + ")");
        Node tree = RecordWriter.toNode(scenario, source);
        for (Map.Entry<String, Double> set : event.set().entrySet()) {
            numberAt(tree, "set", set.getKey(), source); // refuses what an event may not set
            tree = TreePaths.with(tree, set.getKey(), number(set.getValue(), source), source);
        }
        for (Map.Entry<String, Double> mul : event.multiply().entrySet()) {
            double value = numberAt(tree, "multiply", mul.getKey(), source) * mul.getValue();
            tree = TreePaths.with(tree, mul.getKey(), number(value, source), source);
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

    /** The current value of a numeric field an event may change; anything else is refused. */
    private static double numberAt(Node tree, String part, String path, String source) {
        String at = part + "." + path;
        if (FIXED.contains(path.split("[.\\[]", 2)[0])) {
            throw new ConfigException(source, at, 0, 0, "an event cannot change " + String.join(" or ", FIXED)
                    + " (fixed for the whole run)");
        }
        Node target;
        try {
            target = TreePaths.get(tree, path, source);
        } catch (ConfigException e) {
            throw new ConfigException(source, at, 0, 0, e.problem(), e);
        }
        if (!TreePaths.isNumber(target)) {
            throw new ConfigException(source, at, 0, 0, "not a numeric field; events change only numbers");
        }
        return Double.parseDouble(((ScalarNode) target).getValue());
    }

    /**
     * The change (part {@code set} or {@code multiply}, path) that a validation error at {@code errorPath} comes
     * from: the one naming that field, else one inside or around it (a share map that no longer sums to 1); null
     * if none.
     */
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
        // integral values are written as integers so that int fields (e.g. counts) accept them
        String text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        return TreePaths.scalar(text, source);
    }
}
