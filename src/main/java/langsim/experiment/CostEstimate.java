package langsim.experiment;

import java.util.Locale;

/**
 * What a run, sweep or calibration is expected to cost before it starts: peak heap, agent-steps (one agent
 * considered for one tick) and wall time with {@code parallel} runs at a time. Upper bounds (see {@link CostGuard}).
 */
public record CostEstimate(double peakHeapBytes, double agentSteps, double wallSeconds, int parallel) {

    /** For example {@code 1.3 GB of heap, 5.1e+11 agent-steps, about 14.3 h with 2 runs at a time}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s of heap, %.2g agent-steps, about %s with %d run%s at a time",
                bytes(peakHeapBytes), agentSteps, duration(wallSeconds), parallel, parallel == 1 ? "" : "s");
    }

    static String bytes(double b) {
        return b >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", b / 1e9) : String.format(Locale.ROOT, "%.0f MB", b / 1e6);
    }

    static String duration(double s) {
        if (s >= 3600) return String.format(Locale.ROOT, "%.1f h", s / 3600);
        if (s >= 60) return String.format(Locale.ROOT, "%.0f min", s / 60);
        return String.format(Locale.ROOT, "%.0f s", Math.ceil(s));
    }
}
