package langsim.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import langsim.config.ConfigException;

/**
 * Shards of a sweep (issue #6): each shard {@code I/N} journals its runs into {@code DIR/shards/shard-I-of-N.journal}
 * (one file per shard, so shards on different machines never write the same file), and {@link #collect} gathers
 * the journals into the sweep's full set of runs, checking that every run is there exactly once.
 */
public final class SweepMerge {
    /** Sub-folder of the results folder holding the shard journals; kept in the folder by the merge. */
    public static final String SHARDS = "shards";

    private SweepMerge() {
    }

    /** Where shard {@code shard} of a sweep with results folder {@code out} journals its runs. */
    public static Path journal(Path out, Shard shard) {
        return out.toAbsolutePath().normalize().resolve(SHARDS).resolve(shard.fileName());
    }

    /**
     * Every run of the sweep, by index, from the shard journals under {@code out}. Throws a one-line
     * {@link ConfigException} naming the shards to (re)run if any run is missing, and one naming the file if a run
     * is in the wrong shard's journal, twice, or a journal belongs to another sweep or another split.
     */
    public static RunResult[] collect(Sweep sweep, Path out) {
        Path dir = out.toAbsolutePath().normalize().resolve(SHARDS);
        Map<Shard, Path> files = new TreeMap<>((a, b) -> a.count() != b.count() ? Integer.compare(a.count(), b.count())
                : Integer.compare(a.index(), b.index()));
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Shard sh = Shard.ofFileName(p.getFileName().toString());
                    if (sh != null && Files.isRegularFile(p)) files.put(sh, p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        if (files.isEmpty()) {
            throw ConfigException.of(dir.toString(), "no shard journals (shard-I-of-N.journal) here: run the shards"
                    + " first with --shard I/N --out " + out);
        }
        TreeSet<Integer> splits = new TreeSet<>();
        for (Shard sh : files.keySet()) splits.add(sh.count());
        if (splits.size() > 1) {
            throw ConfigException.of(dir.toString(), "shard journals of different splits (N = " + joined(splits)
                    + ") in one folder; keep only one split's shard-I-of-N.journal files");
        }
        int n = splits.first();
        int total = Math.toIntExact(sweep.runs());
        RunResult[] results = new RunResult[total];
        Map<Integer, Integer> found = new TreeMap<>();
        Map<Integer, Journal.Damage> damaged = new TreeMap<>();
        for (Map.Entry<Shard, Path> e : files.entrySet()) {
            Shard sh = e.getKey();
            String name = e.getValue().getFileName().toString();
            int count = 0;
            Journal.Contents contents = Journal.read(e.getValue(), sweep);
            contents.damage().ifPresent(d -> damaged.put(sh.index(), d));
            for (RunResult r : contents.runs()) {
                if (!sh.contains(r.run())) {
                    throw ConfigException.of(e.getValue().toString(), "run " + r.run() + " belongs to shard "
                            + new Shard((int) (r.run() % n), n).label() + ", not " + sh.label() + " (was the file renamed?)");
                }
                if (results[r.run()] != null) {
                    throw ConfigException.of(e.getValue().toString(), "run " + r.run() + " appears twice in " + name
                            + "; rerun shard " + sh.label() + " without --resume");
                }
                results[r.run()] = r;
                count++;
            }
            found.put(sh.index(), count);
        }
        int missing = 0;
        for (RunResult r : results) if (r == null) missing++;
        if (missing > 0) {
            List<String> gaps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Shard sh = new Shard(i, n);
                int want = sh.size(total);
                Integer got = found.get(i);
                if (got == null) gaps.add(sh.label() + " (no journal)");
                else if (got < want) {
                    gaps.add(sh.label() + " (" + got + " of " + want + " runs" + damage(damaged.get(i)) + ")");
                }
            }
            String list = gaps.size() <= 12 ? String.join(", ", gaps)
                    : String.join(", ", gaps.subList(0, 12)) + " and " + (gaps.size() - 12) + " more";
            throw ConfigException.of(dir.toString(), missing + " of " + total + " runs missing; incomplete shards: " + list
                    + "; run them with --shard I/" + n + " --resume --out " + out + ", then merge again");
        }
        return results;
    }

    /** Why a shard may lack runs: its journal's damage, if any. */
    private static String damage(Journal.Damage d) {
        return d == null ? "" : "; its journal is damaged at byte " + d.offset();
    }

    private static String joined(TreeSet<Integer> values) {
        StringBuilder sb = new StringBuilder();
        for (int v : values) sb.append(sb.length() == 0 ? "" : ", ").append(v);
        return sb.toString();
    }
}
