package langsim.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import langsim.experiment.Parallel;
import langsim.output.ResultsFolder;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders charts to PNG (at {@link #SCALE}x, with the resolution recorded as 192 dpi so that print size
 * matches screen size) and SVG, byte for byte the same for the same input: no timestamps, fixed SVG ids.
 */
public final class ChartWriter {
    /** Logical size of every chart, the SVG's size in px. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 750;
    /** PNG pixels per logical pixel: PNGs are 2400 x 1500. */
    public static final int SCALE = 2;

    /** A chart rendered in both formats. */
    public record Rendered(String file, String title, String caption, byte[] png, String svg) {
        public String pngName() {
            return file + ".png";
        }

        public String svgName() {
            return file + ".svg";
        }
    }

    private ChartWriter() {
    }

    public static List<Rendered> render(List<Charts.Named> charts) {
        return render(charts, Runtime.getRuntime().availableProcessors(), done -> { });
    }

    /**
     * Renders the charts on up to {@code threads} threads, one chart per task (a JFreeChart must not be drawn by two
     * threads at once), in the order given whatever the thread count; {@code done} hears how many are finished.
     */
    public static List<Rendered> render(List<Charts.Named> charts, int threads, IntConsumer done) {
        AtomicInteger finished = new AtomicInteger();
        return Parallel.map(charts.size(), threads, "langsim-chart", i -> {
            Charts.Named c = charts.get(i);
            Rendered r = new Rendered(c.file(), c.title(), c.caption(), png(c.grid()), svg(c.grid(), c.file()));
            done.accept(finished.incrementAndGet());
            return r;
        });
    }

    public static byte[] png(Drawable drawable) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(SCALE, SCALE);
            drawable.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g2.dispose();
        }
        return PngEncoder.encode(image, 96 * SCALE);
    }

    public static String svg(Drawable drawable, String idPrefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // the default prefix is derived from the clock: fix it so that the same chart gives the same file
        g2.setDefsKeyPrefix("langsim-" + idPrefix.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        drawable.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        // no DOCTYPE: the SVG 1.1 DTD is a network address that XML tools would try to fetch
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
    }

    /**
     * Writes the charts into {@code folder} (e.g. results/x/charts) all at once: into a hidden sibling
     * folder first, which then replaces the old folder, so a failure leaves the old charts in place.
     */
    public static void writeFolder(Path folder, List<Rendered> charts) {
        Path target = folder.toAbsolutePath().normalize();
        ResultsFolder.removeDebris(target);
        Path staging = ResultsFolder.stagingName(target, "tmp");
        Path old = null;
        try {
            Files.createDirectory(staging);
            for (Rendered c : charts) {
                Files.write(staging.resolve(c.pngName()), c.png());
                Files.writeString(staging.resolve(c.svgName()), c.svg(), StandardCharsets.UTF_8);
            }
            if (Files.exists(target)) {
                old = ResultsFolder.stagingName(target, "old");
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) ResultsFolder.deleteTree(old);
        } catch (IOException e) {
            ResultsFolder.deleteTree(staging);
            throw new UncheckedIOException("cannot write charts into " + folder, e);
        } finally {
            ResultsFolder.released(staging);
            if (old != null) ResultsFolder.released(old);
        }
    }
}
