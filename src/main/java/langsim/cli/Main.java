package langsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import langsim.config.ConfigException;
import langsim.config.IoReason;
import langsim.config.Suggestions;
import langsim.output.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Entry point: the only place in langsim that calls System.exit (MASON's Console, opened by {@code gui}, exits
 * by itself when its window is closed). Maps every failure to one line and an exit code.
 */
@Command(name = "langsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulator of programming-language adoption in the AI stack.",
        subcommands = {RunCommand.class, BenchCommand.class, FieldsCommand.class, ReportCommand.class, GuiCommand.class, SweepCommand.class, CompareCommand.class, SensitivityCommand.class, VerifyCommand.class, CalibrateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure while running or writing (the environment, or an internal error)",
            "2:bad input (scenario, file or option; also no command given)",
            "3:a check failed (verify: at least one model outside its tolerance)"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  LANGSIM_DEBUG=1   print the stack trace after an internal error (exit 1), for bug reports",
            "Progress (run, compare, sweep): --progress auto (default) redraws one line on stderr only when stderr is a terminal,",
            "  always prints progress (plain lines when stderr is a file or pipe), never prints none; -q prints nothing."})
public final class Main implements Callable<Integer> {
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_INTERNAL = 1;
    /** A check ran and failed (verify): neither bad input nor an internal error. */
    public static final int EXIT_CHECK_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command: the usage on stderr and exit 2, so that a script that forgot the command does not pass. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("langsim: no command given; one of: " + String.join(", ", commandNames(spec.commandLine())));
        spec.commandLine().usage(err);
        err.flush();
        return EXIT_BAD_INPUT;
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
            err.println("langsim: " + parameterMessage(ex) + " (see: " + ex.getCommandLine().getCommandName() + " --help)");
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

    /**
     * picocli's message, or for an unknown command or option one naming it with the nearest valid name:
     * "unknown option '--replication'; did you mean '--replications'?".
     */
    static String parameterMessage(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            CommandLine cl = u.getCommandLine();
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-")) {
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                List<String> options = new ArrayList<>();
                for (OptionSpec o : cl.getCommandSpec().options()) {
                    if (!o.hidden()) options.addAll(List.of(o.names()));
                }
                return "unknown option '" + name + "'" + suggestion(name, options);
            }
            if (!cl.getSubcommands().isEmpty()) {
                return "unknown command '" + first + "'" + suggestion(first, commandNames(cl));
            }
        }
        return oneLine(ex.getMessage());
    }

    /** "; did you mean 'x'?" with the nearest candidate (leading dashes and '-' vs '_' ignored), else the short list or "". */
    static String suggestion(String typed, Collection<String> candidates) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String c : candidates) byKey.putIfAbsent(c.replaceFirst("^-+", "").replace('-', '_'), c);
        String near = Suggestions.nearest(typed.replaceFirst("^-+", "").replace('-', '_'), byKey.keySet());
        if (near != null) return "; did you mean '" + byKey.get(near) + "'?";
        return candidates.size() <= 12 ? "; valid: " + String.join(", ", candidates) : "";
    }

    private static List<String> commandNames(CommandLine cl) {
        return cl.getSubcommands().keySet().stream().toList();
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
