package id.akademikoperasi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Something attached to a lesson: a stored file (by its SHA-256) or a video link. */
@Entity
@Table(name = "cat_material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MaterialKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "blob_sha256", length = 64)
    private String blobSha256;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "media_type", length = 100)
    private String mediaType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "video_url", length = 500)
    private String videoUrl;

    protected Material() {
    }

    static Material file(Lesson lesson, int position, String title, String sha256, String fileName, String mediaType, long size) {
        Material m = new Material();
        m.lesson = lesson;
        m.position = position;
        m.kind = MaterialKind.FILE;
        m.title = title;
        m.blobSha256 = sha256;
        m.fileName = fileName;
        m.mediaType = mediaType;
        m.sizeBytes = size;
        return m;
    }

    static Material video(Lesson lesson, int position, String title, String url) {
        Material m = new Material();
        m.lesson = lesson;
        m.position = position;
        m.kind = MaterialKind.VIDEO_LINK;
        m.title = title;
        m.videoUrl = url;
        return m;
    }

    Material copyInto(Lesson target) {
        return kind == MaterialKind.FILE
                ? file(target, position, title, blobSha256, fileName, mediaType, sizeBytes)
                : video(target, position, title, videoUrl);
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long id() { return id; }
    public int position() { return position; }
    public MaterialKind kind() { return kind; }
    public String title() { return title; }
    public String blobSha256() { return blobSha256; }
    public String fileName() { return fileName; }
    public String mediaType() { return mediaType; }
    public Long sizeBytes() { return sizeBytes; }
    public String videoUrl() { return videoUrl; }
}
