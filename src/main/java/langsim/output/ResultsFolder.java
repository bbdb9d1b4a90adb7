package langsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import langsim.config.ConfigException;

/**
 * What makes a folder langsim's own, so that it may be replaced: a marker file listing every file langsim wrote into
 * it. Files that commands such as {@code report} add later ({@link #REGENERATED}) count as langsim's too; any other
 * file means the user put it there, and the folder is left alone. Folders written before markers existed are
 * recognised by their file names ({@link #LEGACY}).
 */
public final class ResultsFolder {
    /** The marker file in every results folder. */
    public static final String MARKER = ".langsim-results";
    static final String MARKER_HEADER = "langsim results folder: langsim replaces this folder (and the files listed"
            + " below) when it writes here again";

    /** Files a later langsim command may add to a results folder (report, shard runs of a sweep, a sweep's journal). */
    private static final Pattern REGENERATED = Pattern.compile(
            "report\\.html|charts|charts/[^/]+\\.(png|svg)|shards|shards/shard-\\d+-of-\\d+\\.journal"
            + "|\\.journal|\\.journal/sweep\\.journal|fit\\.(png|svg)|verify\\.(png|svg)");
    /** The files of results folders written before markers existed (run, sweep, verify, calibrate, sensitivity). */
    private static final Pattern LEGACY = Pattern.compile("timeseries\\.csv|summary\\.json|manifest\\.json"
            + "|scenario\\.resolved\\.yaml|runs\\.csv|points\\.csv|sensitivity\\.csv|sweep\\.resolved\\.yaml"
            + "|verify\\.(csv|txt|png|svg)|fitted-scenario\\.yaml|parameters\\.csv|fit\\.(csv|png|svg)|history\\.csv"
            + "|summary\\.txt");
    private static final Pattern LEGACY_SIGNATURE = Pattern.compile(
            "manifest\\.json|runs\\.csv|verify\\.csv|fitted-scenario\\.yaml|sensitivity\\.csv|shards|\\.journal");

    private ResultsFolder() {
    }

    /** Writes the marker listing every file and folder now in {@code dir} (the staging folder, just before commit). */
    static void mark(Path dir) {
        List<String> entries = entries(dir);
        entries.remove(MARKER);
        // files other commands add later are recognised by name, so the marker does not depend on how results came
        // about (a merged sweep's marker equals a single machine's)
        entries.removeIf(e -> REGENERATED.matcher(e).matches());
        StringBuilder sb = new StringBuilder(MARKER_HEADER).append('\n');
        for (String e : entries) sb.append(e).append('\n');
        try {
            Files.writeString(dir.resolve(MARKER), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(MARKER), e);
        }
    }

    /**
     * Why the existing folder {@code dir} may not be replaced, or empty if it may: it is empty, or every entry in it
     * is langsim's.
     */
    public static Optional<String> whyNotReplaceable(Path dir) {
        List<String> entries = entries(dir);
        if (entries.isEmpty()) return Optional.empty();
        Set<String> listed = listed(dir);
        boolean legacy = listed == null;
        if (legacy && entries.stream().noneMatch(e -> LEGACY_SIGNATURE.matcher(e).matches())) {
            return Optional.of("exists, is not empty and is not a langsim results folder (no " + MARKER + ")");
        }
        for (String e : entries) {
            boolean ours = e.equals(MARKER) || REGENERATED.matcher(e).matches()
                    || (legacy ? LEGACY.matcher(e).matches() : listed.contains(e));
            if (!ours) return Optional.of("holds '" + e + "', which langsim did not write");
        }
        return Optional.empty();
    }

    /** The entries named in the marker, or null if there is no marker. */
    private static Set<String> listed(Path dir) {
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return null;
        try {
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(MARKER_HEADER)) return null;
            return new HashSet<>(lines.subList(1, lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** Every file and folder under {@code dir}, as relative paths with '/' separators, sorted; links not followed. */
    private static List<String> entries(Path dir) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir)).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot read folder " + dir, e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        }
        out.sort(null);
        return out;
    }

    // ------------------------------------------------------------------------------- staging folders and debris

    private static final Pattern STAGING = Pattern.compile("\\.(.+)\\.(tmp|old)-(\\d+)-(\\d+)");
    /** Staging folders of this process that are in use (the process id alone does not tell: containers reuse it). */
    private static final Set<Path> ACTIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A new hidden name next to {@code target}: {@code .<name>.<kind>-<pid>-<nanos>}. */
    public static Path stagingName(Path target, String kind) {
        Path p = target.resolveSibling("." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        ACTIVE.add(p);
        return p;
    }

    public static void released(Path staging) {
        ACTIVE.remove(staging);
    }

    /**
     * Removes the staging and replaced folders (or files) next to {@code target} that a process left when it died
     * (kill -9, power loss): those whose process is gone, or is this one but does not use them.
     */
    public static void removeDebris(Path target) {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        String name = target.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.toList()) {
                Matcher m = STAGING.matcher(p.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(name) || ACTIVE.contains(p)) continue;
                long pid = Long.parseLong(m.group(3));
                boolean alive = pid != ProcessHandle.current().pid()
                        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) deleteTree(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: debris is harmless, and the write that follows reports real problems
        }
    }

    /** Deletes a tree langsim wrote (links are removed, never followed). Best effort. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover hidden folder is removed by the next write to the same place
        }
    }

    /**
     * Refuses (one line, {@link ConfigException}) to rebuild {@code charts} when it holds anything langsim did not draw
     * (it is replaced as a whole) or is not a folder; a missing folder is fine.
     */
    public static void checkChartsFolder(Path charts) {
        if (Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.list(charts)) {
                files.map(p -> p.getFileName().toString()).filter(n -> !n.matches("[^/]+\\.(png|svg)")).sorted().findFirst()
                        .ifPresent(n -> {
                            throw ConfigException.of(charts.toString(), "holds '" + n + "', which langsim did not draw;"
                                    + " move it away before rebuilding the charts");
                        });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + charts, e);
            }
        } else if (Files.exists(charts, LinkOption.NOFOLLOW_LINKS)) {
            throw ConfigException.of(charts.toString(), "is not a folder; move it away before rebuilding the charts");
        }
    }

    /** Replaces one file of a results folder at once: written beside it under a hidden name, then moved onto it. */
    public static void writeFileAtomically(Path target, String text) {
        writeFileAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #writeFileAtomically(Path, String)}, for bytes. */
    public static void writeFileAtomically(Path target, byte[] bytes) {
        Path file = target.toAbsolutePath().normalize();
        removeDebris(file);
        Path tmp = stagingName(file, "tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteTree(tmp);
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            released(tmp);
        }
    }
}
