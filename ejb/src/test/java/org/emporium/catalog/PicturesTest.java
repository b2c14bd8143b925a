package org.emporium.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.emporium.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Upload checks by content, and thumbnails that keep the aspect ratio. */
class PicturesTest {

    /** Google's 1×1 WebP samples (lossless and lossy). */
    private static final String WEBP_LOSSLESS = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";
    private static final String WEBP_LOSSY = "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA";

    static byte[] picture(String format, int width, int height, boolean alpha) throws IOException {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    @Test
    void picturesAreKnownByTheirContentNotTheirName() throws IOException {
        assertThat(MediaKind.of(picture("png", 20, 10, true))).contains(MediaKind.PNG);
        assertThat(MediaKind.of(picture("jpeg", 20, 10, false))).contains(MediaKind.JPEG);
        assertThat(MediaKind.of(picture("gif", 20, 10, false))).contains(MediaKind.GIF);
        assertThat(MediaKind.of(Base64.getDecoder().decode(WEBP_LOSSLESS))).contains(MediaKind.WEBP);
        assertThat(MediaKind.of("just some text, named .png".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaKind.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaKind.of(new byte[3])).isEmpty();
        assertThat(MediaKind.of(null)).isEmpty();
    }

    @Test
    void videosAreKnownByTheirContent() {
        byte[] mp4 = new byte[32];
        System.arraycopy("\0\0\0\u0018ftypisom".getBytes(StandardCharsets.ISO_8859_1), 0, mp4, 0, 12);
        assertThat(MediaKind.of(mp4)).contains(MediaKind.MP4);
        byte[] mov = mp4.clone();
        System.arraycopy("qt  ".getBytes(StandardCharsets.ISO_8859_1), 0, mov, 8, 4);
        assertThat(MediaKind.of(mov)).isEmpty();
        byte[] webm = new byte[40];
        webm[0] = 0x1A;
        webm[1] = 0x45;
        webm[2] = (byte) 0xDF;
        webm[3] = (byte) 0xA3;
        System.arraycopy("B\u0082\u0084webm".getBytes(StandardCharsets.ISO_8859_1), 0, webm, 20, 7);
        assertThat(MediaKind.of(webm)).contains(MediaKind.WEBM);
    }

    @Test
    void everyPictureKindDecodes() throws IOException {
        assertThat(Pictures.read(picture("png", 30, 20, true)).kind()).isEqualTo(MediaKind.PNG);
        assertThat(Pictures.read(picture("jpeg", 30, 20, false)).width()).isEqualTo(30);
        assertThat(Pictures.read(picture("gif", 30, 20, false)).height()).isEqualTo(20);
        Pictures.Picture lossless = Pictures.read(Base64.getDecoder().decode(WEBP_LOSSLESS));
        assertThat(lossless.kind()).isEqualTo(MediaKind.WEBP);
        assertThat(lossless.width()).isEqualTo(1);
        assertThat(Pictures.read(Base64.getDecoder().decode(WEBP_LOSSY)).height()).isEqualTo(1);
    }

    @Test
    void aFileThatOnlyLooksLikeAPictureIsRefused() throws IOException {
        assertThatThrownBy(() -> Pictures.read("hello, I am a text file".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BusinessRuleException.class).extracting("code").isEqualTo("MEDIA_NOT_PICTURE");
        byte[] png = picture("png", 300, 200, false);
        byte[] truncated = Arrays.copyOf(png, 40); // PNG magic, then nothing usable
        assertThatThrownBy(() -> Pictures.read(truncated))
                .isInstanceOf(BusinessRuleException.class).extracting("code").isEqualTo("MEDIA_UNREADABLE");
        byte[] webmNamedPicture = new byte[40];
        webmNamedPicture[0] = 0x1A;
        webmNamedPicture[1] = 0x45;
        webmNamedPicture[2] = (byte) 0xDF;
        webmNamedPicture[3] = (byte) 0xA3;
        System.arraycopy("webm".getBytes(StandardCharsets.ISO_8859_1), 0, webmNamedPicture, 20, 4);
        assertThatThrownBy(() -> Pictures.read(webmNamedPicture))
                .isInstanceOf(BusinessRuleException.class).extracting("code").isEqualTo("MEDIA_NOT_PICTURE");
    }

    @Test
    void thumbnailsKeepTheAspectRatioAndAreNeverEnlarged() throws IOException {
        BufferedImage wide = ImageIO.read(new ByteArrayInputStream(picture("jpeg", 1200, 800, false)));
        Pictures.Encoded small = Pictures.thumbnail(wide, Pictures.SMALL);
        assertThat(small.width()).isEqualTo(160);
        assertThat(small.height()).isEqualTo(107); // 800 × 160 / 1200 = 106.7
        assertThat(small.contentType()).isEqualTo("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(small.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(160);
        assertThat(decoded.getHeight()).isEqualTo(107);

        BufferedImage tall = ImageIO.read(new ByteArrayInputStream(picture("png", 300, 900, true)));
        Pictures.Encoded medium = Pictures.thumbnail(tall, Pictures.MEDIUM);
        assertThat(medium.height()).isEqualTo(480);
        assertThat(medium.width()).isEqualTo(160);
        assertThat(medium.contentType()).isEqualTo("image/png"); // transparency kept

        BufferedImage tiny = ImageIO.read(new ByteArrayInputStream(picture("png", 40, 30, false)));
        Pictures.Encoded notEnlarged = Pictures.thumbnail(tiny, Pictures.MEDIUM);
        assertThat(notEnlarged.width()).isEqualTo(40);
        assertThat(notEnlarged.height()).isEqualTo(30);
    }

    @Test
    void sizeLimitsAndAddresses() {
        MediaService.requireSize(new byte[10], 10);
        assertThatThrownBy(() -> MediaService.requireSize(new byte[11], 10))
                .isInstanceOf(BusinessRuleException.class).extracting("code").isEqualTo("MEDIA_TOO_LARGE");
        assertThatThrownBy(() -> MediaService.requireSize(new byte[0], 10))
                .isInstanceOf(BusinessRuleException.class).extracting("code").isEqualTo("MEDIA_EMPTY");
        String url = "/media/AbCdEfGhIjKlMnOpQrStUv";
        assertThat(MediaService.thumbnailOf(url)).isEqualTo(url + "-160");
        assertThat(MediaService.mediumOf(url)).isEqualTo(url + "-480");
        assertThat(MediaService.thumbnailOf("/images/generated/tea/1.svg")).isEqualTo("/images/generated/tea/1.svg");
        assertThat(MediaService.isUploaded(url + "-160")).isFalse();
    }
}
