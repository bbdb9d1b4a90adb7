package langsim.config;

import java.util.Collection;

/** "Did you mean ...?" for names outside YAML files (e.g. output names, parameter paths in other files). */
public final class Suggestions {
    private Suggestions() {
    }

    /** The nearest candidate by edit distance, or null if none is close enough to suggest. */
    public static String nearest(String name, Collection<String> candidates) {
        return Support.nearest(name, candidates);
    }
}
