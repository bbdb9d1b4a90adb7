package langsim.sweep;

import java.util.ArrayList;
import java.util.List;

import langsim.experiment.Seeds;
import langsim.sensitivity.DesignKind;
import langsim.sensitivity.Designs;

/**
 * The design points of a sweep: unit coordinates and parameter values (one row per point). {@code groupSize} is
 * the size of the blocks analyses rely on (k + 2 for Saltelli, k + 1 for Morris, 1 otherwise).
 */
public record Design(DesignKind kind, double[][] unit, double[][] values, int groupSize, double morrisDelta) {
    static final long DESIGN_SALT = Designs.SALT;

    public int points() {
        return values.length;
    }

    /** Builds the design of a spec over its resolved parameters; deterministic in the spec's seed. */
    public static Design build(SweepSpec spec, List<SweepParameter> params) {
        int k = params.size();
        long seed = Seeds.derive(spec.seed() ^ DESIGN_SALT, 0);
        switch (spec.design()) {
            case FACTORIAL: {
                int[] counts = new int[k];
                List<List<Double>> levels = new ArrayList<>();
                for (int j = 0; j < k; j++) {
                    levels.add(params.get(j).levels(spec.samples()));
                    counts[j] = levels.get(j).size();
                }
                double[][] unit = Designs.factorial(counts);
                double[][] values = new double[unit.length][k];
                for (int i = 0; i < unit.length; i++) {
                    for (int j = 0; j < k; j++) {
                        int idx = counts[j] == 1 ? 0 : (int) Math.round(unit[i][j] * (counts[j] - 1));
                        values[i][j] = levels.get(j).get(idx);
                        unit[i][j] = params.get(j).toUnit(values[i][j]);
                    }
                }
                return new Design(DesignKind.FACTORIAL, unit, values, 1, Double.NaN);
            }
            case OAT: {
                List<double[]> rows = new ArrayList<>();
                double[] base = new double[k];
                for (int j = 0; j < k; j++) base[j] = params.get(j).base();
                rows.add(base);
                for (int j = 0; j < k; j++) {
                    for (double v : params.get(j).levels(spec.samples())) {
                        double[] row = base.clone();
                        row[j] = v;
                        rows.add(row);
                    }
                }
                double[][] values = rows.toArray(new double[0][]);
                double[][] unit = new double[values.length][k];
                for (int i = 0; i < values.length; i++) {
                    for (int j = 0; j < k; j++) unit[i][j] = params.get(j).toUnit(values[i][j]);
                }
                return new Design(DesignKind.OAT, unit, values, 1, Double.NaN);
            }
            case LHS:
                return mapped(DesignKind.LHS, Designs.lhs(spec.samples(), k, seed), params, 1, Double.NaN);
            case SOBOL:
                return mapped(DesignKind.SOBOL, Designs.sobol(spec.samples(), k, seed), params, 1, Double.NaN);
            case SALTELLI:
                return mapped(DesignKind.SALTELLI, Designs.saltelli(spec.samples(), k, seed), params, k + 2, Double.NaN);
            case MORRIS:
                return mapped(DesignKind.MORRIS, Designs.morris(spec.samples(), k, spec.morrisLevels(), seed), params,
                        k + 1, Designs.morrisDelta(spec.morrisLevels()));
            default:
                throw new IllegalArgumentException(String.valueOf(spec.design()) + " designs are read by SweepLoader");
        }
    }

    /** Number of points a spec's design will have, without building it (for the --max-runs guard). */
    public static long size(SweepSpec spec, int k) {
        return switch (spec.design()) {
            case LHS, SOBOL -> spec.samples();
            case FILE -> throw new IllegalArgumentException("the size of design: file is its number of rows");
            case SALTELLI -> (long) spec.samples() * (k + 2);
            case MORRIS -> (long) spec.samples() * (k + 1);
            case OAT -> {
                long n = 1;
                for (ParameterSpec p : spec.parameters().values()) n += p.levels().isEmpty() ? spec.samples() : p.levels().size();
                yield n;
            }
            case FACTORIAL -> {
                long n = 1;
                for (ParameterSpec p : spec.parameters().values()) {
                    n *= p.levels().isEmpty() ? spec.samples() : p.levels().size();
                    if (n > Integer.MAX_VALUE) yield Long.MAX_VALUE;
                }
                yield n;
            }
        };
    }

    /** A design of given values (design: file); unit coordinates are the parameters' CDFs at the values. */
    public static Design of(DesignKind kind, double[][] values, List<SweepParameter> params) {
        double[][] unit = new double[values.length][params.size()];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < params.size(); j++) unit[i][j] = params.get(j).toUnit(values[i][j]);
        }
        return new Design(kind, unit, values, 1, Double.NaN);
    }

    private static Design mapped(DesignKind kind, double[][] unit, List<SweepParameter> params, int group, double delta) {
        double[][] values = new double[unit.length][params.size()];
        for (int i = 0; i < unit.length; i++) {
            for (int j = 0; j < params.size(); j++) values[i][j] = params.get(j).fromUnit(unit[i][j]);
        }
        return new Design(kind, unit, values, group, delta);
    }
}
