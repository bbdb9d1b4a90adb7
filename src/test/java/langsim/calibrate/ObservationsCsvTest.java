package langsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import langsim.config.ConfigException;

class ObservationsCsvTest {
    private static final String HEADER = "year,metric,language,layer,value,source\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** The one-line message of reading {@code text} as {@code bad.csv}, with the folder cut off. */
    private String error(String text) throws Exception {
        Path f = write("bad.csv", text);
        ConfigException e = assertThrows(ConfigException.class, () -> ObservationsCsv.read(f));
        String msg = e.getMessage();
        assertFalse(msg.contains("\n") || msg.contains("\r"), "one line: " + msg);
        assertEquals(f.toString(), e.source());
        return msg.substring(f.toString().length());
    }

    @Test
    void aCsvSavedWithAByteOrderMarkReadsLikeOneWithout() throws Exception {
        String csv = HEADER + "2020,so_worked_with_ratio,Rust,,0.1158,SO 2020\n";
        Path plain = write("plain.csv", csv);
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, withBom(csv));
        List<Observation> a = ObservationsCsv.read(plain);
        List<Observation> b = ObservationsCsv.read(bom);
        assertEquals(1, b.size());
        assertEquals(a, b);
        assertEquals(0.1158, b.get(0).value(), 0);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        Path f = write("q.csv", HEADER
                + "2020,so_worked_with_ratio,Rust,,0.1158,\"Stack Overflow survey 2020, \"\"worked with\"\", all respondents\"\n"
                + "\"2021\",\"talent_ratio\",\"C++\",\"systems\",\"0.25\",\"a source\nover two lines\"\n"
                + "2022,talent_ratio,Go,,1e-1,plain\n");
        List<Observation> rows = ObservationsCsv.read(f);
        assertEquals(3, rows.size());
        assertEquals("Stack Overflow survey 2020, \"worked with\", all respondents", rows.get(0).source());
        assertEquals(new Observation(2021, "talent_ratio", "C++", "systems", 0.25, "a source\nover two lines", 3),
                rows.get(1));
        assertEquals(5, rows.get(2).line(), "a record after a two-line field starts on line 5");
        assertEquals(0.1, rows.get(2).value(), 0);
    }

    @Test
    void crlfLineEndsReadLikeLf() throws Exception {
        String lf = "# observed\n" + HEADER + "2020,m,Rust,,0.1,\"a, b\"\n\n2021,m,Rust,,0.2,c\n";
        List<Observation> a = ObservationsCsv.read(write("lf.csv", lf));
        List<Observation> b = ObservationsCsv.read(write("crlf.csv", lf.replace("\n", "\r\n")));
        Path bomCrlf = dir.resolve("bom-crlf.csv");
        Files.write(bomCrlf, withBom(lf.replace("\n", "\r\n")));
        List<Observation> c = ObservationsCsv.read(bomCrlf);
        assertEquals(2, a.size());
        assertEquals(a, b);
        assertEquals(a, c);
        assertEquals("a, b", b.get(0).source());
        assertEquals(List.of(3, 5), b.stream().map(Observation::line).toList());
        // and a CRLF file's errors point at the same line and column as the LF file's
        String bad = HEADER + "2020,m,Rust,,x,s\n";
        assertEquals(error(bad), error(bad.replace("\n", "\r\n")));
    }

    @Test
    void commentAndBlankLinesAreSkippedAndRowsKeepTheirFileLines() throws Exception {
        Path f = write("c.csv", "# language usage, hand-collected\n"
                + "# columns: year, metric, language, layer, value, source \"quoted\n"
                + "\n"
                + HEADER
                + "# 2019 withdrawn\n"
                + "2020,m,Rust,,0.1,s1\n"
                + "   \n"
                + "#2021,m,Rust,,oops,s2\n"
                + "2022,m,Rust,,0.3,#not a comment\n");
        List<Observation> rows = ObservationsCsv.read(f);
        assertEquals(2, rows.size());
        assertEquals(6, rows.get(0).line());
        assertEquals(9, rows.get(1).line());
        assertEquals("#not a comment", rows.get(1).source());
    }

    @Test
    void badRowsGiveOneLineErrorsNamingFileLineAndColumn() throws Exception {
        assertEquals(":4:24: value: not a number: 'lots'",
                error("# c\n" + HEADER + "2020,m,Rust,,0.1,s\n2021,\"m, quoted\",Rust,,lots,s\n"));
        assertEquals(":2:1: year: not a year: 'twenty'", error(HEADER + "twenty,m,Rust,,0.1,s\n"));
        assertEquals(":2:14: value: must be finite", error(HEADER + "2020,m,Rust,,NaN,s\n"));
        assertEquals(":2:6: metric: missing metric", error(HEADER + "2020, ,Rust,,0.1,s\n"));
        assertEquals(":2:8: language: missing language", error(HEADER + "2020,m,,,0.1,s\n"));
        assertEquals(":2:18: source: every row must cite its source", error(HEADER + "2020,m,Rust,,0.1,\n"));
        assertEquals(":2:17: expected 6 fields (year,metric,language,layer,value,source), got 5",
                error(HEADER + "2020,m,Rust,,0.1\n"));
        assertEquals(":2:20: expected 6 fields (year,metric,language,layer,value,source), got 7",
                error(HEADER + "2020,m,Rust,,0.1,s,extra\n"));
        assertEquals(":2:1: header must be year,metric,language,layer,value,source",
                error("# c\nyear,metric,language,value,source\n"));
        assertEquals(": empty observations file (header year,metric,language,layer,value,source)",
                error("# only a comment\n\n"));
        String unterminated = error("# c\n" + HEADER + "2020,m,Rust,,0.1,\"never closed\n2021,m,Rust,,0.2,s\n");
        assertEquals(":3:1: unterminated quote", unterminated, "the line where the quote opens");
        String afterQuote = error(HEADER + "2020,m,Rust,,0.1,\"quoted\" trailing\n");
        assertEquals(":2:1: text after a closing quote (a quote inside a quoted field is written \"\")", afterQuote);
    }

    @Test
    void theShippedObservationsRead() {
        List<Observation> rows = ObservationsCsv.read(Path.of("scenarios/data/language-usage.csv"));
        assertFalse(rows.isEmpty());
    }
}
