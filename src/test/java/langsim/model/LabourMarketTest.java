package langsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hiring-cost index: (job share / talent share)^elasticity, clipped, approached at the adjustment rate. */
class LabourMarketTest {
    /** adjust_rate 100 per year moves the index all the way to its target in one monthly tick. */
    private static Params params(String... overrides) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("labour_market.adjust_rate=100",
                "labour_market.min_index=0.25", "labour_market.max_index=10"), java.util.Arrays.stream(overrides))
                .toArray(String[]::new);
        return new Params(TestScenarios.small(all));
    }

    /** The index after one clearing with the given jobs (developer-years this tick) and talent (people). */
    private static LabourMarket cleared(Params p, double[] jobs, double[] talent) {
        LabourMarket market = new LabourMarket(p.languages);
        for (int k = 0; k < p.languages; k++) {
            market.addJobs(k, jobs[k]);
            market.setTalent(k, talent[k]);
        }
        market.clear(p);
        return market;
    }

    @Test
    void balancedMarketsCostNothingExtra() {
        Params p = params();
        LabourMarket market = cleared(p, new double[] {50, 30, 20}, new double[] {5000, 3000, 2000});
        for (int k = 0; k < p.languages; k++) {
            assertEquals(1, market.index(k), 1e-12);
            assertEquals(0, market.logIndex(k), 1e-12);
        }
    }

    @Test
    void indexIsTheShareRatioToTheElasticity() {
        for (double elasticity : new double[] {0.5, 1, 2}) {
            Params p = params("labour_market.elasticity=" + elasticity);
            double[] jobs = {60, 30, 10};
            double[] talent = {7000, 1500, 1500};
            LabourMarket market = cleared(p, jobs, talent);
            for (int k = 0; k < p.languages; k++) {
                double expected = Math.pow((jobs[k] / 100) / (talent[k] / 10_000), elasticity);
                assertEquals(Math.max(0.25, Math.min(10, expected)), market.index(k), 1e-12, "language " + k);
                assertEquals(Math.log(market.index(k)), market.logIndex(k), 1e-12);
            }
            assertTrue(market.index(1) > 1, "more job share than talent share: dearer");
            assertTrue(market.index(0) < 1, "less job share than talent share: cheaper");
        }
    }

    @Test
    void indexIsClippedToItsBounds() {
        Params p = params("labour_market.elasticity=3");
        LabourMarket market = cleared(p, new double[] {1, 98, 1}, new double[] {9_000, 10, 990});
        assertEquals(0.25, market.index(0), 1e-12, "a glut of talent: the lower bound");
        assertEquals(10, market.index(1), 1e-12, "scarce talent: the upper bound");
        LabourMarket none = cleared(p, new double[] {10, 10, 10}, new double[] {100, 0, 100});
        assertEquals(10, none.index(1), 1e-12, "jobs and no talent at all: the upper bound");
    }

    @Test
    void moreJobsInALanguageNeverLowerItsIndex() {
        Params p = params();
        double[] talent = {6000, 1000, 3000};
        double previous = 0;
        for (double rustJobs = 0; rustJobs <= 200; rustJobs += 5) {
            double index = cleared(p, new double[] {60, rustJobs, 30}, talent).index(1);
            assertTrue(index >= previous, "index at " + rustJobs + " jobs: " + index + " below " + previous);
            previous = index;
        }
        assertTrue(previous > 1);
    }

    @Test
    void theIndexMovesTowardItsTargetAtTheAdjustmentRate() {
        Params p = params("labour_market.adjust_rate=1.2");
        double step = 1.2 * p.dt; // share of the gap closed per tick
        double target = (30.0 / 100) / (1500.0 / 10_000);
        LabourMarket market = new LabourMarket(p.languages);
        double expected = 1;
        for (int tick = 0; tick < 24; tick++) {
            market.addJobs(0, 60);
            market.addJobs(1, 30);
            market.addJobs(2, 10);
            market.setTalent(0, 7000);
            market.setTalent(1, 1500);
            market.setTalent(2, 1500);
            market.clear(p);
            expected += step * (target - expected);
            assertEquals(expected, market.index(1), 1e-9, "tick " + tick);
        }
    }

    @Test
    void withoutJobsOrTalentNothingMoves() {
        Params p = params();
        assertEquals(1, cleared(p, new double[3], new double[] {10, 10, 10}).index(1));
        assertEquals(1, cleared(p, new double[] {10, 10, 10}, new double[3]).index(1));
    }
}
