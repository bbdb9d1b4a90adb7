package langsim.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The operating system's reason for a failed file operation, in words a user can act on. Java puts it in different
 * places per exception type (the reason of a FileSystemException, or only its class name), so it is read in one place.
 */
public final class IoReason {
    private IoReason() {
    }

    public static String of(Throwable e) {
        if (e instanceof UncheckedIOException u) return of(u.getCause());
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return f.getReason();
        }
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof AccessDeniedException) return "Permission denied";
        if (e instanceof NotDirectoryException) return "Not a directory";
        if (e instanceof FileAlreadyExistsException) return "File exists";
        if (e instanceof DirectoryNotEmptyException) return "Directory not empty";
        if (e instanceof IOException && e.getMessage() != null && !e.getMessage().isBlank()) return e.getMessage();
        return e == null ? "unknown reason" : e.getClass().getSimpleName();
    }
}
