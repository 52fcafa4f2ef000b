package com.assisto.domain.contract;

import com.assisto.domain.attachment.FileContent;
import com.assisto.domain.attachment.FileType;
import com.assisto.domain.attachment.UploadedFile;
import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A document generated for a contract from a template, naming the template revision it came from.
 * Files people attach to a contract are attachments, kept by the attachment service like those of
 * equipment and plants.
 */
@Entity
@Table(name = "contract_file")
public class ContractFile extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractFileKind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "template_name")
    private String templateName;

    @Column(name = "template_revision")
    private Integer templateRevision;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, optional = false)
    @JoinColumn(name = "content_id")
    private FileContent content;

    protected ContractFile() {}

    private ContractFile(
            Contract contract, ContractFileKind kind, UploadedFile file, String createdBy, Instant createdAt) {
        this.contract = Objects.requireNonNull(contract, "Contract is required.");
        this.kind = kind;
        this.fileName = file.fileName();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.bytes().length;
        this.sha256 = file.sha256();
        this.createdBy = createdBy;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.content = new FileContent(file.bytes());
    }

    public static ContractFile document(
            Contract contract, ContractTemplate template, byte[] pdf, String createdBy, Instant createdAt) {
        String name = contract.getNumber().replace('/', '-') + " " + template.getName() + ".pdf";
        ContractFile file = new ContractFile(
                contract, ContractFileKind.DOCUMENT, UploadedFile.made(name, FileType.PDF, pdf), createdBy, createdAt);
        file.templateName = template.getName();
        file.templateRevision = template.getRevision();
        return file;
    }

    public Contract getContract() {
        return contract;
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
        return createdAt.toInstant();
    }

    public FileContent getContent() {
        return content;
    }
}
