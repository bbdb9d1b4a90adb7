package langsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import langsim.config.ConfigException;
import langsim.config.IoReason;

/**
 * A results folder that appears all at once: files are written into a hidden sibling folder that is renamed onto the
 * target on {@link #commit()}. A run that fails or is interrupted leaves the target untouched (the hidden folder is
 * removed on close, on Ctrl-C by a shutdown hook, and after a kill -9 by the next write to the same place). Only a
 * location {@link OutputLocation} accepts is written, and an existing folder is replaced only if it is langsim's.
 */
public final class AtomicResults implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Thread cleanup;
    private boolean committed;

    private AtomicResults(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        this.cleanup = new Thread(() -> ResultsFolder.deleteTree(staging), "langsim-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Prepares to write {@code target} (checked by {@link OutputLocation#prepare}). */
    public static AtomicResults create(Path target) {
        return create(target, "results folder");
    }

    /** As {@link #create(Path)}; {@code option} names where the folder came from in error messages. */
    public static AtomicResults create(Path target, String option) {
        Path absolute = OutputLocation.prepare(target, option);
        Path parent = absolute.getParent();
        ResultsFolder.removeDebris(absolute);
        Path staging = ResultsFolder.stagingName(absolute, "tmp");
        try {
            Files.createDirectory(staging);
        } catch (IOException e) {
            ResultsFolder.released(staging);
            throw ConfigException.of(option + " '" + target + "'", "cannot write into " + parent + ": " + IoReason.of(e));
        }
        return new AtomicResults(absolute, staging);
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
            throw new UncheckedIOException("cannot write " + name + " of " + target, e);
        }
    }

    /**
     * Replaces the target folder with the staged one. The target is checked again first: a user may have put files
     * into it while the run went on.
     */
    public void commit() {
        ResultsFolder.mark(staging);
        Path old = null;
        try {
            if (Files.exists(target)) {
                if (Files.isDirectory(target)) {
                    ResultsFolder.whyNotReplaceable(target).ifPresent(why -> {
                        throw ConfigException.of(target.toString(), why + " (it appeared while langsim ran); nothing"
                                + " was replaced: move it away and run again");
                    });
                }
                old = ResultsFolder.stagingName(target, "old");
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            if (old != null) restore(old);
            throw new UncheckedIOException("cannot move results into " + target, e);
        } finally {
            if (old != null) {
                if (committed) ResultsFolder.deleteTree(old);
                ResultsFolder.released(old);
            }
        }
    }

    /** Puts the previous results back after a failed commit, so a failure never loses them. */
    private void restore(Path old) {
        try {
            if (!Files.exists(target)) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // the previous results stay in the hidden folder, which the error names via the target
        }
    }

    @Override
    public void close() {
        if (!committed) ResultsFolder.deleteTree(staging);
        ResultsFolder.released(staging);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }
}
