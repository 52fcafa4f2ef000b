package com.assisto.application.contract;

import com.assisto.domain.attachment.Attachment;
import com.assisto.domain.contract.ContractFile;
import com.assisto.domain.contract.ContractFileKind;
import java.time.Instant;

/**
 * One file of a contract as lists show it: a document generated from a template, or an
 * attachment kept by the attachment service. Getters, not a record: the console's expression
 * language reads properties.
 */
public final class ContractFileEntry {

    private final long id;
    private final ContractFileKind kind;
    private final String fileName;
    private final String mediaType;
    private final long sizeBytes;
    private final String sha256;
    private final String templateName;
    private final Integer templateRevision;
    private final String createdBy;
    private final Instant createdAt;

    private ContractFileEntry(
            long id,
            ContractFileKind kind,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String templateName,
            Integer templateRevision,
            String createdBy,
            Instant createdAt) {
        this.id = id;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.templateName = templateName;
        this.templateRevision = templateRevision;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static ContractFileEntry of(ContractFile document) {
        return new ContractFileEntry(
                document.getId(),
                ContractFileKind.DOCUMENT,
                document.getFileName(),
                document.getMediaType(),
                document.getSizeBytes(),
                document.getSha256(),
                document.getTemplateName(),
                document.getTemplateRevision(),
                document.getCreatedBy(),
                document.getCreatedAt());
    }

    public static ContractFileEntry of(Attachment attachment) {
        return new ContractFileEntry(
                attachment.getId(),
                ContractFileKind.ATTACHMENT,
                attachment.getFileName(),
                attachment.getMediaType(),
                attachment.getSizeBytes(),
                attachment.getSha256(),
                null,
                null,
                attachment.getCreatedBy(),
                attachment.getCreatedAt());
    }

    public long getId() {
        return id;
    }

    public ContractFileKind getKind() {
        return kind;
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

    public String getTemplateName() {
        return templateName;
    }

    public Integer getTemplateRevision() {
        return templateRevision;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
