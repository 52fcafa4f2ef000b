package com.assisto.domain.contracttype;

import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One revision of a contract document template (C13): HTML with parameter fields, for one
 * contract type. Saving a template adds a revision; earlier ones stay, so every stored document
 * can name the exact text it was made from. A template documents were made from is retired
 * rather than deleted: no longer offered for new documents, still there for the ones it made.
 */
@Entity
@Table(name = "contract_template")
public class ContractTemplate extends BaseEntity {

    private static final Pattern NAME_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}");
    static final int MAX_BODY = 200_000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_type_id")
    private ContractType contractType;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false, updatable = false)
    private String locale;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private boolean retired;

    protected ContractTemplate() {}

    /** The revision following the given one (null for a template's first revision). */
    public ContractTemplate(
            ContractType contractType,
            String name,
            ContractTemplate previous,
            String locale,
            String body,
            String createdBy,
            Instant createdAt) {
        this.contractType = Objects.requireNonNull(contractType, "Contract type is required.");
        this.name = Text.trimToNull(name);
        if (this.name == null || !NAME_SHAPE.matcher(this.name).matches()) {
            throw new ValidationException("name", "template.badName", name);
        }
        if (!"it".equals(locale) && !"en".equals(locale)) {
            throw new ValidationException("locale", "template.badLocale", locale);
        }
        if (Text.trimToNull(body) == null) {
            throw new ValidationException("body", "value.required");
        }
        if (body.length() > MAX_BODY) {
            throw new ValidationException("body", "value.tooLong", MAX_BODY);
        }
        if (previous != null && previous.retired) {
            throw new ValidationException("name", "template.retiredName", this.name);
        }
        this.revision = previous == null ? 1 : previous.revision + 1;
        this.locale = locale;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    /** No new documents from this template, nor new revisions of it. */
    public void retire() {
        retired = true;
    }

    public boolean isRetired() {
        return retired;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public String getName() {
        return name;
    }

    public int getRevision() {
        return revision;
    }

    public String getLocale() {
        return locale;
    }

    public String getBody() {
        return body;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
