package langsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import langsim.sweep.Progress;
import picocli.CommandLine.Option;

/**
 * The {@code --progress auto|always|never} option of the commands that show progress on stderr.
 *
 * <p>Java 17 cannot ask whether stderr is a terminal ({@code System.console()} only says that stdin and stdout are),
 * so langsim looks where file descriptor 2 points ({@code /proc/self/fd/2}, on Linux): {@code /dev/pts/*} or
 * {@code /dev/tty*} is a terminal, anything else (a file, a pipe, {@code /dev/null}) is not. Where that cannot be
 * read (macOS, Windows), {@code auto} falls back to plain lines (no carriage returns) when a console exists, so a
 * redirected stderr never fills with redraws. The default can be set with the environment variable
 * {@code LANGSIM_PROGRESS}.
 */
final class ProgressOptions {
    enum Mode { auto, always, never }

    /** How progress is drawn: not at all, one line redrawn in place, or a plain line every 10 %. */
    enum Style { NONE, REDRAW, LINES }

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "${env:LANGSIM_PROGRESS:-auto}",
            description = {"progress on stderr: auto (default; a line redrawn in place, only when stderr is a terminal),",
                "always (plain lines every 10%% when stderr is a file or pipe), never; default from LANGSIM_PROGRESS"})
    Mode mode = Mode.auto;

    /** The progress bar for {@code total} items of which {@code already} are done, or a silent one. */
    Progress progress(PrintWriter err, boolean quiet, int total, int already, String unit) {
        Style style = quiet ? Style.NONE : style();
        if (style == Style.NONE) return Progress.none();
        return new Progress(err, style == Style.REDRAW, total, already, unit);
    }

    Style style() {
        return style(mode, stderrIsTerminal(), System.console() != null);
    }

    /** @param stderrTerminal whether stderr is a terminal, null if unknown; @param console whether a console exists */
    static Style style(Mode mode, Boolean stderrTerminal, boolean console) {
        return switch (mode) {
            case never -> Style.NONE;
            case always -> Boolean.TRUE.equals(stderrTerminal) ? Style.REDRAW : Style.LINES;
            case auto -> stderrTerminal == null ? (console ? Style.LINES : Style.NONE)
                    : stderrTerminal ? Style.REDRAW : Style.NONE;
        };
    }

    /** Whether this process's stderr is a terminal: true or false where the system says, null where it cannot tell. */
    static Boolean stderrIsTerminal() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
