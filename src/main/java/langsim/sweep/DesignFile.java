package langsim.sweep;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import langsim.config.ConfigException;
import langsim.config.Suggestions;
import langsim.output.Num;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the points of {@code design: file}: a CSV with a header naming every swept parameter's scenario path once
 * (any order; a {@code point} column, as in a sweep's {@code design.csv}, is ignored), then one row per design point.
 * Values are used as given, except that integer fields take the nearest integer; each must lie within the
 * parameter's [min, max] (or be one of its levels). Errors are one line: file:line:col: column: problem.
 */
public final class DesignFile {
    private DesignFile() {
    }

    /** The design values, one row per point, columns in the order of {@code params}. */
    public static double[][] read(Path csv, List<SweepParameter> params) {
        String source = csv.toString();
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ConfigException.of(source, "cannot read the design file: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<CSVRecord> records;
        try (Reader r = new java.io.StringReader(text);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).build())) {
            records = p.getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ConfigException.of(source, "not a valid CSV file: " + e.getMessage());
        }
        if (records.isEmpty()) throw ConfigException.of(source, "empty design file: expected a header naming the parameters");
        CSVRecord header = records.get(0);
        List<String> paths = params.stream().map(SweepParameter::path).toList();
        int[] columnOf = new int[params.size()];
        java.util.Arrays.fill(columnOf, -1);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.equals("point")) continue;
            int j = paths.indexOf(name);
            if (j < 0) {
                String near = Suggestions.nearest(name, paths);
                throw new ConfigException(source, name, lineOf(text, header), columnOf(header, c), "unknown column '" + name
                        + "'" + (near != null ? "; did you mean '" + near + "'?" : "; the sweep's parameters are " + paths));
            }
            if (columnOf[j] >= 0) {
                throw new ConfigException(source, name, lineOf(text, header), columnOf(header, c), "column '" + name + "' appears twice");
            }
            columnOf[j] = c;
        }
        for (int j = 0; j < params.size(); j++) {
            if (columnOf[j] < 0) {
                throw new ConfigException(source, "", lineOf(text, header), 1, "no column for the swept parameter '" + paths.get(j)
                        + "' (the header must name every parameter)");
            }
        }
        if (records.size() < 2) throw ConfigException.of(source, "no design points: the file has a header only");
        double[][] values = new double[records.size() - 1][params.size()];
        for (int i = 1; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            if (rec.size() != header.size()) {
                throw new ConfigException(source, "", lineOf(text, rec), 1, "expected " + header.size() + " values (one per header column), got "
                        + rec.size());
            }
            for (int j = 0; j < params.size(); j++) {
                int c = columnOf[j];
                SweepParameter p = params.get(j);
                String cell = rec.get(c);
                double v;
                try {
                    v = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                }
                if (!Double.isFinite(v)) {
                    throw new ConfigException(source, p.path(), lineOf(text, rec), columnOf(rec, c), "expected a number, got '" + cell + "'");
                }
                if (p.integer()) v = Math.rint(v);
                if (!p.levels().isEmpty() && !p.levels().contains(v)) {
                    throw new ConfigException(source, p.path(), lineOf(text, rec), columnOf(rec, c), "value " + cell
                            + " is not one of the parameter's levels " + p.levels());
                }
                if (v < p.lo() || v > p.hi()) {
                    throw new ConfigException(source, p.path(), lineOf(text, rec), columnOf(rec, c), "value " + cell + " is outside the parameter's range ["
                            + Num.format(p.lo()) + ", " + Num.format(p.hi()) + "]");
                }
                values[i - 1][j] = v;
            }
        }
        return values;
    }

    /** 1-based line of a record in the text (empty lines count). */
    private static int lineOf(String text, CSVRecord r) {
        int line = 1;
        long end = Math.min(text.length(), r.getCharacterPosition());
        for (int i = 0; i < end; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** 1-based character column of field c (exact for unquoted fields). */
    private static int columnOf(CSVRecord r, int c) {
        int col = 1;
        for (int i = 0; i < c; i++) col += r.get(i).length() + 1;
        return col;
    }
}
