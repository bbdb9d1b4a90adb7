package langsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import langsim.config.RecordWriter;
import langsim.model.LangSimModel;
import langsim.scenario.Scenario;
import sim.util.Properties;

/**
 * What the Console's Model tab shows: the simulated year, the seed, the verdict once the run has ended, then every parameter of the scenario in
 * force (events may change them during the run) under its dotted path. Read-only: change parameters with
 * {@code --set} and restart.
 */
public final class ScenarioProperties extends Properties {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<LangSimModel> model;
    private final transient Supplier<String> verdict;
    private transient Scenario shown;
    private transient List<String> names = new ArrayList<>();
    private transient List<Object> values = new ArrayList<>();
    /** Year, seed and verdict come before the scenario's parameters. */
    private static final int FIXED = 3;

    /** @param verdict the run's verdict once it has ended, else null */
    public ScenarioProperties(Supplier<LangSimModel> model, Supplier<String> verdict) {
        this.model = model;
        this.verdict = verdict;
        refresh();
    }

    private void refresh() {
        LangSimModel m = model.get();
        Scenario s;
        try {
            s = m.currentScenario();
        } catch (NullPointerException notStarted) { // before the first start() the model has no parameters
            s = null;
        }
        if (s == null || s == shown) return;
        shown = s;
        List<String> n = new ArrayList<>();
        List<Object> v = new ArrayList<>();
        flatten("", RecordWriter.toTree(s), n, v);
        names = n;
        values = v;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, List<String> n, List<Object> v) {
        if (node instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), n, v);
            }
        } else if (node instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
            for (int i = 0; i < list.size(); i++) flatten(prefix + "[" + i + "]", list.get(i), n, v);
        } else {
            n.add(prefix);
            v.add(node instanceof List<?> ? String.valueOf(node) : node);
        }
    }

    @Override
    public boolean isVolatile() {
        return true;
    }

    @Override
    public int numProperties() {
        refresh();
        return FIXED + names.size();
    }

    @Override
    public Object getValue(int index) {
        LangSimModel m = model.get();
        if (index == 0) return m.currentYear();
        if (index == 1) return m.seed();
        if (index == 2) {
            String v = verdict.get();
            return v == null ? "(when the run ends)" : v;
        }
        return values.get(index - FIXED);
    }

    @Override
    public boolean isReadWrite(int index) {
        return false;
    }

    @Override
    public String getName(int index) {
        if (index == 0) return "Year";
        if (index == 1) return "Seed";
        if (index == 2) return "Verdict";
        return names.get(index - FIXED);
    }

    @Override
    public Class getType(int index) {
        Object v = getValue(index);
        if (v instanceof Integer) return Integer.TYPE;
        if (v instanceof Long) return Long.TYPE;
        if (v instanceof Double) return Double.TYPE;
        if (v instanceof Boolean) return Boolean.TYPE;
        return String.class;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        return null;
    }
}
