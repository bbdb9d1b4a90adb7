package langsim.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one way langsim reads a file the user names: only regular files (a device, FIFO or folder would hang or never
 * end), and never more than a cap, checked before reading and again while reading (a file may grow). Failures are
 * {@link ConfigException}s naming the file: exit 2, one line.
 */
public final class InputFiles {
    /** Cap for scenario, sweep, calibration and observation files: far above any real one. */
    public static final long MAX_INPUT_BYTES = 12L * 1024 * 1024;

    private InputFiles() {
    }

    public static byte[] read(Path file) {
        return read(file, MAX_INPUT_BYTES);
    }

    public static byte[] read(Path file, long maxBytes) {
        String source = file.toString();
        checkRegular(file);
        try {
            if (Files.size(file) > maxBytes) throw tooLarge(source, maxBytes);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) throw tooLarge(source, maxBytes);
                return bytes;
            }
        } catch (IOException e) {
            throw ConfigException.of(source, "cannot read file: " + IoReason.of(e));
        }
    }

    /** The SHA-256 of a file's bytes, in hex, for manifests (read as {@link #read(Path)} reads). */
    public static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(read(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);   // every Java has SHA-256
        }
    }

    /** Refuses anything but an existing regular file (following links), without opening it. */
    public static void checkRegular(Path file) {
        String source = file.toString();
        if (source.isEmpty()) throw ConfigException.of("''", "empty file name");
        if (!Files.exists(file)) {
            throw ConfigException.of(source, Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? "broken link: its target does not exist" : "file not found");
        }
        if (Files.isDirectory(file)) throw ConfigException.of(source, "is a folder, not a file");
        if (!Files.isRegularFile(file)) {
            throw ConfigException.of(source, "not a regular file (a device, FIFO or socket cannot be read as input)");
        }
    }

    private static ConfigException tooLarge(String source, long maxBytes) {
        return ConfigException.of(source, "file is too large (limit " + maxBytes / (1024 * 1024) + " MB)");
    }
}
