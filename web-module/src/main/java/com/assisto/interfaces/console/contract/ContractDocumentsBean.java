package com.assisto.interfaces.console.contract;

import com.assisto.application.attachment.StoredFile;
import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contract.ContractFileEntry;
import com.assisto.application.contract.ContractFiles;
import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.interfaces.console.Downloads;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * The documents tab: the contract document from one of its type's templates, previewed or stored
 * (C3), and the files attached to the contract.
 */
@Named
@ViewScoped
public class ContractDocumentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBean page;

    @EJB
    private transient ContractDocuments documents;

    @EJB
    private transient ContractFiles contractFiles;

    private String templateName;
    private transient List<ContractTemplate> templates;

    private int filesReadAt = -1;
    private transient List<ContractFileEntry> files;

    public void generateDocument() {
        try {
            documents.generate(page.getId(), getTemplateName());
            page.refresh();
            Faces.info("contract.documentGenerated");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public StreamedContent getPreview() {
        return Downloads.pdf("preview.pdf", () -> documents.preview(page.getId(), getTemplateName()));
    }

    public void upload(FileUploadEvent event) {
        try {
            contractFiles.attach(
                    page.getId(), event.getFile().getFileName(), event.getFile().getContent());
            page.refresh();
            Faces.info("contract.fileAttached");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public StreamedContent download(long fileId) {
        StoredFile file = contractFiles.file(page.getId(), fileId);
        return Downloads.of(file.fileName(), file.mediaType(), file::content);
    }

    public List<ContractTemplate> getTemplates() {
        if (templates == null) {
            templates = page.getContract() == null
                    ? List.of()
                    : documents.templates(page.getContract().getType().getCode());
        }
        return templates;
    }

    /** Generated documents and uploads alike, read again after each change. */
    public List<ContractFileEntry> getFiles() {
        if (page.getContract() == null) {
            return List.of();
        }
        if (files == null || filesReadAt != page.getRevision()) {
            files = contractFiles.files(page.getId());
            filesReadAt = page.getRevision();
        }
        return files;
    }

    public String getTemplateName() {
        if (templateName == null && !getTemplates().isEmpty()) {
            templateName = getTemplates().get(0).getName();
        }
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }
}
