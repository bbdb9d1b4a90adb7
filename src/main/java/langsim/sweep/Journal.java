package langsim.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

import langsim.config.ConfigException;
import langsim.config.RecordWriter;
import langsim.experiment.VerdictKind;

/**
 * Append-only journal of finished runs: a header naming the sweep's fingerprint, then one line per finished run,
 * written and fsync'd as soon as the run ends. Values are stored bit-exactly (hex of the IEEE bits) and each line
 * ends with a CRC-32, so a line torn by a crash (kill -9, power loss) is recognised and dropped on resume.
 *
 * <p>Line format (tab separated): {@code run point replication seed verdict outputs crc}, with {@code seed} and each
 * output as 16 hex digits and outputs comma separated. Runs are independent of each other, so the journal of a
 * shard (issue #6) is the same format restricted to its run indices, and journals merge by run index.
 */
public final class Journal implements AutoCloseable {
    static final String MAGIC = "# langsim sweep journal v1";

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final Map<Integer, RunResult> existing;
    private long appendNanos;
    private long appended;

    private Journal(Path path, FileChannel channel, FileLock lock, Map<Integer, RunResult> existing) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.existing = existing;
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
     * Opens the journal of a sweep. With {@code resume}, finished runs recorded for the same fingerprint are kept
     * (a torn last line is cut off); without it, or if there is no journal, a fresh journal is started.
     */
    public static Journal open(Path path, Sweep sweep, boolean resume) {
        String fp = fingerprint(sweep);
        int outputs = sweep.outputs().size();
        Map<Integer, RunResult> existing = new TreeMap<>();
        long validEnd = 0;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            boolean keep = resume && Files.exists(path);
            if (keep) {
                byte[] bytes = Files.readAllBytes(path);
                String header = MAGIC + "\n# fingerprint " + fp + "\n";
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (!text.startsWith(header)) {
                    throw ConfigException.of(path.toString(), "this journal was written for a different sweep (the sweep"
                            + " file, base scenario or design changed); run without --resume to start afresh");
                }
                int pos = header.length();
                validEnd = header.getBytes(StandardCharsets.UTF_8).length;
                while (pos < text.length()) {
                    int nl = text.indexOf('\n', pos);
                    if (nl < 0) break;   // torn last line
                    RunResult r = parse(text.substring(pos, nl), outputs, sweep);
                    if (r == null) break;
                    existing.putIfAbsent(r.run(), r);
                    pos = nl + 1;
                    validEnd = text.substring(0, pos).getBytes(StandardCharsets.UTF_8).length;
                }
            }
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                throw ConfigException.of(path.toString(), "another sweep is writing this journal");
            }
            if (keep) {
                ch.truncate(validEnd);
                ch.position(validEnd);
            } else {
                ch.truncate(0);
                ch.position(0);
                write(ch, MAGIC + "\n# fingerprint " + fp + "\n");
                ch.force(true);
            }
            return new Journal(path, ch, lock, existing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal " + path, e);
        }
    }

    /**
     * Reads a journal without opening it for writing (a shard's, for {@code --merge}): its valid runs in file order,
     * duplicates included, up to the first torn or corrupt line. A journal cut short inside its header (a shard that
     * has just started) has no runs.
     */
    public static java.util.List<RunResult> read(Path path, Sweep sweep) {
        String fp = fingerprint(sweep);
        String header = MAGIC + "\n# fingerprint " + fp + "\n";
        java.util.List<RunResult> out = new java.util.ArrayList<>();
        String text;
        try {
            text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal " + path, e);
        }
        if (!text.startsWith(header)) {
            if (header.startsWith(text)) return out;
            throw ConfigException.of(path.toString(), "this journal was written for a different sweep (the sweep file,"
                    + " base scenario or design changed since); rerun its shard without --resume");
        }
        int outputs = sweep.outputs().size();
        int pos = header.length();
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) break;
            RunResult r = parse(text.substring(pos, nl), outputs, sweep);
            if (r == null) break;
            out.add(r);
            pos = nl + 1;
        }
        return out;
    }

    /** Finished runs found on resume, by run index. */
    public Map<Integer, RunResult> existing() {
        return existing;
    }

    public Path path() {
        return path;
    }

    /** Appends and fsyncs one finished run. Thread-safe. */
    public synchronized void append(RunResult r) {
        long t0 = System.nanoTime();
        try {
            write(channel, format(r));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write journal " + path, e);
        }
        appendNanos += System.nanoTime() - t0;
        appended++;
    }

    /** Appends several finished runs with one write and one fsync (an engine's batch). Thread-safe. */
    public synchronized void appendAll(java.util.List<RunResult> runs) {
        if (runs.isEmpty()) return;
        long t0 = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        for (RunResult r : runs) sb.append(format(r));
        try {
            write(channel, sb.toString());
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write journal " + path, e);
        }
        appendNanos += System.nanoTime() - t0;
        appended += runs.size();
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
            VerdictKind kind = null;
            for (VerdictKind k : VerdictKind.values()) if (k.label().equals(f[4])) kind = k;
            if (kind == null) return null;
            String[] o = f[5].isEmpty() ? new String[0] : f[5].split(",", -1);
            if (o.length != outputs) return null;
            double[] values = new double[outputs];
            for (int i = 0; i < outputs; i++) values[i] = Double.longBitsToDouble(Long.parseUnsignedLong(o[i], 16));
            return new RunResult(run, Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseUnsignedLong(f[3], 16),
                    kind, values);
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
        ByteBuffer buf = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) ch.write(buf);
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close journal " + path, e);
        }
    }
}
