package langsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import langsim.config.ConfigException;
import langsim.config.IoReason;
import langsim.output.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: the only place in langsim that calls System.exit (MASON's Console, opened by {@code gui}, exits
 * by itself when its window is closed). Maps every failure to one line and an exit code.
 */
@Command(name = "langsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulator of programming-language adoption in the AI stack.",
        subcommands = {RunCommand.class, BenchCommand.class, FieldsCommand.class, ReportCommand.class, GuiCommand.class, SweepCommand.class, SensitivityCommand.class, VerifyCommand.class, CalibrateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure while running or writing (the environment, or an internal error)", "2:bad input (scenario, file or option)"})
public final class Main implements Runnable {
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String... args) {
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("langsim: error: out of memory (Java heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB): simulate fewer agents or replications, use fewer --threads, or raise -Xmx");
            return EXIT_INTERNAL;
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpWidth(120); // descriptions are written for 120 columns; narrower terminals wrap
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("langsim: " + oneLine(ex.getMessage()) + " (see: " + ex.getCommandLine().getCommandName() + " --help)");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof ConfigException || ex instanceof BadInputException) {
                err.println("langsim: error: " + oneLine(ex.getMessage()));
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof UncheckedIOException || ex instanceof IOException) {
                // the environment failed (disk full, read-only, permissions): its reason, not a bug report
                err.println("langsim: error: " + oneLine(ex.getMessage()) + ": " + oneLine(IoReason.of(ex)));
                return EXIT_INTERNAL;
            }
            err.println("langsim: internal error: " + oneLine(String.valueOf(ex)) + " (please report this, with the command line)");
            if (System.getenv("LANGSIM_DEBUG") != null) ex.printStackTrace(err);
            return EXIT_INTERNAL;
        });
        return cl;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"langsim " + BuildInfo.version() + " (commit " + BuildInfo.commit() + ")",
                "Java " + System.getProperty("java.version")};
        }
    }
}
