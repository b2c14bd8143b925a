package org.emporium.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.platform.BusinessRuleException;

/**
 * Uploaded product pictures and videos (商品图片/视频). A picture is checked by its content (magic numbers, then
 * decoded by ImageIO) and stored with two thumbnails; a video is checked by its magic numbers. Limits come from
 * MicroProfile Config: {@code emporium.media.picture.max-bytes} (default 5 MB) and
 * {@code emporium.media.video.max-bytes} (default 20 MB). Addresses are {@code /media/{key}}, the thumbnails
 * {@code /media/{key}-160} and {@code /media/{key}-480}.
 */
@Stateless
public class MediaService {

    public static final String PREFIX = "/media/";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "emporium.media.picture.max-bytes", defaultValue = "5242880")
    long pictureMaxBytes;

    @Inject
    @ConfigProperty(name = "emporium.media.video.max-bytes", defaultValue = "20971520")
    long videoMaxBytes;

    /** Where a stored picture and its thumbnails are served. */
    public record StoredPicture(String url, String mediumUrl, String thumbUrl, int width, int height) {
    }

    public long pictureMaxBytes() {
        return pictureMaxBytes;
    }

    public long videoMaxBytes() {
        return videoMaxBytes;
    }

    /** Checks and stores a picture with its 480 px and 160 px thumbnails, all in one transaction. */
    public StoredPicture storePicture(byte[] bytes, Long uploadedBy) {
        requireSize(bytes, pictureMaxBytes);
        Pictures.Picture picture = Pictures.read(bytes);
        String key = newKey();
        store(key, picture.kind().contentType, bytes, picture.width(), picture.height(), uploadedBy);
        for (int side : List.of(Pictures.MEDIUM, Pictures.SMALL)) {
            Pictures.Encoded thumb = Pictures.thumbnail(picture.image(), side);
            store(key + "-" + side, thumb.contentType(), thumb.bytes(), thumb.width(), thumb.height(), uploadedBy);
        }
        return new StoredPicture(PREFIX + key, mediumOf(PREFIX + key), thumbnailOf(PREFIX + key), picture.width(),
                picture.height());
    }

    /** Checks (MP4 or WebM by content) and stores a video; its address. */
    public String storeVideo(byte[] bytes, Long uploadedBy) {
        requireSize(bytes, videoMaxBytes);
        MediaKind kind = MediaKind.of(bytes).filter(k -> !k.picture).orElseThrow(() -> new BusinessRuleException(
                "MEDIA_NOT_VIDEO", "Only MP4 and WebM videos can be uploaded"));
        String key = newKey();
        store(key, kind.contentType, bytes, null, null, uploadedBy);
        return PREFIX + key;
    }

    /** The stored file with this key (the part of its address after /media/). */
    public Optional<Media> find(String key) {
        return em.createNamedQuery("Media.byKey", Media.class).setParameter("key", key).getResultStream()
                .findFirst();
    }

    /**
     * Refuses any address that is not a picture {@code accountId} uploaded: shoppers' photos (晒单, after-sales
     * evidence) are their own, never somebody else's file.
     */
    public void requireUploadedBy(java.util.List<String> urls, long accountId) {
        for (String url : urls) {
            boolean own = isUploaded(url) && find(url.substring(PREFIX.length()))
                    .filter(m -> m.getUploadedBy() != null && m.getUploadedBy() == accountId).isPresent();
            if (!own) {
                throw new org.emporium.platform.BusinessRuleException("VALIDATION",
                        "Photo " + url + " was not uploaded by you");
            }
        }
    }

    /** The 160 px thumbnail of an uploaded picture's address; other addresses are their own thumbnail. */
    public static String thumbnailOf(String url) {
        return isUploaded(url) ? url + "-" + Pictures.SMALL : url;
    }

    /** The 480 px version of an uploaded picture's address; other addresses are their own. */
    public static String mediumOf(String url) {
        return isUploaded(url) ? url + "-" + Pictures.MEDIUM : url;
    }

    /** An address this service hands out for an original upload: /media/ and a key. */
    public static boolean isUploaded(String url) {
        return url != null && url.matches("^/media/[A-Za-z0-9_-]{22}$");
    }

    static void requireSize(byte[] bytes, long max) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessRuleException("MEDIA_EMPTY", "The file is empty");
        }
        if (bytes.length > max) {
            throw new BusinessRuleException("MEDIA_TOO_LARGE", "The file is larger than " + max + " bytes");
        }
    }

    private void store(String key, String contentType, byte[] bytes, Integer width, Integer height, Long uploader) {
        em.persist(new Media(key, contentType, bytes, width, height, sha256(bytes), uploader, clock.instant()));
    }

    private static String newKey() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
