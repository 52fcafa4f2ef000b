package com.assisto.interfaces.console.contract;

import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contract.DeliveryNotes;
import com.assisto.domain.contract.DeliveryNote;
import com.assisto.interfaces.console.Downloads;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** The notes tab: the delivery notes mid-term changes issued (C5), each as a PDF in the user's language. */
@Named
@ViewScoped
public class ContractNotesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBean page;

    @EJB
    private transient DeliveryNotes deliveryNotes;

    @EJB
    private transient ContractDocuments documents;

    private int readAt = -1;
    private transient List<DeliveryNote> notes;

    /** Read again after each change: adding or removing a line of a running contract issues a note. */
    public List<DeliveryNote> getNotes() {
        if (page.getContract() == null) {
            return List.of();
        }
        if (notes == null || readAt != page.getRevision()) {
            notes = deliveryNotes.ofContract(page.getId());
            readAt = page.getRevision();
        }
        return notes;
    }

    public StreamedContent pdf(long noteId) {
        String language =
                FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return Downloads.pdf(
                "delivery-note-" + noteId + ".pdf", () -> documents.deliveryNotePdf(page.getId(), noteId, language));
    }
}
