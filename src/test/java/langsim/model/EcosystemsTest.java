package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * Ecosystem stocks and the utility term agents see, against closed forms. Releases are off (per_year 0) so that
 * stocks move only by work, decay and boosts; spill-over and interop are off unless a test is about them.
 */
class EcosystemsTest {
    private static final int RESEARCH = 0;
    private static final int SERVING = 2;
    private static final int FOUNDATION = 3;
    private static final int EDGE = 4;
    private static final int PYTHON = 0;
    private static final int RUST = 1;
    private static final int CPP = 2;

    private static Params params(String... overrides) {
        String[] all = Stream.concat(Stream.of("algorithms.per_year=0", "ecosystem.cross_layer_spillover=0",
                "interop.quality.Python.Rust=0", "interop.quality.Python.C++=0"), Stream.of(overrides)).toArray(String[]::new);
        Params p = new Params(TestScenarios.small(all));
        assertEquals(java.util.List.of("Python", "Rust", "C++"), p.scenario.languageNames());
        assertEquals(java.util.List.of("research", "application", "serving", "foundation", "edge"), p.scenario.layerNames());
        return p;
    }

    private static void tick(Params p, Ecosystems e) {
        e.grow(p, new RandomAdapter(new MersenneTwisterFast(1)));
    }

    @Test
    void aYearOfWorkAndDecayMatchesTheClosedForm() {
        Params p = params("ecosystem.growth_per_developer_year=0.05", "ecosystem.decay_rate=0.05");
        Ecosystems e = new Ecosystems(p);
        double rust0 = e.stock(FOUNDATION, RUST);
        double cpp0 = e.stock(FOUNDATION, CPP);
        double work = 400; // developer-years of Rust foundation work per tick; none in C++
        for (int t = 0; t < 12; t++) {
            e.addWork(FOUNDATION, RUST, work);
            tick(p, e);
        }
        double keep = 1 - 0.05 / 12;
        double keptYear = Math.pow(keep, 12);
        assertEquals(rust0 * keptYear + 0.05 * work * (1 - keptYear) / (1 - keep), e.stock(FOUNDATION, RUST), 1e-6);
        assertEquals(cpp0 * keptYear, e.stock(FOUNDATION, CPP), 1e-6);
        assertEquals(cpp0 * Math.exp(-0.05), e.stock(FOUNDATION, CPP), cpp0 * 0.05 * 0.05 / 12, "about e^-decay a year");
    }

    @Test
    void aBoostAddsItsShareOfTheLayersWholeEcosystem() {
        Params p = params();
        Ecosystems e = new Ecosystems(p);
        double total = 0;
        for (int k = 0; k < p.languages; k++) total += e.stock(RESEARCH, k);
        double before = e.stock(RESEARCH, RUST);
        e.boost(RESEARCH, RUST, 0.2);
        assertEquals(before + 0.2 * total, e.stock(RESEARCH, RUST), 1e-9);
        assertEquals(225_000 + 1000 + 17_500, total, 1e-9, "the baseline's research ecosystem");
    }

    @Test
    void logRatioTermIsTheLogOfTheRatioToTheLargest() {
        Params p = params();
        Ecosystems e = new Ecosystems(p);
        for (int l = 0; l < p.layers; l++) {
            double max = 0;
            for (int k = 0; k < p.languages; k++) max = Math.max(max, e.stock(l, k));
            boolean best = false;
            for (int k = 0; k < p.languages; k++) {
                assertEquals(Math.log((e.stock(l, k) + 1) / (max + 1)), e.term(l, k), 1e-12);
                assertTrue(e.term(l, k) <= 0);
                best |= e.term(l, k) == 0;
            }
            assertTrue(best, "the largest ecosystem of layer " + l + " has term 0");
        }
    }

    @Test
    void spilloverCountsTheLanguagesOtherLayers() {
        Params p = params("ecosystem.cross_layer_spillover=0.1");
        Ecosystems e = new Ecosystems(p);
        double[] eff = new double[p.languages];
        for (int k = 0; k < p.languages; k++) {
            double elsewhere = 0;
            for (int l = 0; l < p.layers; l++) if (l != EDGE) elsewhere += e.stock(l, k);
            eff[k] = e.stock(EDGE, k) + 0.1 * elsewhere;
        }
        double max = Math.max(eff[0], Math.max(eff[1], eff[2]));
        for (int k = 0; k < p.languages; k++) assertEquals(Math.log((eff[k] + 1) / (max + 1)), e.term(EDGE, k), 1e-12);
    }

    @Test
    void coverageTermIsBoundedAndZeroForTheBest() {
        Params p = params("ecosystem.utility=coverage", "ecosystem.half_saturation=0.05");
        Ecosystems e = new Ecosystems(p);
        for (int l = 0; l < p.layers; l++) {
            double total = 0;
            for (int k = 0; k < p.languages; k++) total += e.stock(l, k);
            double k50 = 0.05 * total;
            double best = 0;
            for (int k = 0; k < p.languages; k++) best = Math.max(best, e.stock(l, k) / (e.stock(l, k) + k50));
            for (int k = 0; k < p.languages; k++) {
                double term = e.term(l, k);
                assertEquals(e.stock(l, k) / (e.stock(l, k) + k50) - best, term, 1e-12);
                assertTrue(term > -1 && term <= 0, "coverage term in (-1, 0]: " + term);
            }
        }
        // an empty ecosystem against a huge one: close to, but above, -1
        Params extreme = params("ecosystem.utility=coverage", "ecosystem.half_saturation=0.000001",
                "layers.edge.initial_ecosystem={Python: 0, Rust: 0, C++: 1000000000}");
        double empty = new Ecosystems(extreme).term(EDGE, PYTHON);
        assertTrue(empty > -1 && empty < -0.99, "empty against a saturated ecosystem: " + empty);
    }

    @Test
    void moreStockNeverLowersTheTerm() {
        for (String form : new String[] {"log_ratio", "coverage"}) {
            Params p = params("ecosystem.utility=" + form, "ecosystem.cross_layer_spillover=0.1");
            Ecosystems e = new Ecosystems(p);
            double previous = e.term(SERVING, RUST);
            for (int step = 0; step < 30; step++) {
                e.boost(SERVING, RUST, 0.05);
                e.refreshTerms(p);
                double term = e.term(SERVING, RUST);
                assertTrue(term >= previous, form + ": term fell from " + previous + " to " + term);
                previous = term;
            }
            assertEquals(0, previous, 1e-12, form + ": Rust ends up the largest serving ecosystem");
        }
    }

    @Test
    void anInteropHostGainsFromWrappedFoundationCode() {
        String[] wrap = {"interop.from_layers=[serving]", "interop.to_layers=[foundation]"};
        Ecosystems without = new Ecosystems(params(wrap));
        Params p = params(Stream.concat(Stream.of(wrap), Stream.of("interop.quality.Python.Rust=0.8", "interop.quality.Python.C++=0.9"))
                .toArray(String[]::new));
        Ecosystems with = new Ecosystems(p);
        // Python's foundation ecosystem plus the wrappable share of the others' serving code
        double python = with.stock(FOUNDATION, PYTHON) + 0.8 * with.stock(SERVING, RUST) + 0.9 * with.stock(SERVING, CPP);
        double best = with.stock(FOUNDATION, CPP);
        assertTrue(python < best, "C++ stays the largest foundation ecosystem in this set-up");
        assertEquals(Math.log((python + 1) / (best + 1)), with.term(FOUNDATION, PYTHON), 1e-12);
        assertTrue(with.term(FOUNDATION, PYTHON) > without.term(FOUNDATION, PYTHON));
        assertEquals(without.term(FOUNDATION, RUST), with.term(FOUNDATION, RUST), 1e-12, "only the host gains");
        assertEquals(without.term(FOUNDATION, CPP), with.term(FOUNDATION, CPP), 1e-12, "only the host gains");
        assertEquals(without.term(SERVING, PYTHON), with.term(SERVING, PYTHON), 1e-12, "only in the receiving layers");
        double before = with.term(FOUNDATION, PYTHON);
        with.boost(SERVING, RUST, 0.5);
        with.refreshTerms(p);
        assertTrue(with.term(FOUNDATION, PYTHON) > before, "more wrappable Rust code, more for the host");
    }

    @Test
    void interopWorksInAnyDirection() {
        String[] wrap = {"interop.from_layers=[serving]", "interop.to_layers=[foundation]"};
        Ecosystems without = new Ecosystems(params(wrap));
        Params p = params(Stream.concat(Stream.of(wrap), Stream.of("interop.quality.Rust.C++=0.5")).toArray(String[]::new));
        Ecosystems with = new Ecosystems(p);
        double rust = with.stock(FOUNDATION, RUST) + 0.5 * with.stock(SERVING, CPP);
        assertEquals(Math.log((rust + 1) / (with.stock(FOUNDATION, CPP) + 1)), with.term(FOUNDATION, RUST), 1e-12);
        assertTrue(with.term(FOUNDATION, RUST) > without.term(FOUNDATION, RUST), "Rust as a host of C++ code");
        assertEquals(without.term(FOUNDATION, PYTHON), with.term(FOUNDATION, PYTHON), 1e-12);
    }
}
