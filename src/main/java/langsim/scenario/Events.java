package langsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

import langsim.config.ConfigException;
import langsim.config.RecordPath;

/**
 * The order in which events apply, the scenario they put in force in each year, and how one event's parameter
 * changes apply to a scenario: the same paths as {@code --set} ({@link RecordPath}), numbers set in the records of
 * the fully resolved scenario, so every numeric path a scenario file can name can also be changed by an event, and
 * the changed scenario is checked like a file.
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
        return schedule(initial).inForce(year);
    }

    /** The events of {@code initial}, to put in force year after year with their paths resolved once. */
    public static Schedule schedule(Scenario initial) {
        return new Schedule(initial);
    }

    /**
     * A scenario's events with the parameter paths of each resolved the first time it applies (events change only
     * numbers, so the paths stay valid in every later scenario). Not thread-safe: one per run.
     */
    public static final class Schedule {
        private final Scenario initial;
        private final List<Integer> order;
        private final Map<Integer, Map<String, RecordPath>> targets = new HashMap<>();

        private Schedule(Scenario initial) {
            this.initial = initial;
            this.order = order(initial.events());
        }

        /** As {@link Events#inForce(Scenario, int)}. */
        public Scenario inForce(int year) {
            List<Event> events = initial.events();
            List<Integer> applied = new ArrayList<>();
            Scenario current = initial;
            for (int i : order) {
                Event event = events.get(i);
                double weight = event.weightIn(year);
                if (weight == 0) continue; // before the event, or the first year of its ramp: nothing changes yet
                try {
                    Map<String, RecordPath> paths = targets.get(i);
                    if (paths == null) {
                        paths = targets(current, event);
                        targets.put(i, paths);
                    }
                    current = apply(current, event, paths, weight);
                } catch (ConfigException e) {
                    throw new Refused(i, List.copyOf(applied), year, weight, e);
                }
                applied.add(i);
            }
            return current;
        }
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
        return apply(scenario, event, targets(scenario, event), weight);
    }

    private static Scenario apply(Scenario scenario, Event event, Map<String, RecordPath> paths, double weight) {
        String source = source(event);
        Map<String, Double> after = new LinkedHashMap<>();
        event.set().forEach((path, value) -> after.put(path, written(value)));
        event.multiply().forEach((path, factor) -> {
            double current = after.containsKey(path) ? after.get(path) : paths.get(path).number(scenario);
            after.put(path, written(current * factor));
        });
        List<RecordPath.Change> changes = new ArrayList<>(after.size());
        for (Map.Entry<String, Double> e : after.entrySet()) {
            RecordPath p = paths.get(e.getKey());
            double v1 = e.getValue();
            double v0 = p.number(scenario);
            changes.add(RecordPath.Change.to(p, weight < 1 ? written(v0 + (v1 - v0) * weight) : v1, source));
        }
        try {
            return RecordPath.apply(scenario, changes, source);
        } catch (ConfigException e) {
            Map.Entry<String, String> change = culprit(event, e.path());
            boolean named = e.path().isEmpty() || change != null && change.getValue().equals(e.path());
            throw new ConfigException(source, change == null ? "" : change.getKey() + "." + change.getValue(), 0, 0,
                    (named ? "" : e.path() + ": ") + e.problem(), e);
        }
    }

    private static String source(Event event) {
        return "event in " + event.year() + (event.label().isEmpty() ? "" : " (" + event.label() + ")");
    }

    /** The event's paths ({@code set} ones first) resolved in {@code scenario}: numeric fields it may change only. */
    private static Map<String, RecordPath> targets(Scenario scenario, Event event) {
        Map<String, RecordPath> out = new HashMap<>();
        for (String path : event.set().keySet()) out.put(path, target(scenario, "set", path, source(event)));
        for (String path : event.multiply().keySet()) out.put(path, target(scenario, "multiply", path, source(event)));
        return out;
    }

    /** A numeric field an event may change; anything else is refused, at {@code part.path}. */
    private static RecordPath target(Scenario scenario, String part, String path, String source) {
        String at = part + "." + path;
        if (FIXED.contains(path.split("[.\\[]", 2)[0])) {
            throw new ConfigException(source, at, 0, 0, "an event cannot change " + String.join(" or ", FIXED)
                    + " (fixed for the whole run)");
        }
        RecordPath target;
        try {
            target = RecordPath.resolve(scenario, path, source);
        } catch (ConfigException e) {
            throw new ConfigException(source, at, 0, 0, e.problem(), e);
        }
        if (!target.numeric()) {
            throw new ConfigException(source, at, 0, 0, "not a numeric field; events change only numbers");
        }
        return target;
    }

    /**
     * A value as an event writes it: a whole number below 1e15 exactly whole (so -0.0 is 0), so that int fields
     * (e.g. counts) take it and the values are those the event's text would give.
     */
    private static double written(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (double) (long) value : value;
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
}
