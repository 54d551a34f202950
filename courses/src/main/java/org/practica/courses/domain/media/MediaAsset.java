package org.practica.courses.domain.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.practica.courses.domain.course.CourseId;
import org.practica.kernel.InvalidInput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An image or attachment a trainer uploaded for one course. Its type is what the bytes are (as
 * detected), never what the uploader claimed; a file that is not an accepted type or is over its
 * kind's limit never becomes an asset. Assets are immutable, so browsers may cache them for good;
 * a changed picture is a new asset.
 */
@Entity
@Table(name = "media_asset")
public class MediaAsset {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MediaKind kind;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** An image's size in pixels, read on upload; null for attachments (and images from before sizes were kept). */
    private Integer width;

    private Integer height;

    protected MediaAsset() {
    }

    /**
     * @param detectedType the type found in the bytes themselves
     * @param content      at most one byte more than the largest limit, so an oversized file is recognised
     */
    public MediaAsset(CourseId course, String fileName, String detectedType, byte[] content, String by, Instant now) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "media.empty");
        }
        MediaKind found = MediaKind.of(detectedType)
                .orElseThrow(() -> new InvalidInput("file", "media.type", String.valueOf(detectedType)));
        if (content.length > found.maxBytes()) {
            throw new InvalidInput("file", "media.tooLarge", found.maxBytes() / 1024);
        }
        this.courseId = course.value();
        this.kind = found;
        this.fileName = safeName(fileName, detectedType);
        this.contentType = detectedType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = digest(content);
        this.createdBy = by;
        this.createdAt = now;
    }

    /**
     * A name that is safe in a URL path and a download header: letters and digits of any script,
     * dot, dash and underscore; everything else becomes a dash.
     */
    static String safeName(String name, String type) {
        String base = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
        if (base.isEmpty()) {
            base = "file" + switch (type) {
                case "image/png" -> ".png";
                case "image/jpeg" -> ".jpg";
                case "application/pdf" -> ".pdf";
                default -> "";
            };
        }
        if (base.length() > NAME_MAX) {
            base = base.substring(base.length() - NAME_MAX);
        }
        return base;
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long id() {
        return id;
    }

    public CourseId courseId() {
        return new CourseId(courseId);
    }

    public MediaKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    /** Where pages and lessons link to the file; the name is part of it so downloads keep it. */
    public String path() {
        return path(id, fileName);
    }

    public static String path(long id, String fileName) {
        return "/media/" + id + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Records the image's size in pixels, as its bytes say. */
    public void measured(int widthPixels, int heightPixels) {
        if (kind == MediaKind.IMAGE && widthPixels > 0 && heightPixels > 0) {
            this.width = widthPixels;
            this.height = heightPixels;
        }
    }

    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }

    public MediaListing listing() {
        return new MediaListing(id, courseId, kind, fileName, contentType, sizeBytes, width, height);
    }
}
