package com.assisto.interfaces.rest.attachment;

import com.assisto.application.attachment.Attachments;
import com.assisto.domain.attachment.Attachment;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.interfaces.rest.Uploads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What each owner's resource answers for its attachments: the list, and an upload. */
@ApplicationScoped
public class OwnerAttachments {

    @EJB
    private Attachments attachments;

    @Inject
    @ConfigProperty(name = "assisto.attachments.max-bytes", defaultValue = "10485760")
    private long maxBytes;

    /**
     * An attachment as listed: {@code thumbnail} says whether {@code /attachments/{id}/thumbnail}
     * has a small JPEG of it (images only); {@code /attachments/{id}} is the file.
     */
    public record AttachmentDto(
            long id,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String caption,
            boolean thumbnail,
            String createdBy,
            Instant createdAt) {}

    /** The attachments of an owner, newest first. */
    public List<AttachmentDto> list(AttachmentOwner owner, long ownerId) {
        return attachments.of(owner, ownerId).stream()
                .map(OwnerAttachments::dto)
                .toList();
    }

    /** An upload for an owner: the raw bytes as the body, the file name and a caption as parameters. */
    public Response attach(AttachmentOwner owner, long ownerId, String name, String caption, InputStream body) {
        byte[] content = Uploads.read(body, name, maxBytes);
        return Response.status(Response.Status.CREATED)
                .entity(dto(attachments.attach(owner, ownerId, name, content, caption)))
                .build();
    }

    private static AttachmentDto dto(Attachment attachment) {
        return new AttachmentDto(
                attachment.getId(),
                attachment.getFileName(),
                attachment.getMediaType(),
                attachment.getSizeBytes(),
                attachment.getSha256(),
                attachment.getCaption(),
                attachment.hasThumbnail(),
                attachment.getCreatedBy(),
                attachment.getCreatedAt());
    }
}
