package langsim.sweep.output;

import static langsim.output.ResultsCsv.bad;
import static langsim.output.ResultsCsv.field;
import static langsim.output.ResultsCsv.integer;
import static langsim.output.ResultsCsv.number;
import static langsim.output.ResultsCsv.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import langsim.config.ConfigException;
import langsim.experiment.VerdictKind;
import langsim.sensitivity.IndexRow;
import langsim.sensitivity.Prim;
import langsim.sweep.Sweep;
import langsim.sweep.SweepLoader;
import langsim.sweep.SweepProvenance;
import org.apache.commons.csv.CSVRecord;

/**
 * A sweep's results folder read back from its files (sweep.resolved.yaml with base.resolved.yaml and design.csv,
 * manifest.json, runs.csv, sensitivity.csv): what its report and charts show. The sweep command draws them from the
 * files it has just written, and {@code langsim report DIR} from the same files later, so both give the same bytes.
 * PRIM is found again from the design and the runs' verdicts (the same numbers as prim.csv, whose rows do not say why
 * there is no box).
 *
 * @param label      what the results are called (manifest.json's label: --label, else the sweep's name)
 * @param verdicts   the verdict of each run, in run order
 * @param pointOfRun the design point of each run
 * @param counts     runs of each verdict at each design point, [point][verdict ordinal]
 */
public record SweepResults(Sweep sweep, String label, String baseScenarioFile, String designFile, VerdictKind[] verdicts,
                           int[] pointOfRun, int[][] counts, List<IndexRow> indices, Prim.Result prim, List<String> notes) {
    /** The files a sweep folder is recognised and read by. */
    public static final List<String> FILES = List.of(SweepProvenance.RESOLVED_SWEEP, SweepProvenance.RESOLVED_BASE,
            SweepProvenance.MANIFEST, "runs.csv", "sensitivity.csv");

    public static SweepResults read(Path dir) {
        for (String f : FILES) {
            if (!Files.isRegularFile(dir.resolve(f))) throw ConfigException.of(dir.toString(), "not a sweep results folder: no " + f);
        }
        Sweep sweep = SweepLoader.load(dir.resolve(SweepProvenance.RESOLVED_SWEEP), Long.MAX_VALUE);
        JsonNode manifest = manifest(dir.resolve(SweepProvenance.MANIFEST));
        String base = manifest.path("base_scenario_file").asText(sweep.spec().baseScenario());
        String label = manifest.path("label").asText(sweep.name());
        String design = sweep.spec().designFile();
        int runs = (int) sweep.runs();
        VerdictKind[] verdicts = new VerdictKind[runs];
        int[] point = new int[runs];
        Path runsCsv = dir.resolve("runs.csv");
        int seen = 0;
        for (CSVRecord r : records(runsCsv)) {
            int run = integer(runsCsv, r, "run");
            if (run < 0 || run >= runs) throw bad(runsCsv, r, "run", "run " + run + " is outside 0.." + (runs - 1));
            point[run] = integer(runsCsv, r, "point");
            if (point[run] < 0 || point[run] >= sweep.points()) throw bad(runsCsv, r, "point", "no design point " + point[run]);
            verdicts[run] = verdict(runsCsv, r);
            seen++;
        }
        if (seen != runs) throw ConfigException.of(runsCsv.toString(), seen + " runs, but the sweep has " + runs);
        int[][] counts = new int[sweep.points()][VerdictKind.values().length];
        for (int i = 0; i < runs; i++) counts[point[i]][verdicts[i].ordinal()]++;
        List<IndexRow> indices = indices(dir.resolve("sensitivity.csv"));
        double[][] x = new double[runs][];
        boolean[] y = new boolean[runs];
        for (int i = 0; i < runs; i++) {
            x[i] = sweep.design().values()[point[i]];
            y[i] = verdicts[i] == VerdictKind.DOMINANT;
        }
        Prim.Result prim = Prim.find(x, y, sweep.spec().analysis().prim());
        return new SweepResults(sweep, label.isBlank() ? sweep.name() : label, base, design, verdicts, point, counts, indices, prim, notes(sweep, indices));
    }

    /** Runs with verdict {@code k}, all points together. */
    public int count(VerdictKind k) {
        int c = 0;
        for (VerdictKind v : verdicts) if (v == k) c++;
        return c;
    }

    /** Runs at design point {@code p}. */
    public int runsAt(int p) {
        int n = 0;
        for (int c : counts[p]) n += c;
        return n;
    }

    /** Why an output has no indices although the design computes them (the analysis leaves out undefined outputs). */
    static List<String> notes(Sweep sweep, List<IndexRow> indices) {
        List<String> notes = new ArrayList<>();
        for (String output : sweep.outputs().names()) {
            if (indices.stream().anyMatch(r -> r.output().equals(output) && !r.method().equals("prim"))) continue;
            switch (sweep.spec().design()) {
                case SALTELLI -> notes.add("Sobol indices of " + output + " skipped: undefined at some points (e.g. a threshold never crossed).");
                case MORRIS -> notes.add("Morris effects of " + output + " skipped: undefined at some points.");
                default -> { }
            }
        }
        return notes;
    }

    private static List<IndexRow> indices(Path file) {
        List<IndexRow> rows = new ArrayList<>();
        for (CSVRecord r : records(file)) {
            rows.add(new IndexRow(field(file, r, "output"), field(file, r, "parameter"), field(file, r, "method"),
                    field(file, r, "index"), number(file, r, "value"), number(file, r, "ci_low"), number(file, r, "ci_high"),
                    field(file, r, "note")));
        }
        return rows;
    }

    private static VerdictKind verdict(Path file, CSVRecord r) {
        String label = field(file, r, "verdict");
        for (VerdictKind k : VerdictKind.values()) if (k.label().equals(label)) return k;
        throw bad(file, r, "verdict", "unknown verdict '" + label + "'");
    }

    private static JsonNode manifest(Path file) {
        try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            return node != null && node.isObject() ? node : new ObjectMapper().createObjectNode();
        } catch (IOException e) {
            throw ConfigException.of(file.toString(), "not valid JSON: " + e.getMessage());
        }
    }

    /** For tests: the counts of all verdicts at all points, by label. */
    Map<String, Integer> totals() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (VerdictKind k : VerdictKind.values()) m.put(k.label(), count(k));
        return m;
    }
}
