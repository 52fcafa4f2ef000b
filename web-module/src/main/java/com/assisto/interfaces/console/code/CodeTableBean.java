package com.assisto.interfaces.console.code;

import com.assisto.application.code.CodeTableService;
import com.assisto.domain.code.CodeEntry;
import com.assisto.domain.code.CodeKind;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.RowEditEvent;

/** Editing of the code tables: pick a table, add entries, edit descriptions, deactivate. */
@Named
@ViewScoped
public class CodeTableBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient CodeTableService codes;

    private CodeKind kind = CodeKind.SERVICE_TYPOLOGY;
    private List<CodeEntry> entries;
    private String newCode;
    private String newDescription;

    public CodeKind[] getKinds() {
        return CodeKind.values();
    }

    public List<CodeEntry> getEntries() {
        if (entries == null) {
            entries = codes.list(kind);
        }
        return entries;
    }

    public void changeKind() {
        entries = null;
    }

    public void create() {
        try {
            codes.create(kind, newCode, newDescription);
            entries = null;
            newCode = newDescription = null;
            Faces.info("saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    /** Saves a row edited in place; the entry carries the version it was read at. */
    public void save(RowEditEvent<CodeEntry> event) {
        CodeEntry edited = event.getObject();
        try {
            codes.update(kind, edited.getCode(), edited.getVersion(), edited.getDescription(), edited.isActive());
            Faces.info("saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
        entries = null;
    }

    public CodeKind getKind() {
        return kind;
    }

    public void setKind(CodeKind kind) {
        this.kind = kind;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }
}
