package org.practica.courses.infrastructure;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import jakarta.enterprise.context.ApplicationScoped;
import org.practica.courses.domain.media.ImagePixels;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Image sizes and WebP copies with Java's ImageIO (PNG, JPEG, GIF) and libwebp through
 * webp-imageio (WebP in and out). The WebP reader and writer are made directly, not looked up in
 * ImageIO's registry, which belongs to the whole server rather than this application.
 */
@ApplicationScoped
public class ImageIoPixels implements ImagePixels {

    private static final Logger LOG = Logger.getLogger(ImageIoPixels.class.getName());
    /** Lossy, at the quality photographs and diagrams both still read well at on a phone. */
    private static final float QUALITY = 0.75f;

    @Override
    public Optional<int[]> size(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            ImageReader reader = readerFor(in);
            if (reader == null) {
                return Optional.empty();
            }
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[]{reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "image size not read", e);
            return Optional.empty();
        }
    }

    @Override
    public Optional<byte[]> webp(byte[] image, int width) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            ImageReader reader = readerFor(in);
            if (reader == null) {
                return Optional.empty();
            }
            BufferedImage original;
            try {
                reader.setInput(in, true, true);
                original = reader.read(0);
            } finally {
                reader.dispose();
            }
            int height = Math.max(1, Math.round((float) original.getHeight() * width / original.getWidth()));
            BufferedImage scaled = new BufferedImage(width, height,
                    original.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(original, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            ImageWriter writer = new WebPImageWriterSpi().createWriterInstance(null);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
                param.setCompressionMode(WebPWriteParam.MODE_EXPLICIT);
                param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
                param.setCompressionQuality(QUALITY);
                writer.setOutput(out);
                writer.write(null, new javax.imageio.IIOImage(scaled, null, null), param);
            } finally {
                writer.dispose();
            }
            return Optional.of(bytes.toByteArray());
        } catch (IOException | RuntimeException | LinkageError e) {
            // no copy: the original is served instead
            LOG.log(Level.WARNING, "no WebP copy made", e);
            return Optional.empty();
        }
    }

    private static ImageReader readerFor(ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (readers.hasNext()) {
            return readers.next();
        }
        WebPImageReaderSpi webp = new WebPImageReaderSpi();
        return webp.canDecodeInput(in) ? webp.createReaderInstance(null) : null;
    }
}
