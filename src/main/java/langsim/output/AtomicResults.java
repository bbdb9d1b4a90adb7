package langsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that appears all at once: files are written into a hidden sibling folder that is
 * renamed onto the target on {@link #commit()}. A run that fails or is interrupted leaves the target
 * untouched (the hidden folder is removed on close, and on Ctrl-C by a shutdown hook).
 */
public final class AtomicResults implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Thread cleanup;
    private boolean committed;

    private AtomicResults(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        this.cleanup = new Thread(() -> deleteTree(staging), "langsim-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    public static AtomicResults create(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("output path " + target + " exists and is not a directory");
        }
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = parent.resolve("." + absolute.getFileName() + ".tmp-" + ProcessHandle.current().pid()
                    + "-" + System.nanoTime());
            Files.createDirectory(staging);
            return new AtomicResults(absolute, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder next to " + target, e);
        }
    }

    /** The folder being written; files put here appear in the target on commit. */
    public Path dir() {
        return staging;
    }

    public Path target() {
        return target;
    }

    public Path file(String name) {
        return staging.resolve(name);
    }

    public void writeText(String name, String text) {
        try (Writer w = Files.newBufferedWriter(file(name), StandardCharsets.UTF_8)) {
            w.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    /** Replaces the target folder with the staged one. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move results into " + target, e);
        }
    }

    @Override
    public void close() {
        if (!committed) deleteTree(staging);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover hidden staging folder is harmless
        }
    }
}
