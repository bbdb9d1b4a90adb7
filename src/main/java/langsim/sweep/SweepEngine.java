package langsim.sweep;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Executes runs of a sweep somewhere: a thread pool in this JVM ({@link ThreadEngine}, the default) or a cluster
 * ({@code langsim.spark.SparkEngine}). An engine only computes runs; the caller journals them and writes the
 * outputs, and since run {@code i} is a pure function of (sweep, i) the engine cannot change the results.
 */
public interface SweepEngine extends AutoCloseable {
    /**
     * Runs each index in {@code runs} and hands its result to {@code sink}, once per run. {@code sink} is
     * thread-safe and may be called from any thread. The engine stops starting new runs once {@code stop} returns
     * true (runs in flight still finish).
     */
    void execute(Sweep sweep, int[] runs, Sink sink, BooleanSupplier stop);

    /** Where finished runs go (the journal, then the results in memory and the progress bar). */
    interface Sink {
        void accept(RunResult run);

        /** A batch of finished runs at once (journaled with a single write). */
        void acceptAll(List<RunResult> runs);
    }

    /** For the console, e.g. "2 threads" or "Spark local[*] (2 cores)". */
    String describe();

    @Override
    default void close() {
    }
}
