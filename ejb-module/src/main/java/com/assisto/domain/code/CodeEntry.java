package com.assisto.domain.code;

import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/** One entry of a code table. Entries in use are deactivated rather than deleted. */
@Entity
@Cacheable
@Cache(coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS)
@Table(name = "code_entry")
public class CodeEntry extends VersionedEntity {

    private static final int MAX_DESCRIPTION = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CodeKind kind;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    protected CodeEntry() {}

    public CodeEntry(CodeKind kind, String code, String description) {
        this.kind = java.util.Objects.requireNonNull(kind, "Code table is required.");
        String trimmed = Text.trimToNull(code);
        if (!kind.accepts(trimmed)) {
            throw new ValidationException("code", "code.invalid", trimmed, kind, kind.shapeDescription());
        }
        this.code = trimmed;
        describe(description);
    }

    public final void describe(String newDescription) {
        String trimmed = Text.trimToNull(newDescription);
        if (trimmed == null) {
            throw new ValidationException("description", "value.required");
        }
        if (trimmed.length() > MAX_DESCRIPTION) {
            throw new ValidationException("description", "value.tooLong", MAX_DESCRIPTION);
        }
        this.description = trimmed;
    }

    public void activate(boolean isActive) {
        this.active = isActive;
    }

    public CodeKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }
}
