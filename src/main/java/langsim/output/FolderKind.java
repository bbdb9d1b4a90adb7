package langsim.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import langsim.config.ConfigException;

/**
 * What wrote a results folder, told by the files only that command writes (so a folder is never taken for another
 * kind): {@code langsim report DIR} rebuilds each kind's report and charts from them.
 */
public enum FolderKind {
    SWEEP("sweep", List.of("sweep.resolved.yaml", "runs.csv")),
    RUN("run", List.of("summary.json", "timeseries.csv")),
    CALIBRATION("calibrate", List.of("fitted-scenario.yaml", "fit.csv")),
    BACKTEST("calibrate --backtest", List.of("backtest.csv")),
    VERIFY("verify", List.of("verify.csv"));

    private final String command;
    private final List<String> signature;

    FolderKind(String command, List<String> signature) {
        this.command = command;
        this.signature = signature;
    }

    /** The langsim command that writes this kind of folder. */
    public String command() {
        return command;
    }

    /** The kind of {@code dir}; a missing folder or one of no known kind is a one-line {@link ConfigException}. */
    public static FolderKind of(Path dir) {
        if (!Files.exists(dir)) throw ConfigException.of(dir.toString(), "no such folder");
        if (!Files.isDirectory(dir)) throw ConfigException.of(dir.toString(), "not a folder");
        for (FolderKind k : values()) {
            if (k.signature.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)))) return k;
        }
        throw ConfigException.of(dir.toString(), "not a langsim results folder: none of summary.json (run), runs.csv with"
                + " sweep.resolved.yaml (sweep), verify.csv (verify), fit.csv (calibrate), backtest.csv (backtest)");
    }
}
