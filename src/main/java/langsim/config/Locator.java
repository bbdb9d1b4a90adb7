package langsim.config;

/**
 * Where an error at a dotted field path is reported: at a YAML node when the value came from one, or at the source
 * of a change (a {@code --set} argument, an event) when a record was changed in place by {@link RecordPath}.
 */
@FunctionalInterface
interface Locator {
    ConfigException at(String path, String problem);
}
