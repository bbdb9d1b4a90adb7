package langsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import langsim.config.ConfigException;
import langsim.config.RecordBinder;
import langsim.config.RecordWriter;
import langsim.config.TreePaths;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The order in which events apply, the scenario they put in force in each year, and how one event's parameter
 * changes apply to a scenario: the same path mechanism as {@code --set}, on the fully resolved scenario, so every
 * numeric path a scenario file can name can also be changed by an event, and the changed scenario is validated like
 * a file.
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
     * The years at whose start the scenario in force changes: each event's year and, for a ramp, every later year up
     * to its to_year. Between them (and after the last) the scenario stays as it is.
     */
    public static SortedSet<Integer> changeYears(List<Event> events) {
        SortedSet<Integer> years = new TreeSet<>();
        for (Event e : events) IntStream.rangeClosed(e.year(), e.lastChangeYear()).forEach(years::add);
        return years;
    }

    /**
     * The scenario in force during {@code year}: every event, in {@link #order}, applied with its weight in that year
     * ({@link Event#weightIn}) to what the earlier ones leave, from {@code initial}. Without ramps this is the step
     * events of that year and before applied in turn; a ramp's v0 is thus what the earlier events leave in that year.
     *
     * @throws Refused naming the event whose change leaves the scenario invalid
     */
    public static Scenario inForce(Scenario initial, int year) {
        List<Event> events = initial.events();
        List<Integer> applied = new ArrayList<>();
        Scenario current = initial;
        for (int i : order(events)) {
            double weight = events.get(i).weightIn(year);
            if (weight == 0) continue; // before the event, or the first year of its ramp: nothing changes yet
            try {
                current = apply(current, events.get(i), weight);
            } catch (ConfigException e) {
                throw new Refused(i, List.copyOf(applied), year, weight, e);
            }
            applied.add(i);
        }
        return current;
    }

    /**
     * Event {@code index} could not be applied in {@code year} with {@code weight} after the events {@code after}
     * (indices); the cause's path is relative to the event, as from {@link #apply}.
     */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int index;
        public final List<Integer> after;
        public final int year;
        public final double weight;

        Refused(int index, List<Integer> after, int year, double weight, ConfigException cause) {
            super(cause.getMessage(), cause);
            this.index = index;
            this.after = after;
            this.year = year;
            this.weight = weight;
        }

        public ConfigException problem() {
            return (ConfigException) getCause();
        }
    }

    /** The event applied at once: its {@code set} and then its {@code multiply} changes. */
    public static Scenario apply(Scenario scenario, Event event) {
        return apply(scenario, event, 1);
    }

    /**
     * The scenario with the event's {@code set} and then its {@code multiply} changes applied, each changed value
     * moved a share {@code weight} in (0, 1] of the way from its value in {@code scenario} (v0) to the value the
     * changes give (v1): {@code v0 + (v1 - v0) * weight}, exactly v1 at weight 1. A problem is a ConfigException
     * whose path is relative to the event ({@code multiply.languages.Rust.learning_years}) when one change is to
     * blame, and empty when none is (the problem then names the scenario path).
     */
    public static Scenario apply(Scenario scenario, Event event, double weight) {
        String source = "event in " + event.year() + (event.label().isEmpty() ? "" : " (" + event.label() + ")");
        Node before = RecordWriter.toNode(scenario, source);
        Node tree = before;
        for (Map.Entry<String, Double> set : event.set().entrySet()) {
            numberAt(tree, "set", set.getKey(), source); // refuses what an event may not set
            tree = TreePaths.with(tree, set.getKey(), number(set.getValue(), source), source);
        }
        for (Map.Entry<String, Double> mul : event.multiply().entrySet()) {
            double value = numberAt(tree, "multiply", mul.getKey(), source) * mul.getValue();
            tree = TreePaths.with(tree, mul.getKey(), number(value, source), source);
        }
        if (weight < 1) tree = partway(before, tree, event, weight, source);
        try {
            return RecordBinder.bind(tree, Scenario.class, null);
        } catch (ConfigException e) {
            Map.Entry<String, String> change = culprit(event, e.path());
            boolean named = e.path().isEmpty() || change != null && change.getValue().equals(e.path());
            throw new ConfigException(source, change == null ? "" : change.getKey() + "." + change.getValue(), 0, 0,
                    (named ? "" : e.path() + ": ") + e.problem(), e);
        }
    }

    /** {@code before} with each field the event changes moved a share {@code weight} of the way to its value in {@code after}. */
    private static Node partway(Node before, Node after, Event event, double weight, String source) {
        Node tree = before;
        for (String path : changedPaths(event)) {
            double v0 = valueAt(before, path, source);
            double v1 = valueAt(after, path, source);
            tree = TreePaths.with(tree, path, number(v0 + (v1 - v0) * weight, source), source);
        }
        return tree;
    }

    private static Set<String> changedPaths(Event event) {
        Set<String> paths = new LinkedHashSet<>(event.set().keySet());
        paths.addAll(event.multiply().keySet());
        return paths;
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
        return valueAt(tree, path, source);
    }

    /** The value of a numeric field already checked by {@link #numberAt}. */
    private static double valueAt(Node tree, String path, String source) {
        return Double.parseDouble(((ScalarNode) TreePaths.get(tree, path, source)).getValue());
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
