package langsim.sweep;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr (sweep runs, run replications): a bar with items done, rate and ETA. On a terminal the line is
 * redrawn in place (at most 5 times a second); otherwise a plain line (no carriage return) is printed at every 10 %
 * so logs stay short.
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final int already;
    private final String unit;
    private final long t0 = System.nanoTime();
    private long lastDraw;
    private int lastDecile = -1;

    public Progress(PrintWriter err, boolean terminal, int total, int already) {
        this(err, terminal, total, already, "runs");
    }

    /** @param unit what is counted, plural ("runs", "replications") */
    public Progress(PrintWriter err, boolean terminal, int total, int already, String unit) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.already = already;
        this.unit = unit;
    }

    /** Silent progress. */
    public static Progress none() {
        return new Progress(null, false, 0, 0);
    }

    public synchronized void update(int done) {
        if (err == null) return;
        long now = System.nanoTime();
        int decile = total == 0 ? 10 : (int) (10L * done / total);
        boolean finished = done >= total;
        if (terminal ? (now - lastDraw < 200_000_000L && !finished) : (decile == lastDecile && !finished)) return;
        lastDraw = now;
        lastDecile = decile;
        double secs = (now - t0) / 1e9;
        int fresh = done - already;
        double rate = secs > 0 ? fresh / secs : 0;
        String eta = rate > 0 ? clock((total - done) / rate) : "--:--";
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d %s %3d%%  %.1f %s/s  ETA %s",
                "#".repeat(filled), ".".repeat(width - filled), done, total, unit, total == 0 ? 100 : 100L * done / total, rate, unit, eta);
        if (terminal) {
            err.print("\r" + line + (finished ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
