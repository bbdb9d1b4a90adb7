package langsim.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import langsim.config.ConfigException;

/**
 * Shard {@code index} of {@code count}: the runs {@code i} with {@code i % count == index}. Round-robin keeps the
 * shards balanced (their sizes differ by at most one run) and mixes design points of different cost into every
 * shard. Shard {@code 0/1} is the whole sweep.
 */
public record Shard(int index, int count) {
    /** The whole sweep. */
    public static final Shard ALL = new Shard(0, 1);

    private static final Pattern SPEC = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");
    private static final Pattern FILE = Pattern.compile("shard-(\\d{1,9})-of-(\\d{1,9})\\.journal");

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw ConfigException.of("--shard", "shard " + index + "/" + count + " does not exist: use I/N with 0 <= I < N"
                    + " (Slurm array task ids 0..N-1)");
        }
    }

    /** Parses {@code I/N}, e.g. {@code 3/16}. */
    public static Shard parse(String text) {
        Matcher m = SPEC.matcher(text);
        if (!m.matches()) throw ConfigException.of("--shard", "expected I/N (e.g. 3/16), got '" + text + "'");
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The shard whose journal has this file name, or null if the name is not a shard journal's. */
    static Shard ofFileName(String name) {
        Matcher m = FILE.matcher(name);
        if (!m.matches()) return null;
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        return n >= 1 && i < n ? new Shard(i, n) : null;
    }

    public boolean whole() {
        return count == 1;
    }

    public boolean contains(long run) {
        return run % count == index;
    }

    /** Number of this shard's runs in a sweep of {@code total} runs. */
    public int size(long total) {
        return Math.toIntExact(total <= index ? 0 : (total - index + count - 1) / count);
    }

    /** This shard's run indices, ascending. */
    public int[] runs(long total) {
        int[] out = new int[size(total)];
        for (int k = 0; k < out.length; k++) out[k] = index + k * count;
        return out;
    }

    /** The shard's journal file name: distinct for every shard, so shards can share a (network) folder. */
    public String fileName() {
        return "shard-" + index + "-of-" + count + ".journal";
    }

    public String label() {
        return index + "/" + count;
    }
}
