package org.emporium.catalog;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.emporium.platform.BusinessRuleException;

/**
 * Checks an uploaded picture and draws its thumbnails with javax.imageio. A picture counts only if its magic
 * numbers say JPEG, PNG, WebP or GIF <em>and</em> ImageIO can decode it as that: a text file named .png, a
 * truncated file or a picture of absurd size is refused. Thumbnails keep the aspect ratio, are never larger than
 * the original, and are JPEG (PNG where the picture has transparency).
 */
public final class Pictures {

    /** Sides of the thumbnails: lists and the gallery strip, and the product page. */
    public static final int SMALL = 160;
    public static final int MEDIUM = 480;
    /** Refused above this many pixels (a small file can declare a huge canvas: a decompression bomb). */
    static final long MAX_PIXELS = 40_000_000L;

    private Pictures() {
    }

    /** A decoded picture and what it really is. */
    public record Picture(MediaKind kind, BufferedImage image) {
        public int width() {
            return image.getWidth();
        }

        public int height() {
            return image.getHeight();
        }
    }

    /** A thumbnail's bytes and type. */
    public record Encoded(byte[] bytes, String contentType, int width, int height) {
    }

    /**
     * Decodes the bytes as the picture their content says they are. Throws MEDIA_NOT_PICTURE for anything that is
     * not a JPEG/PNG/WebP/GIF, MEDIA_UNREADABLE for one that does not decode, MEDIA_TOO_MANY_PIXELS for a huge one.
     */
    public static Picture read(byte[] bytes) {
        MediaKind kind = MediaKind.of(bytes).filter(k -> k.picture).orElseThrow(() -> new BusinessRuleException(
                "MEDIA_NOT_PICTURE", "Only JPEG, PNG, WebP and GIF pictures can be uploaded"));
        ImageReader reader = readerFor(kind);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw new BusinessRuleException("MEDIA_TOO_MANY_PIXELS", "The picture has more than 40 megapixels");
            }
            BufferedImage image = reader.read(0);
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                throw unreadable();
            }
            return new Picture(kind, image);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException broken) {
                throw broken;
            }
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    private static BusinessRuleException unreadable() {
        return new BusinessRuleException("MEDIA_UNREADABLE", "The picture is damaged or cannot be read");
    }

    private static ImageReader readerFor(MediaKind kind) {
        if (kind == MediaKind.WEBP) {
            // created directly: no ImageIO plug-in registration, which would leak across redeployments
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw unreadable();
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.contentType);
        if (!readers.hasNext()) {
            throw unreadable();
        }
        return readers.next();
    }

    /** The picture scaled to fit a square of {@code side} pixels (aspect ratio kept, never enlarged). */
    public static Encoded thumbnail(BufferedImage image, int side) {
        double scale = Math.min(1.0, Math.min((double) side / image.getWidth(), (double) side / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage current = image;
        // halve step by step first: one big bilinear step would alias
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
        }
        BufferedImage scaled = draw(current, width, height, alpha);
        return alpha ? new Encoded(png(scaled), "image/png", width, height)
                : new Encoded(jpeg(scaled), "image/jpeg", width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
