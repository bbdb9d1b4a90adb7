package langsim.model;

import java.util.Arrays;

/**
 * Where firms' language choices meet the talent pool. Jobs are the developer-years firms put into each
 * language (smoothed over about a year); the talent pool is the people proficient in it. The hiring-cost
 * index moves toward (job share / talent share)^elasticity: above 1 a language is scarce and dear, and
 * its log is the wage premium individuals see when they decide what to learn.
 */
final class LabourMarket {
    private final double[] index;
    private final double[] logIndex;
    private final double[] jobs;          // smoothed developer-years per year
    private final double[] jobsThisTick;
    private final double[] talent;        // real people proficient, counted each tick
    private boolean primed;

    LabourMarket(int languages) {
        index = new double[languages];
        logIndex = new double[languages];
        jobs = new double[languages];
        jobsThisTick = new double[languages];
        talent = new double[languages];
        Arrays.fill(index, 1.0);
    }

    double index(int language) {
        return index[language];
    }

    double logIndex(int language) {
        return logIndex[language];
    }

    void addJobs(int language, double developerYears) {
        jobsThisTick[language] += developerYears;
    }

    void setTalent(int language, double people) {
        talent[language] = people;
    }

    /** Updates the index from this tick's jobs and the current talent pool. */
    void clear(Params p) {
        var market = p.scenario.labourMarket();
        double smoothing = Math.min(1, p.dt); // exponential smoothing over about one year
        double jobTotal = 0;
        double talentTotal = 0;
        for (int k = 0; k < p.languages; k++) {
            double rate = jobsThisTick[k] / p.dt;
            jobs[k] = primed ? jobs[k] + smoothing * (rate - jobs[k]) : rate;
            jobsThisTick[k] = 0;
            jobTotal += jobs[k];
            talentTotal += talent[k];
        }
        primed = true;
        if (jobTotal <= 0 || talentTotal <= 0) return;
        double step = Math.min(1, market.adjustRate() * p.dt);
        for (int k = 0; k < p.languages; k++) {
            double jobShare = jobs[k] / jobTotal;
            double talentShare = talent[k] / talentTotal;
            double target = talentShare > 0
                    ? Math.pow(jobShare / talentShare, market.elasticity())
                    : (jobShare > 0 ? market.maxIndex() : 1.0);
            target = Math.max(market.minIndex(), Math.min(market.maxIndex(), target));
            index[k] += step * (target - index[k]);
            logIndex[k] = Math.log(index[k]);
        }
    }
}
