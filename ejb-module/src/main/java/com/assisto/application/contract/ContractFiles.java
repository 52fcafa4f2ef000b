package com.assisto.application.contract;

import com.assisto.application.attachment.Attachments;
import com.assisto.application.attachment.StoredFile;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.domain.contract.ContractFile;
import com.assisto.domain.contract.ContractFileRepository;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The files of a contract: the documents made from its type's templates, and what staff attach,
 * which the attachment service keeps like the files of equipment and plants.
 */
@Stateless
public class ContractFiles {

    @Inject
    private ContractFileRepository documents;

    @Inject
    private ContractAccess access;

    @EJB
    private Attachments attachments;

    public ContractFileEntry attach(long id, String fileName, byte[] content) {
        return ContractFileEntry.of(attachments.attach(AttachmentOwner.CONTRACT, id, fileName, content, null));
    }

    /** Documents and attachments, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContractFileEntry> files(long id) {
        access.get(id);
        List<ContractFileEntry> files = new ArrayList<>();
        documents.ofContract(id).forEach(document -> files.add(ContractFileEntry.of(document)));
        attachments.of(AttachmentOwner.CONTRACT, id).forEach(attachment -> files.add(ContractFileEntry.of(attachment)));
        files.sort(Comparator.comparing(ContractFileEntry::getCreatedAt)
                .thenComparing(ContractFileEntry::getId)
                .reversed());
        return files;
    }

    /** A stored file with its bytes, if the caller may see the contract it belongs to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StoredFile file(long id, long fileId) {
        access.get(id);
        Optional<ContractFile> document =
                documents.find(fileId).filter(found -> found.getContract().getId() == id);
        if (document.isPresent()) {
            ContractFile found = document.get();
            return new StoredFile(
                    found.getFileName(),
                    found.getMediaType(),
                    found.getContent().getBytes());
        }
        return attachments
                .fileOf(AttachmentOwner.CONTRACT, id, fileId)
                .orElseThrow(() -> new NotFoundException(Message.of(
                        "notFound.of",
                        Message.of("entity.ContractFile"),
                        String.valueOf(fileId),
                        Message.of("entity.Contract"),
                        String.valueOf(id))));
    }
}
