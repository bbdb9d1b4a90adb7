package langsim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import langsim.output.Csv;

/**
 * Files of a sweep folder for other tools: {@code problem.json}, the sweep's problem as a SALib problem dict
 * ({@code num_vars}, {@code names}, {@code bounds}, {@code dists}), and {@code design.csv}, the design points with the
 * parameter values as run (the format {@code design: file} reads back).
 *
 * <p>SALib's distributions: {@code unif} [min, max]; {@code truncnorm} [min, max, mean, sd] for a normal truncated to
 * its bounds; {@code triang} [min, max, (mode - min) / (max - min)]. SALib has no log-uniform or discrete distribution:
 * those parameters are written as {@code unif} over [min, max] (SALib's analyses use only names and the number of
 * variables), and {@code langsim_dists} names every parameter's actual distribution.
 */
public final class SweepInterop {
    private SweepInterop() {
    }

    public static String problemJson(Sweep sweep) {
        List<String> names = new ArrayList<>();
        List<List<Double>> bounds = new ArrayList<>();
        List<String> dists = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (SweepParameter p : sweep.parameters()) {
            names.add(p.path());
            if (p.distribution() == null) {
                bounds.add(List.of(p.lo(), p.hi()));
                dists.add("unif");
                ours.add("levels");
            } else {
                bounds.add(p.distribution().salibBounds());
                dists.add(p.distribution().salibDist());
                ours.add(p.distribution().kind().label());
            }
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("num_vars", names.size());
        problem.put("names", names);
        problem.put("bounds", bounds);
        problem.put("dists", dists);
        problem.put("langsim_dists", ours);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(problem)
                    .replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value as the run receives it: an integer, or the shortest text that reads back as the same double. */
    static String exact(SweepParameter p, double v) {
        return p.integer() ? Long.toString(Math.round(v)) : Double.toString(v);
    }

    /** One row per design point: {@code point}, then every parameter's value as run (full precision). */
    public static String designCsv(Sweep sweep) {
        StringBuilder sb = new StringBuilder("point");
        for (SweepParameter p : sweep.parameters()) sb.append(',').append(Csv.escape(p.path()));
        sb.append('\n');
        double[][] values = sweep.design().values();
        for (int i = 0; i < values.length; i++) {
            sb.append(i);
            for (int j = 0; j < values[i].length; j++) sb.append(',').append(exact(sweep.parameters().get(j), values[i][j]));
            sb.append('\n');
        }
        return sb.toString();
    }
}
