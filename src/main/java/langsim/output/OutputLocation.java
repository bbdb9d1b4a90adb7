package langsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import langsim.config.ConfigException;
import langsim.config.IoReason;

/**
 * Where a command may write its results. A folder that does not exist is created; an empty folder or a langsim results
 * folder ({@link ResultsFolder}) is replaced as a whole; anything else is refused before any work starts, because
 * replacing it would delete the user's files. Folders whose loss would be a disaster whatever they hold (the file
 * system root, the home folder, the working folder and their ancestors) are refused outright.
 */
public final class OutputLocation {
    private OutputLocation() {
    }

    /**
     * Checks a results folder named by the user (or derived from a name in a file) and returns it as an absolute,
     * normalised path. {@code option} names where it came from in messages, e.g. {@code --out}.
     */
    public static Path check(Path requested, String option) {
        String shown = option + " '" + requested + "'";
        if (requested.toString().isBlank()) {
            throw ConfigException.of(option + " ''", "no folder named; give a results folder such as results/my-run");
        }
        Path target = requested.toAbsolutePath().normalize();
        refuseProtected(target, shown);
        Optional<Path> real = realPath(target);
        if (real.isPresent()) refuseProtected(real.get(), shown);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw ConfigException.of(shown, "exists and is not a folder; choose another results folder");
        }
        if (Files.isDirectory(target)) {
            ResultsFolder.whyNotReplaceable(target).ifPresent(why -> {
                throw ConfigException.of(shown, why + "; langsim replaces only an empty folder or one it wrote:"
                        + " move your files away or choose another results folder");
            });
        }
        return target;
    }

    /**
     * {@link #check}s the folder and creates its parent, so that a location that cannot be written is reported (exit
     * 2, with the operating system's reason) before any work starts.
     */
    public static Path prepare(Path requested, String option) {
        Path target = check(requested, option);
        Path parent = target.getParent();
        String shown = option + " '" + requested + "'";
        Path existing = parent;
        while (!Files.exists(existing)) existing = existing.getParent();
        if (!Files.isDirectory(existing)) {
            throw ConfigException.of(shown, "cannot create folder " + parent + ": " + existing + " is a file, not a folder");
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw ConfigException.of(shown, "cannot create folder " + parent + ": " + IoReason.of(e));
        }
        if (!Files.isWritable(parent)) {
            throw ConfigException.of(shown, "cannot write into " + parent + ": Permission denied or read-only file system");
        }
        return target;
    }

    private static void refuseProtected(Path target, String shown) {
        if (target.getParent() == null || target.getFileName() == null) {
            throw ConfigException.of(shown, "is the root of the file system; give a results folder such as results/my-run");
        }
        Path work = Path.of("").toAbsolutePath().normalize();
        if (work.startsWith(target)) {
            throw ConfigException.of(shown, "is the working folder or one of its parents; results would replace it:"
                    + " give a folder inside it, such as results/my-run");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && Path.of(home).toAbsolutePath().normalize().startsWith(target)) {
            throw ConfigException.of(shown, "is the home folder or one of its parents; results would replace it:"
                    + " give a folder inside it, such as results/my-run");
        }
    }

    /** The path with links resolved, for the part of it that exists (links may point at a protected folder). */
    private static Optional<Path> realPath(Path target) {
        Path existing = target;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return Optional.empty();
        try {
            return Optional.of(existing.toRealPath().resolve(existing.relativize(target)).normalize());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
