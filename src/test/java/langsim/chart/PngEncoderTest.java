package langsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class PngEncoderTest {
    @Test
    void decodesToTheSamePixelsWithTheResolutionRecorded() throws Exception {
        // random pixels over flat stripes: every byte value and every row difference occurs
        BufferedImage image = new BufferedImage(61, 37, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, y % 5 == 0 ? 0x0072B2 : random.nextInt(1 << 24));
        }
        byte[] png = PngEncoder.encode(image, 192);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage back = reader.read(0);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
            Element root = (Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            assertEquals(Math.round(192 / 0.0254), Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis")));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
        }
    }
}
