package com.assisto.application.attachment;

import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.attachment.Attachment;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.domain.attachment.AttachmentRepository;
import com.assisto.domain.attachment.Thumbnails;
import com.assisto.domain.attachment.UploadedFile;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one attachment service (E3): files kept with contracts, equipment and plants, checked on
 * the way in (size limit, type recognised from the bytes), images with a thumbnail, and every read
 * checked against the caller's right to the owner. Staff and technicians add files, the back
 * office removes them, customers read their own. Kept in the database (see FileContent).
 */
@Stateless
public class Attachments {

    /** The audit entity type of an owner kind: the owner's own trail records its files. */
    private static final Map<AttachmentOwner, String> AUDIT_TYPES = Map.of(
            AttachmentOwner.CONTRACT,
            "Contract",
            AttachmentOwner.EQUIPMENT,
            "Equipment",
            AttachmentOwner.PLANT,
            "Plant");

    @Inject
    private AttachmentRepository attachments;

    @Inject
    private AttachmentOwners owners;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "assisto.attachments.max-bytes", defaultValue = "10485760")
    private long maxBytes;

    @RolesAllowed({"ADMIN", "BACKOFFICE", "TECHNICIAN"})
    public Attachment attach(AttachmentOwner kind, long ownerId, String fileName, byte[] content, String caption) {
        long customerId = owners.customerForChange(kind, ownerId);
        UploadedFile file = UploadedFile.check(fileName, content, maxBytes);
        Attachment attachment = new Attachment(
                kind,
                ownerId,
                customerId,
                file,
                Thumbnails.of(file).orElse(null),
                caption,
                caller.callerName(),
                Instant.now());
        attachments.add(attachment);
        audit.record(
                AUDIT_TYPES.get(kind),
                ownerId,
                "file attached",
                Message.of("audit.fileAttached", file.fileName(), content.length, file.sha256()));
        return attachment;
    }

    /** The attachments of an owner the caller may see, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Attachment> of(AttachmentOwner kind, long ownerId) {
        owners.customerOf(kind, ownerId);
        return attachments.of(kind, ownerId);
    }

    /** An attachment's file, if the caller may see its owner. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StoredFile file(long id) {
        Attachment attachment = readable(id);
        return new StoredFile(
                attachment.getFileName(),
                attachment.getMediaType(),
                attachment.getContent().getBytes());
    }

    /** The file of an attachment of that owner, if there is one and the caller may see the owner. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoredFile> fileOf(AttachmentOwner kind, long ownerId, long id) {
        Optional<Attachment> attachment =
                attachments.find(id).filter(found -> found.getOwnerKind() == kind && found.getOwnerId() == ownerId);
        if (attachment.isPresent()) {
            owners.customerOf(kind, ownerId);
        }
        return attachment.map(found -> new StoredFile(
                found.getFileName(), found.getMediaType(), found.getContent().getBytes()));
    }

    /** An image attachment's thumbnail (JPEG), if the caller may see its owner. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StoredFile thumbnail(long id) {
        Attachment attachment = readable(id);
        if (!attachment.hasThumbnail()) {
            throw new NotFoundException(Message.of(
                    "notFound.of",
                    Message.of("entity.Thumbnail"),
                    String.valueOf(id),
                    Message.of("entity.Attachment"),
                    String.valueOf(id)));
        }
        return new StoredFile(
                "thumbnail-" + attachment.getFileName() + ".jpg",
                "image/jpeg",
                attachment.getThumbnail().getBytes());
    }

    @RolesAllowed({"ADMIN", "BACKOFFICE"})
    public void remove(long id) {
        Attachment attachment = attachments.find(id).orElseThrow(() -> new NotFoundException("Attachment", id));
        owners.customerForChange(attachment.getOwnerKind(), attachment.getOwnerId());
        attachments.remove(attachment);
        audit.record(
                AUDIT_TYPES.get(attachment.getOwnerKind()),
                attachment.getOwnerId(),
                "file removed",
                Message.of("audit.fileRemoved", attachment.getFileName(), attachment.getSha256()));
    }

    private Attachment readable(long id) {
        Attachment attachment = attachments.find(id).orElseThrow(() -> new NotFoundException("Attachment", id));
        try {
            owners.customerOf(attachment.getOwnerKind(), attachment.getOwnerId());
        } catch (NotFoundException hidden) {
            // another customer's file answers as one that does not exist, not as its owner
            throw new NotFoundException("Attachment", id);
        }
        return attachment;
    }
}
