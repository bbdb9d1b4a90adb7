package langsim.output;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import langsim.config.ConfigException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading back the CSV and text files langsim wrote into a results folder (for {@code langsim report DIR} and the
 * charts drawn from a folder's files): one place for the checks, so a damaged file is always one line naming the
 * file, the line and the column.
 */
public final class ResultsCsv {
    private ResultsCsv() {
    }

    /** The records of a CSV file with a header line. */
    public static List<CSVRecord> records(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = format.parse(in)) {
            return p.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw ConfigException.of(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    public static String field(Path file, CSVRecord r, String column) {
        if (!r.isMapped(column)) throw ConfigException.of(file.toString(), "no column '" + column + "'");
        if (!r.isSet(column)) throw bad(file, r, column, "missing");
        return r.get(column);
    }

    /** A number; an empty cell is NaN (how langsim writes an undefined value). */
    public static double number(Path file, CSVRecord r, String column) {
        String s = field(file, r, column);
        if (s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw bad(file, r, column, "not a number: '" + s + "'");
        }
    }

    /** A number in a column that folders of older versions lack (NaN then). */
    public static double optionalNumber(Path file, CSVRecord r, String column) {
        return r.isMapped(column) ? number(file, r, column) : Double.NaN;
    }

    public static int integer(Path file, CSVRecord r, String column) {
        String s = field(file, r, column);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw bad(file, r, column, "not a whole number: '" + s + "'");
        }
    }

    public static ConfigException bad(Path file, CSVRecord r, String column, String problem) {
        // header is line 1, so record n is on line n + 1
        return ConfigException.of(file + ":" + (r.getRecordNumber() + 1), column + ": " + problem);
    }

    /** A whole text file of the folder. */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ConfigException.of(file.toString(), "cannot read: " + e.getMessage());
        }
    }
}
