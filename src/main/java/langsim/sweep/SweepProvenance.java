package langsim.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import langsim.config.ConfigException;
import langsim.config.InputFiles;
import langsim.config.RecordWriter;
import langsim.output.Manifest;
import langsim.sensitivity.DesignKind;

/**
 * What makes a sweep folder reproducible on its own: {@code manifest.json} (program, commit, Java, the sweep and base
 * scenario files with their SHA-256, the master seed, the command line) and the resolved inputs,
 * {@code sweep.resolved.yaml} pointing at {@code base.resolved.yaml} next to it, so that
 * {@code langsim sweep <folder>/sweep.resolved.yaml --out other} repeats the sweep byte for byte.
 *
 * <p>Nothing here depends on time or on how the runs were scheduled, except the manifest's {@code arguments} (the
 * command line as typed: {@code --threads}, {@code --resume}, {@code --shard}/{@code --merge} differ between equivalent
 * invocations that write identical results), so a resumed sweep's folder equals an uninterrupted one's but for that
 * entry.
 */
public final class SweepProvenance {
    /** The resolved sweep file and the resolved base scenario it names, both in the results folder. */
    public static final String RESOLVED_SWEEP = "sweep.resolved.yaml";
    public static final String RESOLVED_BASE = "base.resolved.yaml";
    public static final String MANIFEST = "manifest.json";

    private SweepProvenance() {
    }

    /** manifest.json's tree; {@code arguments}: the command line after the command name, as typed. */
    public static Map<String, Object> manifest(Sweep sweep, List<String> arguments) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweep", sweep.name());
        m.put("label", label(sweep, arguments));
        Manifest.putProgram(m);
        m.put("sweep_file", sweep.file().toString());
        m.put("sweep_sha256", sha256(sweep.file()));
        Path base = basePath(sweep);
        m.put("base_scenario_file", base.toString());
        m.put("base_scenario_sha256", sha256(base));
        m.put("set", sweep.spec().set());
        m.put("master_seed", Long.toString(sweep.spec().seed()));
        m.put("design", sweep.spec().design().label());
        m.put("points", sweep.points());
        m.put("replications", sweep.spec().replications());
        m.put("runs", sweep.runs());
        m.put("fingerprint", Journal.fingerprint(sweep));
        m.put("resolved_sweep", RESOLVED_SWEEP);
        m.put("resolved_base_scenario", RESOLVED_BASE);
        m.put("rerun", "langsim sweep " + RESOLVED_SWEEP + " --out <folder>");
        m.put("arguments", List.copyOf(arguments));
        return m;
    }

    /**
     * What the sweep's results are called (manifest.json's {@code label}, the report's title): the {@code --label} in
     * the command line as typed, else the sweep's name.
     */
    public static String label(Sweep sweep, List<String> arguments) {
        String label = null;
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals(LABEL) && i + 1 < arguments.size()) label = arguments.get(++i);
            else if (a.startsWith(LABEL + "=")) label = a.substring(LABEL.length() + 1);
        }
        return label == null || label.isBlank() ? sweep.name() : label.strip().replaceAll("\\s+", " ");
    }

    /** The option that names a sweep's results. */
    public static final String LABEL = "--label";

    /** The base scenario file the sweep names (relative to the sweep file's folder), absolute. */
    static Path basePath(Sweep sweep) {
        return sweep.file().toAbsolutePath().getParent().resolve(sweep.spec().baseScenario()).normalize();
    }

    /**
     * sweep.resolved.yaml: the spec with defaults filled in and {@code base_scenario} naming {@link #RESOLVED_BASE}
     * next to it. Unset numbers (NaN, e.g. a parameter's {@code base} taken from the scenario) are left out, so the
     * loader takes the same default again (it accepts only finite numbers).
     */
    public static String resolvedSweep(Sweep sweep) {
        Map<String, Object> tree = RecordWriter.toTree(sweep.spec());
        tree.put("base_scenario", RESOLVED_BASE);
        // a design read from a file runs from the folder's own copy of its points
        if (sweep.spec().design() == DesignKind.FILE) {
            tree.put("design_file", "design.csv");
            tree.remove("samples");   // not used by a file design, and 0 would not load
        }
        return RecordWriter.toYaml(withoutNaN(tree), "sweep " + sweep.name() + " as resolved by langsim (defaults filled in;"
                + " base_scenario: the base scenario as resolved, next to this file)\n"
                + "Re-run exactly with: langsim sweep " + RESOLVED_SWEEP + " --out <another folder>");
    }

    /**
     * base.resolved.yaml: the base scenario as the sweep varies it (every field, the sweep's {@code set} overrides
     * applied; applying them again on loading changes nothing).
     */
    public static String resolvedBase(Sweep sweep) {
        return RecordWriter.toYaml(sweep.base(), "Base scenario of sweep " + sweep.name() + " as resolved by langsim"
                + " (every field, the sweep's set overrides applied), read by " + RESOLVED_SWEEP);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNaN(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Double d && d.isNaN()) continue;
            out.put(e.getKey(), v instanceof Map ? withoutNaN((Map<String, Object>) v)
                    : v instanceof List ? withoutNaN((List<Object>) v) : v);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> withoutNaN(List<Object> list) {
        List<Object> out = new ArrayList<>();
        for (Object v : list) out.add(v instanceof Map ? withoutNaN((Map<String, Object>) v) : v);
        return out;
    }

    /** The file's SHA-256, or why it cannot be read now (it was read at load; a manifest must not fail the sweep). */
    static String sha256(Path file) {
        try {
            return InputFiles.sha256(file);
        } catch (ConfigException e) {
            return "unreadable: " + e.problem();
        }
    }
}
