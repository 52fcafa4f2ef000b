package com.assisto.interfaces.console.contracttype;

import com.assisto.application.contract.ContractDocuments;
import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The document templates of the contract type being edited (C3): each save is a new revision,
 * and a template documents were made from is retired rather than deleted.
 */
@Named
@ViewScoped
public class ContractTemplateBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ContractDocuments documents;

    private String typeCode;
    private String templateName;
    private String templateLocale = "it";
    private String templateBody;

    /** Shows the templates of a type, the first one open for editing; null for a type not saved yet. */
    public void open(String typeCode) {
        this.typeCode = typeCode;
        editFirst();
    }

    private void editFirst() {
        List<ContractTemplate> templates = getTemplates();
        if (templates.isEmpty()) {
            templateName = null;
            templateBody = null;
        } else {
            editTemplate(templates.get(0).getName());
        }
    }

    public List<ContractTemplate> getTemplates() {
        return typeCode == null ? List.of() : documents.templates(typeCode);
    }

    public void editTemplate(String name) {
        ContractTemplate latest = documents.revisions(typeCode, name).get(0);
        templateName = latest.getName();
        templateLocale = latest.getLocale();
        templateBody = latest.getBody();
    }

    public void saveTemplate() {
        try {
            ContractTemplate saved = documents.save(typeCode, templateName, templateLocale, templateBody);
            Faces.info("contractType.templateSaved", saved.getName(), saved.getRevision());
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    /** Deletes the template being edited, or retires it when documents were made from it. */
    public void removeTemplate() {
        try {
            String removed = templateName;
            ContractDocuments.Removal removal = documents.remove(typeCode, removed);
            Faces.info(
                    removal == ContractDocuments.Removal.DELETED
                            ? "contractType.templateDeleted"
                            : "contractType.templateRetired",
                    removed);
            editFirst();
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public String getTemplateLocale() {
        return templateLocale;
    }

    public void setTemplateLocale(String templateLocale) {
        this.templateLocale = templateLocale;
    }

    public String getTemplateBody() {
        return templateBody;
    }

    public void setTemplateBody(String templateBody) {
        this.templateBody = templateBody;
    }
}
