package langsim.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import langsim.config.ConfigException;
import langsim.output.Num;

/**
 * Parameters of a reference model, by the names the paper uses, with their defaults; {@code --set name=value}
 * changes one. Unknown names, non-numbers and (for counts) non-integers are bad input.
 */
public final class VerifyParams {
    private final String model;
    private final Map<String, Double> values;
    private final Map<String, Boolean> integer;

    VerifyParams(String model) {
        this.model = model;
        this.values = new LinkedHashMap<>();
        this.integer = new LinkedHashMap<>();
    }

    VerifyParams real(String name, double value) {
        values.put(name, value);
        integer.put(name, false);
        return this;
    }

    VerifyParams count(String name, long value) {
        values.put(name, (double) value);
        integer.put(name, true);
        return this;
    }

    /** Applies {@code name=value} assignments; the result is a new object. */
    public VerifyParams with(List<String> assignments) {
        VerifyParams p = new VerifyParams(model);
        p.values.putAll(values);
        p.integer.putAll(integer);
        for (String a : assignments) {
            String source = "--set " + a;
            int eq = a.indexOf('=');
            if (eq <= 0) throw ConfigException.of(source, "expected name=value");
            String name = a.substring(0, eq).trim();
            String text = a.substring(eq + 1).trim();
            if (!p.values.containsKey(name)) {
                throw new ConfigException(source, name, 0, 0, "unknown parameter of " + model + "; known: " + String.join(", ", p.values.keySet()));
            }
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new ConfigException(source, name, 0, 0, "not a number: '" + text + "'");
            }
            if (!Double.isFinite(v)) throw new ConfigException(source, name, 0, 0, "must be finite");
            if (p.integer.get(name) && (v != Math.rint(v) || !text.matches("[+]?[0-9]+"))) {
                throw new ConfigException(source, name, 0, 0, "must be a whole number, got '" + text + "'");
            }
            p.values.put(name, v);
        }
        return p;
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) throw new IllegalArgumentException("no parameter " + name);
        return v;
    }

    public int getInt(String name) {
        return (int) get(name);
    }

    /** Bad input unless {@code ok}: names the parameter and the rule. */
    void require(boolean ok, String name, String rule) {
        if (!ok) throw new ConfigException("verify " + model, name, 0, 0, rule + " (got " + text(name) + ")");
    }

    private String text(String name) {
        return integer.get(name) ? Long.toString((long) get(name)) : Num.format(get(name));
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ");
        values.keySet().forEach(k -> j.add(k + "=" + text(k)));
        return j.toString();
    }
}
