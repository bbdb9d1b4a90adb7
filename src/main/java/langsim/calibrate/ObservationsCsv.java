package langsim.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import langsim.config.ConfigException;
import langsim.config.YamlLoader;

/**
 * Reads an observations CSV: header {@code year,metric,language,layer,value,source} (RFC 4180 quoting; '#' lines are
 * comments). Every row must name its source. Errors are one line: {@code file:line: message}.
 */
public final class ObservationsCsv {
    static final List<String> HEADER = List.of("year", "metric", "language", "layer", "value", "source");

    private ObservationsCsv() {
    }

    public static List<Observation> read(Path file) {
        String text = YamlLoader.readText(file);
        // spreadsheets save UTF-8 CSV with a byte-order mark; it is not part of the header
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String name = file.toString();
        List<Observation> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            int no = i + 1;
            List<String> f = split(line, name, no);
            if (!header) {
                if (!f.equals(HEADER)) throw new ConfigException(name, "", no, 1, "header must be " + String.join(",", HEADER));
                header = true;
                continue;
            }
            if (f.size() != HEADER.size()) throw new ConfigException(name, "", no, 1, "expected 6 fields, got " + f.size());
            int year;
            double value;
            try {
                year = Integer.parseInt(f.get(0).trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(name, "year", no, 1, "not a year: '" + f.get(0) + "'");
            }
            try {
                value = Double.parseDouble(f.get(4).trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(name, "value", no, 1, "not a number: '" + f.get(4) + "'");
            }
            if (!Double.isFinite(value)) throw new ConfigException(name, "value", no, 1, "must be finite");
            if (f.get(1).isBlank()) throw new ConfigException(name, "metric", no, 1, "missing metric");
            if (f.get(2).isBlank()) throw new ConfigException(name, "language", no, 1, "missing language");
            if (f.get(5).isBlank()) throw new ConfigException(name, "source", no, 1, "every row must cite its source");
            rows.add(new Observation(year, f.get(1).trim(), f.get(2).trim(), f.get(3).trim(), value, f.get(5).trim(), no));
        }
        if (!header) throw ConfigException.of(name, "empty observations file (header " + String.join(",", HEADER) + ")");
        return rows;
    }

    static List<String> split(String line, String file, int no) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) throw new ConfigException(file, "", no, 1, "unterminated quote");
        out.add(cur.toString());
        return out;
    }
}
