package com.assisto.domain.attachment;

import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A file kept with a contract, a piece of equipment or a plant (E3): a photo, a datasheet, a
 * manual, a signed scan. It names its owner by kind and id, and the customer the owner belongs
 * to, so that a download is checked against the caller's right to that customer's records.
 * Images keep a small JPEG thumbnail beside them for lists.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity {

    private static final int MAX_CAPTION = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    private AttachmentOwner ownerKind;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    private String caption;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, optional = false)
    @JoinColumn(name = "content_id")
    private FileContent content;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL)
    @JoinColumn(name = "thumbnail_id")
    private FileContent thumbnail;

    /** Whether there is a thumbnail, read without loading it (lists show the mark, not the image). */
    @Column(name = "has_thumbnail", nullable = false)
    private boolean withThumbnail;

    protected Attachment() {}

    /**
     * @param thumbnail the image's thumbnail, or null for a file that is not an image
     */
    public Attachment(
            AttachmentOwner ownerKind,
            long ownerId,
            long customerId,
            UploadedFile file,
            byte[] thumbnail,
            String caption,
            String createdBy,
            Instant createdAt) {
        this.ownerKind = Objects.requireNonNull(ownerKind);
        this.ownerId = ownerId;
        this.customerId = customerId;
        this.fileName = file.fileName();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.bytes().length;
        this.sha256 = file.sha256();
        this.caption = Text.trimToNull(caption);
        if (this.caption != null && this.caption.length() > MAX_CAPTION) {
            throw new ValidationException("caption", "value.tooLong", MAX_CAPTION);
        }
        this.createdBy = createdBy;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.content = new FileContent(file.bytes());
        this.thumbnail = thumbnail == null ? null : new FileContent(thumbnail);
        this.withThumbnail = thumbnail != null;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public AttachmentOwner getOwnerKind() {
        return ownerKind;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getCaption() {
        return caption;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public FileContent getContent() {
        return content;
    }

    /** The thumbnail's bytes (JPEG), or null when the file is not an image. */
    public FileContent getThumbnail() {
        return thumbnail;
    }

    public boolean hasThumbnail() {
        return withThumbnail;
    }
}
