package org.practica.courses.infrastructure;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageIoPixelsTest {

    private final ImageIoPixels pixels = new ImageIoPixels();

    private static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 110, 79));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void theSizeOfAnImageIsReadFromItsBytes() throws IOException {
        assertArrayEquals(new int[]{1200, 800}, pixels.size(picture("png", 1200, 800)).orElseThrow());
        assertArrayEquals(new int[]{640, 480}, pixels.size(picture("jpg", 640, 480)).orElseThrow());
        assertTrue(pixels.size("not a picture".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void aSmallerWebPCopyKeepsTheProportionsAndWeighsLess() throws IOException {
        byte[] png = picture("png", 1200, 800);
        byte[] webp = pixels.webp(png, 320).orElseThrow();
        assertEquals("RIFF", new String(Arrays.copyOfRange(webp, 0, 4), StandardCharsets.US_ASCII));
        assertEquals("WEBP", new String(Arrays.copyOfRange(webp, 8, 12), StandardCharsets.US_ASCII));
        assertArrayEquals(new int[]{320, 213}, pixels.size(webp).orElseThrow(), "read back by the WebP reader");
        assertTrue(webp.length < png.length, webp.length + " bytes against " + png.length);
        assertTrue(pixels.webp("not a picture".getBytes(StandardCharsets.UTF_8), 320).isEmpty());
    }
}
