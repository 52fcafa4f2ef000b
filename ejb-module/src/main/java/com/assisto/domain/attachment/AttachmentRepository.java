package com.assisto.domain.attachment;

import java.util.List;
import java.util.Optional;

/** Where attachments are kept, whoever owns them. */
public interface AttachmentRepository {

    Optional<Attachment> find(long id);

    /** The attachments of one owner, newest first, without their bytes. */
    List<Attachment> of(AttachmentOwner ownerKind, long ownerId);

    void add(Attachment attachment);

    void remove(Attachment attachment);
}
