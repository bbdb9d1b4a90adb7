package langsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shipped public series agree with each other: a ratio row must equal the quotient of the counts, shares or
 * population estimates it was derived from (as far as their published rounding allows), so a typo in either shows.
 */
class ShippedDataTest {
    private static final Path DATA = Path.of("scenarios/data");

    private static List<Observation> all() throws IOException {
        List<Observation> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) rows.addAll(ObservationsCsv.read(f));
        }
        return rows;
    }

    private static Map<String, Double> byKey(List<Observation> rows, String metric) {
        Map<String, Double> m = new HashMap<>();
        for (Observation o : rows) if (o.metric().equals(metric)) m.put(o.year() + "/" + o.language(), o.value());
        return m;
    }

    @Test
    void everyDataFileReadsAndNoFigureIsGivenTwice() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            List<Path> csv = files.filter(p -> p.toString().endsWith(".csv")).toList();
            assertTrue(csv.size() >= 2, "language-usage.csv and reference-series.csv");
            for (Path f : csv) assertFalse(ObservationsCsv.read(f).isEmpty(), f.toString());
        }
        Set<String> seen = new HashSet<>();
        for (Observation o : all()) {
            // one value per year, metric, language and layer, or lookups by year would be ambiguous
            String key = o.year() + "/" + o.metric() + "/" + o.language() + "/" + o.layer();
            assertTrue(seen.add(key), "duplicate row " + key);
        }
    }

    @Test
    void surveyRatiosEqualTheQuotientOfTheRecountedRespondents() throws IOException {
        List<Observation> rows = all();
        Map<String, Double> counts = byKey(rows, "so_worked_with_count");
        int checked = 0;
        for (Observation o : rows) {
            if (!o.metric().equals("so_worked_with_ratio")) continue;
            Double lang = counts.get(o.year() + "/" + o.language());
            Double python = counts.get(o.year() + "/Python");
            if (lang == null || python == null) continue;
            // 2021-2022 ratios come from percentages rounded to 0.01 points: allow that rounding
            assertEquals(lang / python, o.value(), 3e-4, o.year() + " " + o.language());
            checked++;
        }
        assertEquals(12, checked, "2017-2022, Rust and C++");
    }

    @Test
    void surveyRatiosEqualTheQuotientOfThePublishedShares() throws IOException {
        List<Observation> rows = all();
        Map<String, Double> shares = byKey(rows, "so_worked_with_share");
        int checked = 0;
        for (Observation o : rows) {
            if (!o.metric().equals("so_worked_with_ratio")) continue;
            Double lang = shares.get(o.year() + "/" + o.language());
            Double python = shares.get(o.year() + "/Python");
            if (lang == null || python == null) continue;
            assertEquals(lang / python, o.value(), 1e-4, o.year() + " " + o.language());
            checked++;
        }
        assertTrue(checked >= 7, "2021, 2022, 2025 and Rust 2024; got " + checked);
    }

    @Test
    void populationRatiosEqualTheQuotientOfThePopulations() throws IOException {
        List<Observation> rows = all();
        Map<String, Double> millions = byKey(rows, "slashdata_developers_millions");
        int checked = 0;
        for (Observation o : rows) {
            if (!o.metric().equals("slashdata_population_ratio")) continue;
            double expected = millions.get(o.year() + "/" + o.language()) / millions.get(o.year() + "/Python");
            assertEquals(expected, o.value(), 1e-4, o.year() + " " + o.language());
            checked++;
        }
        assertEquals(3, checked);
    }

    @Test
    void sharesArePercentsAndCountsAreWholeRespondents() throws IOException {
        for (Observation o : all()) {
            if (o.metric().startsWith("so_worked_with_share")) assertTrue(o.value() > 0 && o.value() <= 100, o.toString());
            if (o.metric().equals("so_worked_with_count")) assertEquals(Math.rint(o.value()), o.value(), o.toString());
        }
    }
}
