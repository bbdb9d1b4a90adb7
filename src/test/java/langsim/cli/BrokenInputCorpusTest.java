package langsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken-input corpus of issue 9 (src/test/resources/broken/): every broken scenario, sweep and calibration
 * file and every broken command line must give exit code 2, exactly one line on stderr (nothing on stdout), no stack
 * trace, a message naming the file (or, for command lines, the text the table asks for), and leave nothing behind:
 * the case's temp folder, results/ and the corpus folder list the same before and after, with no hidden staging
 * folders. Each file starts with a comment line saying what is broken; cli-args.txt documents its own format.
 */
class BrokenInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/broken");
    static final long SUBPROCESS_TIMEOUT_SECONDS = 60;

    /** One case: what it is, how it runs ({@code in} this JVM or in a {@code jvm} subprocess), its arguments, and what the message must contain. */
    record Case(String id, String where, List<String> args, String mustName) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        for (String[] kind : new String[][] {{"scenario", "run", "--no-charts"}, {"sweep", "sweep", null},
            {"calibration", "calibrate", "--no-charts"}}) {
            try (Stream<Path> files = Files.list(CORPUS.resolve(kind[0]))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    List<String> args = new ArrayList<>(List.of(kind[1], f.toString(), "--out", "@OUT", "--threads", "1"));
                    if (kind[2] != null) args.add(kind[2]);
                    String stem = f.getFileName().toString().replaceFirst("\\.yaml$", "");
                    all.add(new Case(kind[0] + "/" + stem, "in", args, stem));
                }
            }
        }
        for (String line : Files.readAllLines(CORPUS.resolve("cli-args.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] col = line.split(" \\| ", -1);
            assertEquals(4, col.length, "cli-args.txt: id | where | arguments | text: " + line);
            all.add(new Case("cli/" + col[0].trim(), col[1].trim(), split(col[2].trim()), col[3].trim()));
        }
        return all.stream();
    }

    /** Splits at spaces; '' is an empty argument. */
    static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(args);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out;
    }

    @Test
    void theCorpusHasAtLeastOneHundredCasesAndEveryFileSaysWhatIsBroken() throws IOException {
        assertTrue(cases().count() >= 100, "cases: " + cases().count());
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.startsWith(CORPUS.resolve("support"))).toList()) {
                String first = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).replaceFirst("^\u00ef\u00bb\u00bf", "");
                assertTrue(first.startsWith("# "), f + " must start with a comment line");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 180)
    void brokenInputExitsTwoWithOneLineAndLeavesNothingBehind(Case c, @TempDir Path tmp) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        try (Stream<Path> support = Files.list(CORPUS.resolve("support"))) {
            for (Path f : support.toList()) Files.copy(f, work.resolve(f.getFileName()));
        }
        Files.writeString(tmp.resolve("file.txt"), "a file that is not a folder\n");
        Files.writeString(Files.createDirectories(tmp.resolve("foreign")).resolve("thesis.txt"), "four years of work\n");
        Files.writeString(Files.createDirectories(tmp.resolve("home")).resolve("notes.txt"), "the user's home\n");
        List<String> args = new ArrayList<>();
        for (String a : c.args()) args.add(placeholders(a, tmp));

        TreeMap<String, String> before = listing(tmp);
        TreeMap<String, String> projectBefore = projectListing();
        Outcome o = c.where().equals("jvm") ? subprocess(args, tmp) : inProcess(args);
        String all = o.out() + o.err();

        assertEquals(2, o.code(), "exit code; output: " + all);
        assertEquals("", o.out(), "nothing on stdout");
        assertEquals(1, o.err().lines().count(), "exactly one line on stderr: " + o.err());
        assertFalse(o.err().isBlank(), "the line says something");
        for (String trace : List.of("\tat ", "Exception", "Error:")) assertFalse(all.contains(trace), "no stack trace or JVM error: " + all);
        assertTrue(o.err().contains(c.mustName()), "the message names '" + c.mustName() + "': " + o.err());
        assertFalse(all.contains("do-not-echo"), "the content of a foreign file is not echoed: " + o.err());
        assertEquals(before, listing(tmp), "nothing left behind or changed in the case's folder");
        assertEquals(projectBefore, projectListing(), "nothing left behind in results/, the corpus or the project folder");
    }

    record Outcome(int code, String out, String err) {
    }

    static String placeholders(String arg, Path tmp) throws IOException, InterruptedException {
        String out = arg.replace("@W", tmp.resolve("work").toString()).replace("@OUT", tmp.resolve("out").toString())
                .replace("@FILE", tmp.resolve("file.txt").toString()).replace("@FOREIGN", tmp.resolve("foreign").toString())
                .replace("@HOME", tmp.resolve("home").toString());
        if (arg.contains("@EMPTY")) out = out.replace("@EMPTY", Files.createFile(tmp.resolve("empty.yaml")).toString());
        if (arg.contains("@BIG")) {
            Path big = tmp.resolve("big.yaml");
            try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
                f.setLength(20L * 1024 * 1024);
            }
            out = out.replace("@BIG", big.toString());
        }
        if (arg.contains("@FIFO")) {
            Path fifo = tmp.resolve("fifo.yaml");
            int made;
            try {
                made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
            } catch (IOException e) {
                made = -1;
            }
            assumeTrue(made == 0 && Files.exists(fifo), "mkfifo is not available");
            out = out.replace("@FIFO", fifo.toString());
        }
        return out.replace("@TMP", tmp.toString());
    }

    /** Main's command line in this JVM, with its out/err and System.out/err captured. */
    static Outcome inProcess(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            code = cl.execute(args.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Outcome(code, out + sysOut.toString(StandardCharsets.UTF_8), err + sysErr.toString(StandardCharsets.UTF_8));
    }

    /** {@code java langsim.cli.Main ARGS} in @W, with @HOME as its home folder, a small heap and a timeout. */
    static Outcome subprocess(List<String> args, Path tmp) throws IOException, InterruptedException {
        Path home = tmp.resolve("home");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "langsim.cli.Main"));
        cmd.addAll(args);
        Path outFile = Files.createTempFile("corpus-out", ".txt");
        Path errFile = Files.createTempFile("corpus-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.resolve("work").toFile())
                    .redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
            pb.environment().put("HOME", home.toString());
            pb.environment().remove("LANGSIM_DEBUG");
            Process p = pb.start();
            if (!p.waitFor(SUBPROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Outcome(-1, Files.readString(outFile), "timed out after " + SUBPROCESS_TIMEOUT_SECONDS + " s; " + Files.readString(errFile));
            }
            return new Outcome(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    /** Every path under root (hidden ones included), with size and modification time for files. */
    static TreeMap<String, String> listing(Path root) throws IOException {
        return listing(root, Integer.MAX_VALUE);
    }

    static TreeMap<String, String> listing(Path root, int depth) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) return out;
        try (Stream<Path> paths = Files.walk(root, depth)) {
            for (Path p : paths.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.put(root.relativize(p).toString(), a.isDirectory() ? "folder" : a.size() + " bytes, modified " + a.lastModifiedTime());
            }
        }
        return out;
    }

    static TreeMap<String, String> projectListing() throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        listing(Path.of("results")).forEach((k, v) -> out.put("results/" + k, v));
        listing(CORPUS).forEach((k, v) -> out.put("broken/" + k, v));
        listing(Path.of("."), 1).keySet().forEach(k -> out.put("./" + k, "")); // names only: target/ changes under a build
        return out;
    }
}
