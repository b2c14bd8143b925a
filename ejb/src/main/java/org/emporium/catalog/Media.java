package org.emporium.catalog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One uploaded file (a picture, one of its thumbnails, or a video), stored in the database so that every node of a
 * cluster serves it. Never changes once stored: its address carries a random key, its ETag is its SHA-256.
 */
@Entity
@Table(name = "media")
@NamedQuery(name = "Media.byKey", query = "SELECT m FROM Media m WHERE m.key = :key")
public class Media {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "media_key", nullable = false, length = 40, updatable = false)
    private String key;

    @Column(name = "content_type", nullable = false, length = 40, updatable = false)
    private String contentType;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private long size;

    @Column(name = "width", updatable = false)
    private Integer width;

    @Column(name = "height", updatable = false)
    private Integer height;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Media() {
        // for JPA
    }

    Media(String key, String contentType, byte[] content, Integer width, Integer height, String sha256,
          Long uploadedBy, Instant now) {
        this.key = key;
        this.contentType = contentType;
        this.content = content;
        this.size = content.length;
        this.width = width;
        this.height = height;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
    }

    public String getKey() {
        return key;
    }

    /** The account that uploaded it (null for demo pictures). */
    public Long getUploadedBy() {
        return uploadedBy;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
