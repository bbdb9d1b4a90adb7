package langsim.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

import langsim.config.ConfigException;
import langsim.config.RecordWriter;
import langsim.experiment.VerdictKind;

/**
 * Append-only journal of finished runs: a header naming the sweep's fingerprint, then one line per finished run,
 * written as soon as the run ends and forced to disk at least once a second. Values are stored bit-exactly (hex of the IEEE bits) and each line
 * ends with a CRC-32, so a line torn by a crash (kill -9, power loss) is recognised and dropped on resume, and a
 * damaged line in the middle is skipped (and reported) without losing the runs after it.
 *
 * <p>Line format (tab separated): {@code run point replication seed verdict outputs crc}, with {@code seed} and each
 * output as 16 hex digits and outputs comma separated. Runs are independent of each other, so the journal of a
 * shard (issue #6) is the same format restricted to its run indices, and journals merge by run index.
 */
public final class Journal implements AutoCloseable {
    static final String MAGIC = "# langsim sweep journal v1";
    private static final String FINGERPRINT = "# fingerprint ";
    private static final byte[] MAGIC_LINE = (MAGIC + "\n").getBytes(StandardCharsets.UTF_8);

    /** Where a journal is damaged: the byte offset of its first unreadable complete line, and how many there are. */
    public record Damage(Path path, long offset, int lines) {
        /** One line for the user: where, how much, what happens to the runs, how to start again. */
        public String message() {
            return "journal " + path + " is damaged at byte " + offset + " (" + lines + " unreadable line"
                    + (lines == 1 ? "" : "s") + " skipped; runs not in the journal are run again);"
                    + " remove it to start again";
        }
    }

    /** The readable runs of a journal in file order, duplicates included, and its damage if any. */
    public record Contents(List<RunResult> runs, Optional<Damage> damage) {
    }

    /** A journal's readable runs and where its last complete line ends. */
    private record Body(Contents contents, long end) {
    }

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final Map<Integer, RunResult> existing;
    private final Optional<Damage> damage;
    private long appendNanos;
    private long appended;
    /** When the journal was last forced to disk (System.nanoTime). */
    private long forcedAt = System.nanoTime();

    private Journal(Path path, FileChannel channel, FileLock lock, Map<Integer, RunResult> existing,
                    Optional<Damage> damage) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.existing = existing;
        this.damage = damage;
    }

    /** The fingerprint of a sweep: a hash of its spec, resolved base scenario and design values. */
    public static String fingerprint(Sweep sweep) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(MAGIC.getBytes(StandardCharsets.UTF_8));
            md.update(RecordWriter.toYaml(sweep.spec(), null).getBytes(StandardCharsets.UTF_8));
            md.update(RecordWriter.toYaml(sweep.base(), null).getBytes(StandardCharsets.UTF_8));
            ByteBuffer b = ByteBuffer.allocate(8);
            for (double[] row : sweep.design().values()) {
                for (double v : row) {
                    b.clear();
                    b.putLong(Double.doubleToLongBits(v));
                    md.update(b.array());
                }
            }
            md.update(String.join(",", sweep.outputs().names()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens the journal of a sweep. With {@code resume}, finished runs recorded for the same fingerprint are kept:
     * unreadable complete lines are skipped (see {@link #damage()}) and a torn last line is cut off; an empty journal
     * or one torn inside its header has no runs. Without {@code resume}, or if there is no journal, a fresh journal is
     * started. A path holding anything but a langsim journal is refused and left untouched.
     */
    public static Journal open(Path path, Sweep sweep, boolean resume) {
        byte[] header = header(sweep);
        try {
            refuseForeign(path);
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            try {
                FileLock lock = ch.tryLock();
                if (lock == null) throw ConfigException.of(path.toString(), "another sweep is writing this journal");
                // read under the lock, so no other sweep appends between reading and truncating
                Body body = resume ? resumable(path, readAll(ch), header, sweep) : null;
                if (body == null) {
                    ch.truncate(0);
                    ch.position(0);
                    write(ch, header);
                    ch.force(true);
                    return new Journal(path, ch, lock, new TreeMap<>(), Optional.empty());
                }
                ch.truncate(body.end());   // only a torn last line is cut: the next append starts on a fresh line
                ch.position(body.end());
                Map<Integer, RunResult> existing = new TreeMap<>();
                for (RunResult r : body.contents().runs()) existing.putIfAbsent(r.run(), r);
                return new Journal(path, ch, lock, existing, body.contents().damage());
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal " + path, e);
        }
    }

    /**
     * Reads a journal without opening it for writing (a shard's, for {@code --merge}): its readable runs in file
     * order, duplicates included, and its damage if some complete lines do not check. A torn last line is left out;
     * a journal cut short inside its header (a shard that has just started) has no runs.
     */
    public static Contents read(Path path, Sweep sweep) {
        byte[] bytes;
        try {
            if (Files.exists(path) && !Files.isRegularFile(path)) throw notAJournal(path);
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + path, e);
        }
        if (!ours(bytes)) throw notAJournal(path);
        byte[] header = header(sweep);
        if (tornHeader(bytes, header)) return new Contents(List.of(), Optional.empty());
        if (!startsWith(bytes, header)) {
            throw ConfigException.of(path.toString(), "this journal was written for a different sweep (the sweep file,"
                    + " base scenario or design changed since); rerun its shard without --resume");
        }
        return body(path, bytes, header.length, sweep).contents();
    }

    private static ConfigException notAJournal(Path path) {
        return ConfigException.of(path.toString(), "not a langsim sweep journal; move it out of this folder");
    }

    private static byte[] header(Sweep sweep) {
        return (MAGIC + "\n" + FINGERPRINT + fingerprint(sweep) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Refuses a journal path that holds something langsim did not write: not a regular file (checked without opening
     * it, so a FIFO cannot block), or a file that does not start with the journal's magic line. Its content is not
     * echoed. {@link #open} checks this too; callers may check earlier, before they print or start anything.
     */
    public static void refuseForeign(Path path) {
        if (!Files.exists(path)) return;
        String advice = "; langsim will not overwrite it: rename or remove it, or choose another --out";
        if (!Files.isRegularFile(path)) {
            throw ConfigException.of(path.toString(), "not a regular file, so not a langsim sweep journal" + advice);
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(MAGIC_LINE.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + path, e);
        }
        if (!ours(start)) throw ConfigException.of(path.toString(), "not a langsim sweep journal" + advice);
    }

    /** Whether bytes start with the magic line, or are a prefix of it (empty, or torn while writing it). */
    private static boolean ours(byte[] bytes) {
        int n = Math.min(bytes.length, MAGIC_LINE.length);
        return Arrays.equals(bytes, 0, n, MAGIC_LINE, 0, n);
    }

    /** A header cut short by a crash, for this sweep or another: it holds no runs. */
    private static boolean tornHeader(byte[] bytes, byte[] header) {
        if (bytes.length <= header.length && startsWith(header, bytes)) return true;
        byte[] lead = (MAGIC + "\n" + FINGERPRINT).getBytes(StandardCharsets.UTF_8);
        return startsWith(bytes, lead) && indexOf(bytes, lead.length) < 0;
    }

    /** The runs to keep on resume, or null to start afresh. */
    private static Body resumable(Path path, byte[] bytes, byte[] header, Sweep sweep) {
        if (tornHeader(bytes, header)) return null;
        if (!startsWith(bytes, header)) {
            throw ConfigException.of(path.toString(), "this journal was written for a different sweep (the sweep"
                    + " file, base scenario or design changed); run without --resume to start afresh");
        }
        return body(path, bytes, header.length, sweep);
    }

    /**
     * The run lines from byte {@code from}: complete lines that do not check are skipped and counted, so runs after
     * them are kept; a last line without its newline (torn by a crash) is left out of the body.
     */
    private static Body body(Path path, byte[] bytes, int from, Sweep sweep) {
        int outputs = sweep.outputs().size();
        List<RunResult> runs = new ArrayList<>();
        long firstBad = -1;
        int bad = 0;
        int pos = from;
        for (int nl = indexOf(bytes, pos); nl >= 0; nl = indexOf(bytes, pos)) {
            RunResult r = parse(new String(bytes, pos, nl - pos, StandardCharsets.UTF_8), outputs, sweep);
            if (r != null) {
                runs.add(r);
            } else if (bad++ == 0) {
                firstBad = pos;
            }
            pos = nl + 1;
        }
        Optional<Damage> damage = bad == 0 ? Optional.empty() : Optional.of(new Damage(path, firstBad, bad));
        return new Body(new Contents(runs, damage), pos);
    }

    private static byte[] readAll(FileChannel ch) throws IOException {
        ch.position(0);
        return Channels.newInputStream(ch).readAllBytes();   // not closed: that would close the channel
    }

    /** Index of the next newline at or after {@code from}, or -1. */
    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) if (bytes[i] == '\n') return i;
        return -1;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Where the journal is damaged, if some of its complete lines could not be read on resume. */
    public Optional<Damage> damage() {
        return damage;
    }

    /** Finished runs found on resume, by run index. */
    public Map<Integer, RunResult> existing() {
        return existing;
    }

    public Path path() {
        return path;
    }

    /**
     * Appends one finished run. Thread-safe. The line is written at once, so a killed or crashed JVM loses nothing
     * (the operating system holds it); it is forced to disk at most every {@link #FORCE_INTERVAL_NANOS} and at close,
     * so a power failure loses at most the last second of runs (which --resume re-runs). The force happens outside
     * the lock: an fsync per run under it (10-30 ms each on a busy disk, against 35-75 ms of computing per run of the
     * shipped study) cost a quarter to a third of a sweep's throughput and made the threads queue for the lock.
     */
    public void append(RunResult r) {
        String line = format(r);
        long t0 = System.nanoTime();
        boolean force;
        synchronized (this) {
            writeLocked(line);
            force = forceDue(t0);
            appended++;
        }
        if (force) force(t0);
        else account(t0);
    }

    /** Appends several finished runs with one write (an engine's batch), forced to disk as {@link #append}. Thread-safe. */
    public void appendAll(List<RunResult> runs) {
        if (runs.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        for (RunResult r : runs) sb.append(format(r));
        long t0 = System.nanoTime();
        boolean force;
        synchronized (this) {
            writeLocked(sb.toString());
            force = forceDue(t0);
            appended += runs.size();
        }
        if (force) force(t0);
        else account(t0);
    }

    /** Longest time between forcing appended lines to disk. */
    static final long FORCE_INTERVAL_NANOS = 1_000_000_000L;

    private void writeLocked(String s) {
        try {
            write(channel, s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write journal " + path, e);
        }
    }

    /** True (and the clock restarted) when this caller should force the journal to disk; under the lock. */
    private boolean forceDue(long now) {
        if (now - forcedAt < FORCE_INTERVAL_NANOS) return false;
        forcedAt = now;
        return true;
    }

    /** Forces what was written so far to disk, outside the lock (FileChannel allows it alongside writes). */
    private void force(long t0) {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write journal " + path, e);
        }
        account(t0);
    }

    private synchronized void account(long t0) {
        appendNanos += System.nanoTime() - t0;
    }

    /** Total time spent appending and fsyncing, in nanoseconds. */
    public synchronized long appendNanos() {
        return appendNanos;
    }

    public synchronized long appended() {
        return appended;
    }

    static String format(RunResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.run()).append('\t').append(r.point()).append('\t').append(r.replication()).append('\t')
                .append(hex(r.seed())).append('\t').append(r.verdict().label()).append('\t');
        for (int i = 0; i < r.outputs().length; i++) {
            if (i > 0) sb.append(',');
            sb.append(hex(Double.doubleToRawLongBits(r.outputs()[i])));
        }
        String body = sb.toString();
        return body + '\t' + crc(body) + '\n';
    }

    static RunResult parse(String line, int outputs, Sweep sweep) {
        int last = line.lastIndexOf('\t');
        if (last < 0) return null;
        String body = line.substring(0, last);
        if (!crc(body).equals(line.substring(last + 1))) return null;
        String[] f = body.split("\t", -1);
        if (f.length != 6) return null;
        try {
            int run = Integer.parseInt(f[0]);
            if (run < 0 || run >= sweep.runs()) return null;
            int point = Integer.parseInt(f[1]);
            int replication = Integer.parseInt(f[2]);
            long seed = Long.parseUnsignedLong(f[3], 16);
            // a line whose place or seed is not its run's is damaged even if its CRC happens to check
            if (point != SweepPlan.point(sweep, run) || replication != SweepPlan.replication(sweep, run)
                    || seed != SweepPlan.seed(sweep, run)) {
                return null;
            }
            VerdictKind kind = null;
            for (VerdictKind k : VerdictKind.values()) if (k.label().equals(f[4])) kind = k;
            if (kind == null) return null;
            String[] o = f[5].isEmpty() ? new String[0] : f[5].split(",", -1);
            if (o.length != outputs) return null;
            double[] values = new double[outputs];
            for (int i = 0; i < outputs; i++) values[i] = Double.longBitsToDouble(Long.parseUnsignedLong(o[i], 16));
            return new RunResult(run, point, replication, seed, kind, values);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String hex(long v) {
        return String.format(Locale.ROOT, "%016x", v);
    }

    private static String crc(String s) {
        CRC32 c = new CRC32();
        c.update(s.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", c.getValue());
    }

    private static void write(FileChannel ch, String s) throws IOException {
        write(ch, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) ch.write(buf);
    }

    @Override
    public synchronized void close() {
        try {
            if (channel.isOpen()) channel.force(false);
            if (lock.isValid()) lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close journal " + path, e);
        }
    }
}
