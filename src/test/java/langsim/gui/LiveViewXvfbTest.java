package langsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the real Console and chart window under Xvfb (Debian package xvfb) in a child JVM. Skipped where
 * Xvfb is not installed.
 */
class LiveViewXvfbTest {
    @TempDir
    Path tmp;

    @Test
    void consoleAndChartWindowOpenAndRunUnderXvfb() throws Exception {
        String xvfb = which("Xvfb");
        Assumptions.assumeTrue(xvfb != null, "Xvfb is not installed (apt-get install xvfb)");
        Process server = null;
        String display = null;
        for (int n = 91; n < 120 && server == null; n++) {
            if (new File("/tmp/.X11-unix/X" + n).exists() || new File("/tmp/.X" + n + "-lock").exists()) continue;
            Process p = new ProcessBuilder(xvfb, ":" + n, "-screen", "0", "1280x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("xvfb.log").toFile()).start();
            for (int i = 0; i < 50 && p.isAlive() && !new File("/tmp/.X11-unix/X" + n).exists(); i++) Thread.sleep(100);
            if (p.isAlive() && new File("/tmp/.X11-unix/X" + n).exists()) {
                server = p;
                display = ":" + n;
            } else {
                p.destroy();
            }
        }
        Assumptions.assumeTrue(server != null, "could not start Xvfb");
        try {
            Path shot = tmp.resolve("live-view.png");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), GuiSmoke.class.getName(), shot.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile());
            pb.environment().put("DISPLAY", display);
            Process child = pb.start();
            boolean done = child.waitFor(120, TimeUnit.SECONDS);
            if (!done) child.destroyForcibly();
            String log = Files.readString(tmp.resolve("child.log"));
            assertTrue(done, "live view did not finish: " + log);
            assertEquals(0, child.exitValue(), log);
            assertTrue(log.contains("years shown: 6;"), log);
            assertTrue(log.contains("windows apart: true"), "the Console does not cover the chart: " + log);
            assertTrue(log.contains("verdict shown: Verdict of this run (seed 5): Rust is "), log);
            var image = ImageIO.read(shot.toFile());
            assertEquals(1280, image.getWidth());
            String keep = System.getenv("LANGSIM_GUI_SCREENSHOT");
            if (keep != null) Files.copy(shot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, program);
            if (f.canExecute()) return f.getPath();
        }
        return null;
    }
}
