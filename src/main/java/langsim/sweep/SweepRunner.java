package langsim.sweep;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs the missing runs of a sweep (or of one shard of it) on an engine, journaling each as it finishes. Results are
 * stored by run index, so nothing downstream depends on the engine, thread count or completion order.
 */
public final class SweepRunner {
    private SweepRunner() {
    }

    /**
     * The runs of a sweep (null where missing or outside the shard), with timing figures.
     *
     * @param expected the number of runs of the shard (all runs for a whole sweep)
     */
    public record Outcome(RunResult[] results, int expected, int ran, int resumed, double seconds, long journalNanos) {
        public boolean complete() {
            int n = 0;
            for (RunResult r : results) if (r != null) n++;
            return n == expected;
        }
    }

    /**
     * @param shard     the runs to do ({@link Shard#ALL} for the whole sweep)
     * @param stopAfter stop (as if killed) once this many new runs are journaled; negative for no limit. Runs
     *                  already in flight still finish and are journaled, as after a Ctrl-C.
     * @param progress  told the number of finished runs of the shard (resumed included) after each run
     * @param damaged   told, before any run starts, where a resumed journal is damaged (if it is)
     */
    public static Outcome run(Sweep sweep, Path journalPath, Shard shard, SweepEngine engine, boolean resume,
                              int stopAfter, IntFunction<Progress> progress, Consumer<Journal.Damage> damaged) {
        int total = Math.toIntExact(sweep.runs());
        RunResult[] results = new RunResult[total];
        long t0 = System.nanoTime();
        try (Journal journal = Journal.open(journalPath, sweep, resume)) {
            journal.damage().ifPresent(damaged);
            int resumed = 0;
            for (RunResult r : journal.existing().values()) {
                if (!shard.contains(r.run())) continue;
                results[r.run()] = r;
                resumed++;
            }
            int[] mine = shard.runs(total);
            int missingCount = 0;
            for (int run : mine) if (results[run] == null) missingCount++;
            int[] missing = new int[missingCount];
            int k = 0;
            for (int run : mine) if (results[run] == null) missing[k++] = run;
            Progress bar = progress.apply(resumed);
            AtomicInteger done = new AtomicInteger(resumed);
            AtomicInteger fresh = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean(stopAfter == 0);
            engine.execute(sweep, missing, new SweepEngine.Sink() {
                @Override
                public void accept(RunResult r) {
                    journal.append(r);
                    finished(r);
                }

                @Override
                public void acceptAll(java.util.List<RunResult> rs) {
                    journal.appendAll(rs);
                    for (RunResult r : rs) finished(r);
                }

                private void finished(RunResult r) {
                    results[r.run()] = r;
                    if (stopAfter > 0 && fresh.incrementAndGet() >= stopAfter) stop.set(true);
                    bar.update(done.incrementAndGet());
                }
            }, stop::get);
            int ran = (int) journal.appended();
            return new Outcome(results, mine.length, ran, resumed, (System.nanoTime() - t0) / 1e9, journal.appendNanos());
        }
    }
}
