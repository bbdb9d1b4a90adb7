package langsim.experiment;

import langsim.config.ConfigException;

/**
 * Estimates what a run, sweep or calibration will cost before anything starts, and refuses what cannot fit in the
 * JVM's heap or, without {@code --allow-large}, would take longer than {@link #TIME_LIMIT_SECONDS}.
 *
 * <p>Peak heap: the runs in progress at once, each at its set-up peak (the model's state and the transient edge
 * list the peer graph is sorted from), plus what is kept to the end: every replication's record for {@code run} (the
 * results, then the report re-reads all of timeseries.csv), the current evaluation's records for {@code calibrate}, and one small
 * result per run for {@code sweep}. Time: agent-steps at a conservative single-thread rate, divided among the
 * runs in progress at once (at most one per core).
 *
 * <p>The constants come from measurements on a 2-core machine shared with other work (JDK 17, G1, default heap):
 * <ul>
 * <li>{@code java -jar target/langsim.jar bench} and {@code bench S.yaml --sizes 1000000} with
 *     {@code network.mean_degree} 2, 8 and 16: set-up peak heap at 1,000,000 people (and 20,000 firms) 378, 548 and
 *     912 MB, i.e. about 300 B per person plus 38 B per person per unit of degree; used here: 360 B + 8 B per
 *     language + 48 B per unit of degree (792 B at the baseline's degree 8 and 3 languages, 1.4 times the measure).
 *     Those peaks came from building the network as a MASON {@code Network} first; generated straight into arrays,
 *     set-up now allocates about 100 B per person at degree 8 (bench's {@code setup B/p}), so the figure used is
 *     several times generous;
 * <li>the same {@code bench}: 8.8e6 to 1.9e7 agent-steps/s on one thread for 10,000 to 1,000,000 people; used
 *     here: 5e6 (set-up time, not in bench's figure, and slower shared cores fit in the margin);
 * <li>{@code run scenarios/baseline.yaml} with 10 researchers, 10 engineers, 1 firm, mean degree 2 and
 *     {@code --replications 5000}: completes with -Xmx1280m, runs out of heap with -Xmx1g (in the report's reading
 *     of timeseries.csv), so at most 268 KB per replication of 21 years x 5 layers x 3 languages = 850 B per cell;
 *     used here: 1 KB per cell;
 * <li>the whole baseline (20,400 people, 10 replications, 2 threads) completes with -Xmx32m: used here as the fixed
 *     part (JVM, charts, report).
 * </ul>
 * A sweep keeps one {@code RunResult} per run (a few numbers: about 100 B); 1 KB per run is allowed for it and the
 * analysis' copies.
 */
public final class CostGuard {
    /** Over this estimated wall time a run, sweep or calibration needs {@code --allow-large}. */
    public static final double TIME_LIMIT_SECONDS = 3600;

    static final double AGENT_STEPS_PER_SECOND = 5e6;
    static final double FIXED_BYTES = 32e6;
    static final double BYTES_PER_PERSON = 360;
    static final double BYTES_PER_PERSON_PER_LANGUAGE = 8;
    static final double BYTES_PER_PERSON_PER_DEGREE = 48;
    /** Twice a firm's arrays: size and five weights, layer mix and language per layer, codebase, team. */
    static final double BYTES_PER_FIRM_SLOT = 16;
    static final double BYTES_PER_RECORD_CELL = 1024;
    static final double BYTES_PER_SWEEP_RUN = 1024;

    private CostGuard() {
    }

    /** {@code run}: the scenario's replications, all records kept to the end. */
    public static CostEstimate replications(RunSize size, int replications, int threads, int cores) {
        return estimate(size, replications, Math.min(threads, replications), replications * recordBytes(size), cores);
    }

    /** {@code sweep}: {@code runs} runs, none larger than {@code largest}, one small result kept per run. */
    public static CostEstimate sweep(RunSize largest, long runs, int threads, int cores) {
        return estimate(largest, runs, (int) Math.min(threads, runs), runs * BYTES_PER_SWEEP_RUN, cores);
    }

    /**
     * {@code calibrate}: {@code evaluations} evaluations of {@code replications} runs and two final simulations of
     * {@code finalReplications}; only one evaluation's records are kept at a time.
     */
    public static CostEstimate calibration(RunSize largest, int evaluations, int replications, int finalReplications,
                                           int threads, int cores) {
        int kept = Math.max(replications, finalReplications);
        long runs = (long) evaluations * replications + 2L * finalReplications;
        return estimate(largest, runs, Math.min(threads, kept), kept * recordBytes(largest), cores);
    }

    /**
     * Refuses (a one-line {@link ConfigException} naming {@code source}) an estimate over {@code maxHeapBytes}, and one
     * over the time limit unless {@code allowLarge}.
     */
    public static void check(String source, CostEstimate e, long maxHeapBytes, boolean allowLarge) {
        if (e.peakHeapBytes() > maxHeapBytes) {
            long gib = (long) Math.ceil(e.peakHeapBytes() / (1L << 30)) + 1;
            throw ConfigException.of(source, "too large for this JVM: estimated " + e.describe() + ", but the heap is at most "
                    + CostEstimate.bytes(maxHeapBytes) + "; use fewer agents, replications or runs, fewer --threads, or a"
                    + " larger heap (java -Xmx" + gib + "g -jar ...)");
        }
        if (!allowLarge && e.wallSeconds() > TIME_LIMIT_SECONDS) {
            throw ConfigException.of(source, "estimated " + e.describe() + ", over the limit of "
                    + Math.round(TIME_LIMIT_SECONDS / 3600) + " h; add --allow-large to run it anyway, or use fewer"
                    + " agents, years, replications or runs");
        }
    }

    private static CostEstimate estimate(RunSize size, long runs, int parallel, double keptBytes, int cores) {
        double setup = size.individuals() * (BYTES_PER_PERSON + BYTES_PER_PERSON_PER_LANGUAGE * size.languages()
                + BYTES_PER_PERSON_PER_DEGREE * size.meanDegree())
                + size.firms() * BYTES_PER_FIRM_SLOT * (6 + size.layers() * (size.languages() + 1.0) + size.languages());
        double heap = FIXED_BYTES + parallel * setup + keptBytes;
        double steps = size.agentSteps() * runs;
        double wall = steps / (AGENT_STEPS_PER_SECOND * Math.max(1, Math.min(parallel, cores)));
        return new CostEstimate(heap, steps, wall, parallel);
    }

    private static double recordBytes(RunSize size) {
        return size.recordCells() * BYTES_PER_RECORD_CELL;
    }
}
