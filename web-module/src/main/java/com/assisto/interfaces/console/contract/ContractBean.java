package com.assisto.interfaces.console.contract;

import com.assisto.application.contract.ContractDocuments;
import com.assisto.application.contract.ContractDraft;
import com.assisto.application.contract.ContractFiles;
import com.assisto.application.contract.ContractLines;
import com.assisto.application.contract.ContractLookup;
import com.assisto.application.contract.DeliveryNotes;
import com.assisto.application.contract.LineChange;
import com.assisto.application.contract.LinePreview;
import com.assisto.application.contract.LineRequest;
import com.assisto.application.contract.QuoteService;
import com.assisto.application.contract.StoredFile;
import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.application.customer.CustomerService;
import com.assisto.application.equipment.EquipmentService;
import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFile;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contract.DeliveryNote;
import com.assisto.domain.contract.ScheduledInstalment;
import com.assisto.domain.contracttype.ContractTemplate;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.pricing.Prorating;
import com.assisto.interfaces.console.CustomFieldForm;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One contract in the console: a new quote's header, then its lines with the price explained as
 * they are typed, confirmation, mid-term changes with the prorated note shown before saving,
 * instalments, notes, documents, files and history.
 */
@Named
@ViewScoped
public class ContractBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ContractFiles contractFiles;

    @EJB
    private transient ContractLines contractLines;

    @EJB
    private transient ContractLookup contracts;

    @EJB
    private transient DeliveryNotes deliveryNotes;

    @EJB
    private transient QuoteService quoteService;

    @EJB
    private transient ContractTypeService types;

    @EJB
    private transient CustomerService customers;

    @EJB
    private transient EquipmentService equipmentService;

    @EJB
    private transient ContractDocuments documents;

    private Long id;
    private Contract contract;

    // header of a new quote, or of a quote being edited
    private String typeCode;
    private String customerCode;
    private String customerName;
    private Long customerId;
    private LocalDate startDate;
    private Integer durationMonths;
    private Integer billingMonths;
    private Integer renewalMonths;
    private String paymentTerms;
    private String typologyCode;
    private CustomFieldForm customFields;

    // the line being added
    private Long lineEquipmentId;
    private String lineItemCode;
    private String lineDescription;
    private BigDecimal lineCoefficient;
    private BigDecimal linePrice;
    private LocalDate changeDate = LocalDate.now();
    private transient LinePreview linePreview;
    private String linePreviewError;

    // removal of a line from a running contract
    private Long removalLineId;
    private transient Prorating removalPreview;

    // read once per change rather than at every evaluation of the page
    private transient List<Equipment> customerEquipment;
    private transient List<DeliveryNote> notes;
    private transient List<ContractFile> files;
    private transient List<AuditEntry> history;
    private transient List<ContractTemplate> templates;

    private LocalDate statusDate = LocalDate.now();
    private String statusReason;
    private String templateName;

    /** Loads the contract in the URL, or prepares a new quote when there is none. */
    public void load() throws IOException {
        if (id == null) {
            List<ContractType> all = types.list();
            if (typeCode == null && !all.isEmpty()) {
                typeCode = all.get(0).getCode();
            }
            startDate = startDate == null ? LocalDate.now().withDayOfMonth(1).plusMonths(1) : startDate;
            typeChanged();
            return;
        }
        try {
            reload();
        } catch (RuntimeException e) {
            Faces.sendErrorPage(e);
        }
    }

    /** Reloads the contract after a change made elsewhere on the page (its version moved on). */
    public void refresh() {
        reload();
    }

    private void reload() {
        contract = contracts.view(id);
        typeCode = contract.getType().getCode();
        startDate = contract.getStartDate();
        durationMonths = contract.getDurationMonths();
        billingMonths = contract.getBillingMonths();
        renewalMonths = contract.getRenewalMonths();
        paymentTerms = contract.getPaymentTerms();
        typologyCode = contract.getTypologyCode();
        customFields = new CustomFieldForm(contract.getType().getFields(), contract.getCustomFields());
        customerEquipment = equipmentService
                .search(contract.getCustomer().getId(), null, null, 200)
                .items();
        notes = deliveryNotes.ofContract(id);
        files = contractFiles.files(id);
        history = contracts.history(id);
        templates = documents.templates(typeCode);
        if (templateName == null && !templates.isEmpty()) {
            templateName = templates.get(0).getName();
        }
    }

    /** A new quote takes the type's defaults and custom fields. */
    public void typeChanged() {
        ContractType type = types.get(typeCode);
        durationMonths = type.getDurationMonths();
        billingMonths = type.getBillingMonths();
        renewalMonths = type.getRenewalMonths();
        customFields = new CustomFieldForm(type.getFields(), customFields == null ? null : customFields.toValues());
    }

    /** Finds the customer by code as it is typed, to show its name and payment terms. */
    public void customerChanged() {
        customerId = null;
        customerName = null;
        if (customerCode == null || customerCode.isBlank()) {
            return;
        }
        List<CustomerListing> found = customers
                .search(new CustomerFilter(customerCode, null, null, null, null), null, 1)
                .items();
        if (found.isEmpty()) {
            customerName = Faces.text("contract.customerUnknown");
            return;
        }
        customerId = found.get(0).id();
        customerName = found.get(0).name();
        paymentTerms = customers.view(customerId).getPaymentTerms();
    }

    /** Creates the quote and opens it, to add its lines. */
    public String createQuote() {
        try {
            Contract created = quoteService.create(draft(null), LocalDate.now());
            return "/contract?faces-redirect=true&id=" + created.getId();
        } catch (RuntimeException e) {
            Faces.error(e);
            return null;
        }
    }

    public void saveTerms() {
        try {
            quoteService.update(id, contract.getVersion(), draft(contract.getNumber()));
            reload();
            Faces.info("contract.saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    private ContractDraft draft(String number) {
        return new ContractDraft(
                typeCode,
                customerId,
                number,
                typologyCode,
                startDate,
                durationMonths,
                renewalMonths,
                billingMonths,
                paymentTerms,
                null,
                customFields.toValues(),
                List.of(),
                false);
    }

    private LineRequest lineRequest() {
        return new LineRequest(lineEquipmentId, lineItemCode, lineDescription, lineCoefficient, linePrice);
    }

    /** Prices the line being typed and, on a running contract, shows what adding it would charge. */
    public void previewLine() {
        linePreview = null;
        linePreviewError = null;
        if (lineEquipmentId == null && (lineItemCode == null || lineItemCode.isBlank())) {
            return;
        }
        try {
            linePreview = contractLines.previewLine(id, lineRequest(), changeDate);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof jakarta.ejb.EJBException && e.getCause() != null ? e.getCause() : e;
            linePreviewError = cause.getMessage();
        }
    }

    public void addLine() {
        try {
            LineChange change = contractLines.addLine(id, contract.getVersion(), lineRequest(), changeDate);
            reload();
            lineEquipmentId = null;
            lineItemCode = lineDescription = null;
            lineCoefficient = linePrice = null;
            linePreview = null;
            change.note()
                    .ifPresentOrElse(
                            note -> Faces.info("contract.noteCreated", note.getNumber()),
                            () -> Faces.info("contract.lineAdded"));
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    /** Removes a quote's line at once; a running contract's line is shown with its credit first. */
    public void askRemoval(long lineId) {
        removalLineId = lineId;
        removalPreview = null;
        try {
            removalPreview =
                    contractLines.previewRemoval(id, lineId, changeDate).orElse(null);
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void refreshRemoval() {
        if (removalLineId != null) {
            askRemoval(removalLineId);
        }
    }

    public void removeLine() {
        try {
            LineChange change = contractLines.removeLine(id, contract.getVersion(), removalLineId, changeDate);
            reload();
            removalLineId = null;
            removalPreview = null;
            change.note()
                    .ifPresentOrElse(
                            note -> Faces.info("contract.noteCreated", note.getNumber()),
                            () -> Faces.info("contract.lineRemoved"));
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void confirm() {
        try {
            quoteService.confirm(id, contract.getVersion(), statusDate);
            reload();
            Faces.info("contract.confirmed");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void reject() {
        try {
            quoteService.reject(id, contract.getVersion(), statusDate, statusReason);
            reload();
            Faces.info("contract.rejected");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void cancel() {
        try {
            quoteService.cancel(id, contract.getVersion(), statusDate, statusReason);
            reload();
            Faces.info("contract.cancelled");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void generateDocument() {
        try {
            documents.generate(id, templateName);
            reload();
            Faces.info("contract.documentGenerated");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public StreamedContent getPreview() {
        return pdf(() -> documents.preview(id, templateName), "preview.pdf");
    }

    public StreamedContent download(long fileId) {
        StoredFile file = contractFiles.file(id, fileId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType()).stream(
                        () -> new ByteArrayInputStream(file.content()))
                .build();
    }

    public StreamedContent notePdf(long noteId) {
        return pdf(
                () -> documents.deliveryNotePdf(
                        id,
                        noteId,
                        FacesContext.getCurrentInstance()
                                .getViewRoot()
                                .getLocale()
                                .getLanguage()),
                "delivery-note-" + noteId + ".pdf");
    }

    private static StreamedContent pdf(java.util.function.Supplier<byte[]> content, String name) {
        return DefaultStreamedContent.builder().name(name).contentType("application/pdf").stream(
                        () -> new ByteArrayInputStream(content.get()))
                .build();
    }

    public void upload(FileUploadEvent event) {
        try {
            contractFiles.attach(
                    id, event.getFile().getFileName(), event.getFile().getContent());
            reload();
            Faces.info("contract.fileAttached");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public boolean isQuote() {
        return contract != null && contract.getStatus() == ContractStatus.QUOTE;
    }

    public boolean isActive() {
        return contract != null && contract.getStatus() == ContractStatus.ACTIVE;
    }

    public List<ContractType> getTypes() {
        return types.list();
    }

    public List<Equipment> getCustomerEquipment() {
        return customerEquipment == null ? List.of() : customerEquipment;
    }

    public List<ScheduledInstalment> getSchedule() {
        return contract == null ? List.of() : contract.schedule();
    }

    public List<DeliveryNote> getNotes() {
        return notes == null ? List.of() : notes;
    }

    public List<ContractFile> getFiles() {
        return files == null ? List.of() : files;
    }

    public List<AuditEntry> getHistory() {
        return history == null ? List.of() : history;
    }

    public List<ContractTemplate> getTemplates() {
        return templates == null ? List.of() : templates;
    }

    public ContractLine getRemovalLine() {
        return removalLineId == null ? null : contract.line(removalLineId);
    }

    public Optional<Prorating> getLineProrating() {
        return linePreview == null ? Optional.empty() : linePreview.prorating();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Contract getContract() {
        return contract;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public void setCustomerCode(String customerCode) {
        this.customerCode = customerCode;
    }

    public String getCustomerName() {
        return customerName;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public Integer getBillingMonths() {
        return billingMonths;
    }

    public void setBillingMonths(Integer billingMonths) {
        this.billingMonths = billingMonths;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public void setRenewalMonths(Integer renewalMonths) {
        this.renewalMonths = renewalMonths;
    }

    public String getPaymentTerms() {
        return paymentTerms;
    }

    public void setPaymentTerms(String paymentTerms) {
        this.paymentTerms = paymentTerms;
    }

    public String getTypologyCode() {
        return typologyCode;
    }

    public void setTypologyCode(String typologyCode) {
        this.typologyCode = typologyCode;
    }

    public CustomFieldForm getCustomFields() {
        return customFields;
    }

    public Long getLineEquipmentId() {
        return lineEquipmentId;
    }

    public void setLineEquipmentId(Long lineEquipmentId) {
        this.lineEquipmentId = lineEquipmentId;
    }

    public String getLineItemCode() {
        return lineItemCode;
    }

    public void setLineItemCode(String lineItemCode) {
        this.lineItemCode = lineItemCode;
    }

    public String getLineDescription() {
        return lineDescription;
    }

    public void setLineDescription(String lineDescription) {
        this.lineDescription = lineDescription;
    }

    public BigDecimal getLineCoefficient() {
        return lineCoefficient;
    }

    public void setLineCoefficient(BigDecimal lineCoefficient) {
        this.lineCoefficient = lineCoefficient;
    }

    public BigDecimal getLinePrice() {
        return linePrice;
    }

    public void setLinePrice(BigDecimal linePrice) {
        this.linePrice = linePrice;
    }

    public LocalDate getChangeDate() {
        return changeDate;
    }

    public void setChangeDate(LocalDate changeDate) {
        this.changeDate = changeDate;
    }

    public LinePreview getLinePreview() {
        return linePreview;
    }

    public String getLinePreviewError() {
        return linePreviewError;
    }

    public Prorating getRemovalPreview() {
        return removalPreview;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }
}
