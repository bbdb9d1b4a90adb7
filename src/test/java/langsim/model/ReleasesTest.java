package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import langsim.scenario.Event;
import langsim.scenario.Events;
import langsim.scenario.Scenario;
import langsim.scenario.ScenarioLoader;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** Releases follow research work per language; a scenario's first_share is exactly the share it claims. */
class ReleasesTest {
    /** Share of release units that went to each language over many ticks, with the given research work per tick. */
    private static double[] releaseShares(Scenario s, double[] researchWork) {
        Params p = new Params(s);
        Ecosystems eco = new Ecosystems(p);
        RandomAdapter random = new RandomAdapter(new MersenneTwisterFast(17));
        int research = s.layerNames().indexOf("research");
        double[] gained = new double[p.languages];
        for (int tick = 0; tick < 4000; tick++) {
            double[] before = new double[p.languages];
            for (int k = 0; k < p.languages; k++) before[k] = eco.stock(research, k);
            for (int k = 0; k < p.languages; k++) eco.addWork(research, k, researchWork[k]);
            eco.grow(p, random);
            double keep = 1 - s.ecosystem().decayRate() * p.dt;
            double growth = s.ecosystem().growthPerDeveloperYear();
            // what the tick added beyond decay and work: the releases
            for (int k = 0; k < p.languages; k++) gained[k] += eco.stock(research, k) - before[k] * keep - growth * researchWork[k];
        }
        double total = 0;
        for (double g : gained) total += g;
        for (int k = 0; k < gained.length; k++) gained[k] /= total;
        return gained;
    }

    private static Scenario noDecay(Scenario s, String... more) {
        List<String> sets = new java.util.ArrayList<>(List.of("ecosystem.decay_rate=0"));
        sets.addAll(List.of(more));
        return ScenarioLoader.override(s, sets);
    }

    @Test
    void releasesGoWhereTheResearchWorkIs() {
        Scenario s = noDecay(ScenarioLoader.defaults());
        int python = s.languageNames().indexOf("Python");
        int rust = s.languageNames().indexOf("Rust");
        double[] work = new double[s.languageNames().size()];
        work[python] = 700;
        work[rust] = 300;
        double[] shares = releaseShares(s, work);
        assertEquals(0.3, shares[rust], 0.02);
        assertEquals(0.7, shares[python], 0.02);

        double[] biased = releaseShares(noDecay(s, "algorithms.release_bias.Rust=3"), work);
        // 3 x 300 against 700
        assertEquals(900.0 / 1600, biased[rust], 0.02);
    }

    @Test
    void rustBreakthroughReleasesAQuarterOfNewModelsRustFirstFrom2030() {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/rust-breakthrough.yaml"), List.of());
        for (Event e : s.events()) {
            if (e.year() <= 2030) s = Events.apply(s, e);
        }
        int python = s.languageNames().indexOf("Python");
        int rust = s.languageNames().indexOf("Rust");
        double[] work = new double[s.languageNames().size()];
        work[python] = 1000;   // all research in Python: every Rust release is a Rust-first one
        double[] shares = releaseShares(noDecay(s), work);
        assertEquals(0.25, shares[rust], 0.02);
        assertTrue(shares[python] > 0.7, "the rest follow the research work");
    }
}
