package com.assisto.application.contract;

import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFile;
import com.assisto.domain.contract.ContractFileRepository;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The files of a contract: attachments uploaded by staff and the documents made from templates. */
@Stateless
public class ContractFiles {

    @Inject
    private ContractFileRepository files;

    @Inject
    private ContractAccess access;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "assisto.attachments.max-bytes", defaultValue = "10485760")
    private long maxAttachmentBytes;

    public ContractFile attach(long id, String fileName, byte[] content) {
        Contract contract = access.get(id);
        if (!contract.getStatus().isEditable()
                && contract.getStatus() != ContractStatus.RENEWED
                && contract.getStatus() != ContractStatus.EXPIRED) {
            throw new ValidationException("status", "contract.filesClosed", contract.getNumber(), contract.getStatus());
        }
        ContractFile file = ContractFile.attachment(
                contract, fileName, content, maxAttachmentBytes, caller.callerName(), Instant.now());
        files.add(file);
        audit.record(
                Contract.AUDIT_TYPE,
                id,
                "file attached",
                Message.of("audit.fileAttached", file.getFileName(), file.getSizeBytes(), file.getSha256()));
        return file;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContractFile> files(long id) {
        access.get(id);
        return files.ofContract(id);
    }

    /** A stored file with its bytes, if the caller may see the contract it belongs to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StoredFile file(long id, long fileId) {
        access.get(id);
        ContractFile file = files.find(fileId)
                .filter(found -> found.getContract().getId() == id)
                .orElseThrow(() -> new NotFoundException(Message.of(
                        "notFound.of",
                        Message.of("entity.ContractFile"),
                        String.valueOf(fileId),
                        Message.of("entity.Contract"),
                        String.valueOf(id))));
        return new StoredFile(
                file.getFileName(), file.getMediaType(), file.getContent().getBytes());
    }
}
