package langsim.calibrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import langsim.config.ConfigException;
import langsim.config.YamlLoader;

/**
 * Reads an observations CSV with Commons CSV: header {@code year,metric,language,layer,value,source} (RFC 4180
 * quoting, so a source may contain commas in double quotes; LF or CRLF line ends; a UTF-8 byte-order mark as
 * spreadsheets save it is ignored; lines starting with '#' and blank lines are skipped). Every row must name its
 * source. Errors are one line: {@code file:line:column: field: message}, the column being that of the offending
 * field in the file.
 */
public final class ObservationsCsv {
    static final List<String> HEADER = List.of("year", "metric", "language", "layer", "value", "source");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();
    private static final Pattern COMMONS_LINE = Pattern.compile("line:? ?(\\d+)");

    private ObservationsCsv() {
    }

    public static List<Observation> read(Path file) {
        String text = YamlLoader.readText(file);
        // spreadsheets save UTF-8 CSV with a byte-order mark; it is not part of the header
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return parse(text, file.toString());
    }

    /** Parses the text of an observations CSV ({@code name} is the file name used in errors). */
    static List<Observation> parse(String text, String name) {
        Positions pos = new Positions(text);
        List<Observation> rows = new ArrayList<>();
        boolean header = false;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord r : parser) {
                List<String> f = r.toList();
                int start = pos.recordStart(r.getCharacterPosition());
                // a line of blanks only is a blank line, skipped like an empty one
                if (f.size() == 1 && f.get(0).isBlank()) continue;
                Row row = new Row(name, text, pos, start);
                if (!header) {
                    if (!f.equals(HEADER)) throw row.error(0, "", "header must be " + String.join(",", HEADER));
                    header = true;
                    continue;
                }
                if (f.size() != HEADER.size()) {
                    throw row.error(Math.min(f.size(), HEADER.size()), "",
                            "expected " + HEADER.size() + " fields (" + String.join(",", HEADER) + "), got " + f.size());
                }
                int year;
                double value;
                try {
                    year = Integer.parseInt(f.get(0).trim());
                } catch (NumberFormatException e) {
                    throw row.error(0, "year", "not a year: '" + f.get(0) + "'");
                }
                try {
                    value = Double.parseDouble(f.get(4).trim());
                } catch (NumberFormatException e) {
                    throw row.error(4, "value", "not a number: '" + f.get(4) + "'");
                }
                if (!Double.isFinite(value)) throw row.error(4, "value", "must be finite");
                if (f.get(1).isBlank()) throw row.error(1, "metric", "missing metric");
                if (f.get(2).isBlank()) throw row.error(2, "language", "missing language");
                if (f.get(5).isBlank()) throw row.error(5, "source", "every row must cite its source");
                rows.add(new Observation(year, f.get(1).trim(), f.get(2).trim(), f.get(3).trim(), value,
                        f.get(5).trim(), pos.line(start)));
            }
        } catch (UncheckedIOException | IOException e) {
            // Commons CSV's malformed-input errors (an unterminated quote, text after a closing quote) name the line
            Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
            String msg = c.getMessage() == null ? "" : c.getMessage();
            Matcher m = COMMONS_LINE.matcher(msg);
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            String lower = msg.toLowerCase(Locale.ROOT);
            String problem = lower.contains("eof reached before encapsulated token finished") ? "unterminated quote"
                    : lower.contains("between encapsulated token and delimiter")
                            ? "text after a closing quote (a quote inside a quoted field is written \"\")"
                            : "malformed CSV: " + msg;
            throw new ConfigException(name, "", line, line > 0 ? 1 : 0, problem, e);
        }
        if (!header) throw ConfigException.of(name, "empty observations file (header " + String.join(",", HEADER) + ")");
        return rows;
    }

    /** A record's location: turns "field i" into the file's line and column of that field's first character. */
    private record Row(String name, String text, Positions pos, int start) {
        ConfigException error(int field, String path, String problem) {
            int at = fieldStart(text, start, field);
            return new ConfigException(name, path, pos.line(at), pos.column(at), problem);
        }
    }

    /** Offset of field {@code field} (0-based) of the record starting at {@code start}; RFC 4180 quoting. */
    static int fieldStart(String text, int start, int field) {
        int i = start;
        int n = 0;
        boolean quoted = false;
        while (n < field && i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') i++;
                    else quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                n++;
            } else if (c == '\r' || c == '\n') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Line starts of the text, to turn character offsets into 1-based lines and columns. */
    private static final class Positions {
        private final String text;
        private final int[] starts;

        Positions(String text) {
            this.text = text;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) s.add(i + 1);
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        /** 0-based index of the line holding offset {@code at}. */
        private int index(int at) {
            int k = Arrays.binarySearch(starts, at);
            return k >= 0 ? k : -k - 2;
        }

        int line(int at) {
            return index(at) + 1;
        }

        int column(int at) {
            return at - starts[index(at)] + 1;
        }

        /**
         * Commons CSV reports a record's position (a line start) before the comment and empty lines it skipped on
         * the way to it: move on past those to the record's own first line.
         */
        int recordStart(long position) {
            int k = index((int) Math.min(position, text.length()));
            while (k + 1 < starts.length) {
                int s = starts[k];
                int e = starts[k + 1];
                String line = text.substring(s, e);
                if (line.startsWith("#") || line.equals("\n") || line.equals("\r\n") || line.equals("\r")) k++;
                else break;
            }
            return starts[k];
        }
    }
}
