package langsim.scenario;

import java.util.List;

import langsim.config.ConfigException;
import langsim.config.RecordPath;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A scenario field that a sweep or a fit varies, named by a parameter of its file: resolved once in the base
 * scenario, refused unless it is a number, and each given value (bound, level) refused unless the scenario takes it.
 * Problems are placed at the parameter in the sweep or calibration file.
 */
public final class ScenarioParameter {
    private ScenarioParameter() {
    }

    /**
     * The numeric field {@code path} of {@code base}. {@code at} and {@code atPath} place problems (the parameter's
     * node and field path in the file); {@code notNumeric} is the problem when the field is not a number.
     */
    public static RecordPath resolve(Scenario base, String path, String source, Node at, String atPath, String notNumeric) {
        RecordPath target;
        try {
            target = RecordPath.resolve(base, path, source);
        } catch (ConfigException e) {
            throw ConfigException.at(at, atPath, "unknown scenario path: " + e.problem(), e);
        }
        if (!target.numeric()) throw ConfigException.at(at, atPath, notNumeric);
        return target;
    }

    /**
     * Refuses {@code value} ({@code what}: "value", "bound") when the base scenario does not take the change it makes,
     * by its own checks, the other fields' and the events' ({@link ScenarioLoader#with}).
     */
    public static void check(Scenario base, RecordPath.Change change, double value, Node at, String atPath, String what) {
        try {
            ScenarioLoader.with(base, List.of(change));
        } catch (ConfigException e) {
            throw ConfigException.at(at, atPath, what + " " + value + " is not valid in the scenario: " + e.problem(), e);
        }
    }
}
