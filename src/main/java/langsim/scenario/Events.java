package langsim.scenario;

import java.util.Map;

import langsim.config.ConfigException;
import langsim.config.RecordBinder;
import langsim.config.RecordWriter;
import langsim.config.TreePaths;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Applies an event's parameter changes to a scenario: the same path mechanism as {@code --set}, on the
 * fully resolved scenario, so every path a scenario file can name can also be changed by an event, and
 * the changed scenario is validated like a file.
 */
public final class Events {
    private Events() {
    }

    public static Scenario apply(Scenario scenario, Event event) {
        String source = "event in " + event.year() + (event.label().isEmpty() ? "" : " (" + event.label() + ")");
        Node tree = RecordWriter.toNode(scenario, source);
        for (Map.Entry<String, Double> set : event.set().entrySet()) {
            tree = TreePaths.with(tree, set.getKey(), number(set.getValue(), source), source);
        }
        for (Map.Entry<String, Double> mul : event.multiply().entrySet()) {
            Node current = TreePaths.get(tree, mul.getKey(), source);
            if (!(current instanceof ScalarNode scalar)) {
                throw ConfigException.of(source, mul.getKey() + ": not a number, cannot be multiplied");
            }
            double value;
            try {
                value = Double.parseDouble(scalar.getValue());
            } catch (NumberFormatException e) {
                throw ConfigException.of(source, mul.getKey() + ": not a number, cannot be multiplied");
            }
            tree = TreePaths.with(tree, mul.getKey(), number(value * mul.getValue(), source), source);
        }
        return RecordBinder.bind(tree, Scenario.class, null);
    }

    private static Node number(double value, String source) {
        // integral values are written as integers so that int fields (e.g. counts) accept them
        String text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        return TreePaths.scalar(text, source);
    }
}
