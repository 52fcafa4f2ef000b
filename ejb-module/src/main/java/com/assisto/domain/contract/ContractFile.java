package com.assisto.domain.contract;

import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Text;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file kept with a contract: a signed scan someone attached, or a document generated from a
 * template (then naming the template revision it came from). Contents are checked and
 * fingerprinted on the way in.
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
            Contract contract,
            ContractFileKind kind,
            String fileName,
            FileType type,
            byte[] bytes,
            String createdBy,
            Instant createdAt) {
        this.contract = Objects.requireNonNull(contract, "Contract is required.");
        this.kind = kind;
        this.fileName = safeName(fileName);
        this.mediaType = type.mediaType();
        this.sizeBytes = bytes.length;
        this.sha256 = fingerprint(bytes);
        this.createdBy = createdBy;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.content = new FileContent(bytes);
    }

    public static ContractFile attachment(
            Contract contract, String fileName, byte[] bytes, long maxBytes, String createdBy, Instant createdAt) {
        FileType type = FileType.check(fileName, bytes, maxBytes);
        return new ContractFile(contract, ContractFileKind.ATTACHMENT, fileName, type, bytes, createdBy, createdAt);
    }

    public static ContractFile document(
            Contract contract, ContractTemplate template, byte[] pdf, String createdBy, Instant createdAt) {
        String name = contract.getNumber().replace('/', '-') + " " + template.getName() + ".pdf";
        ContractFile file =
                new ContractFile(contract, ContractFileKind.DOCUMENT, name, FileType.PDF, pdf, createdBy, createdAt);
        file.templateName = template.getName();
        file.templateRevision = template.getRevision();
        return file;
    }

    /**
     * The name without any directory part and with only plain characters, so it is safe in a
     * download header and on any file system.
     */
    static String safeName(String fileName) {
        String name = Text.trimToNull(fileName) == null ? "file" : fileName.trim();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = "file" + name;
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
