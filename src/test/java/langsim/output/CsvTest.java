package langsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void formulaTriggersAreQuotedBehindASingleQuote() throws IOException {
        assertEquals("\"'=1+2\"", Csv.escape("=1+2"));
        assertEquals("\"'@x\"", Csv.escape("@x"));
        assertEquals("\"'-x\"", Csv.escape("-x"));
        assertEquals("\"'+x\"", Csv.escape("+x"));
        assertEquals("\"'\tx\"", Csv.escape("\tx"));
        assertEquals("\"'\rx\"", Csv.escape("\rx"));
        assertEquals("\"'=cmd|' /C calc'!A0\"", Csv.escape("=cmd|' /C calc'!A0"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Csv.escape("=HYPERLINK(\"http://x\",\"y\")"));
        // a CSV reader sees one text cell that starts with the quote
        String line = Csv.escape("=SUM(A1,A2)") + "," + Csv.escape("Rust") + "\n";
        try (CSVParser p = CSVParser.parse(new StringReader(line), CSVFormat.RFC4180)) {
            assertEquals(List.of("'=SUM(A1,A2)", "Rust"), p.getRecords().get(0).toList());
        }
    }

    @Test
    void ordinaryTextIsUnchangedOrOnlyQuoted() {
        for (String s : List.of("Rust", "C++", "C#", "research", "languages.Rust.learning_years", "Stack Overflow 2023",
                "application_share_mean", "", "a=b", "x-y")) {
            assertEquals(s, Csv.escape(s));
        }
        assertEquals("\"a,b\"", Csv.escape("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.escape("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.escape("two\nlines"));
    }
}
