package org.emporium.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What an uploaded file really is, decided by its first bytes (magic numbers), never by its name or by what the
 * browser says: pictures (JPEG, PNG, WebP, GIF) and videos (MP4, WebM). Anything else, SVG included (it can carry
 * scripts), is refused.
 */
public enum MediaKind {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    WEBP("image/webp", "webp", true),
    GIF("image/gif", "gif", true),
    MP4("video/mp4", "mp4", false),
    WEBM("video/webm", "webm", false);

    /** ISO base media brands of MP4 video (not HEIC/AVIF pictures, not QuickTime). */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41",
            "mp42", "avc1", "M4V ", "dash", "mmp4", "MSNV");

    public final String contentType;
    public final String extension;
    public final boolean picture;

    MediaKind(String contentType, String extension, boolean picture) {
        this.contentType = contentType;
        this.extension = extension;
        this.picture = picture;
    }

    /** The kind these bytes are, by their magic numbers; empty for anything else. */
    public static Optional<MediaKind> of(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return Optional.empty();
        }
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ascii(bytes, 0, 6).equals("GIF87a") || ascii(bytes, 0, 6).equals("GIF89a")) {
            return Optional.of(GIF);
        }
        if (ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(bytes, 4, 4).equals("ftyp") && MP4_BRANDS.contains(ascii(bytes, 8, 4))) {
            return Optional.of(MP4);
        }
        if (starts(bytes, 0, 0x1A, 0x45, 0xDF, 0xA3) && ascii(bytes, 0, Math.min(bytes.length, 64)).contains("webm")) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        if (bytes.length < offset + length) {
            return "";
        }
        return new String(Arrays.copyOfRange(bytes, offset, offset + length), StandardCharsets.ISO_8859_1);
    }
}
