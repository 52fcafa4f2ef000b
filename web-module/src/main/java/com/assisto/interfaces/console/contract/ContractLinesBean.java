package com.assisto.interfaces.console.contract;

import com.assisto.application.contract.ContractLines;
import com.assisto.application.contract.LineChange;
import com.assisto.application.contract.LinePreview;
import com.assisto.application.contract.LineRequest;
import com.assisto.application.equipment.EquipmentService;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentFilter;
import com.assisto.domain.pricing.Prorating;
import com.assisto.domain.shared.ValidationException;
import com.assisto.interfaces.console.Faces;
import com.assisto.interfaces.console.MessageText;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lines tab: a line's price explained as it is typed and, on a running contract, the prorated
 * note that adding or removing it would issue, shown before it is saved (C4, C5).
 */
@Named
@ViewScoped
public class ContractLinesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As many of the customer's machines as a selection list can usefully offer. */
    private static final int EQUIPMENT_CHOICES = 200;

    @Inject
    private ContractBean page;

    @EJB
    private transient ContractLines contractLines;

    @EJB
    private transient EquipmentService equipmentService;

    private Long equipmentId;
    private String itemCode;
    private String description;
    private BigDecimal coefficient;
    private BigDecimal price;
    private LocalDate changeDate = LocalDate.now();
    private transient LinePreview preview;
    private String previewError;

    private Long removalLineId;
    private transient Prorating removalPreview;

    private transient List<Equipment> customerEquipment;

    private LineRequest request() {
        return new LineRequest(equipmentId, itemCode, description, coefficient, price);
    }

    /** Prices the line being typed and, on a running contract, shows what adding it would charge. */
    public void previewLine() {
        preview = null;
        previewError = null;
        if (equipmentId == null && (itemCode == null || itemCode.isBlank())) {
            return;
        }
        try {
            preview = contractLines.previewLine(page.getId(), request(), changeDate);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            // why the line cannot be priced (no tariff price, a coefficient out of range), in the user's language
            previewError = cause instanceof ValidationException refused
                    ? refused.getErrors().stream()
                            .map(error -> MessageText.text(error.problem()))
                            .collect(Collectors.joining("; "))
                    : cause.getMessage();
        }
    }

    public void addLine() {
        try {
            Contract contract = page.getContract();
            LineChange change = contractLines.addLine(contract.getId(), contract.getVersion(), request(), changeDate);
            page.refresh();
            equipmentId = null;
            itemCode = description = null;
            coefficient = price = null;
            preview = null;
            announce(change, "contract.lineAdded");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    /** Removes a quote's line at once; a running contract's line is shown with its credit first. */
    public void askRemoval(long lineId) {
        removalLineId = lineId;
        removalPreview = null;
        try {
            removalPreview = contractLines
                    .previewRemoval(page.getId(), lineId, changeDate)
                    .orElse(null);
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
            Contract contract = page.getContract();
            LineChange change =
                    contractLines.removeLine(contract.getId(), contract.getVersion(), removalLineId, changeDate);
            page.refresh();
            removalLineId = null;
            removalPreview = null;
            announce(change, "contract.lineRemoved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    /** Names the delivery note a change on a running contract issued, or confirms the quote's change. */
    private static void announce(LineChange change, String withoutNote) {
        change.note()
                .ifPresentOrElse(
                        note -> Faces.info("contract.noteCreated", note.getNumber()), () -> Faces.info(withoutNote));
    }

    public List<Equipment> getCustomerEquipment() {
        if (customerEquipment == null) {
            Contract contract = page.getContract();
            customerEquipment = contract == null
                    ? List.of()
                    : equipmentService
                            .search(
                                    EquipmentFilter.ofCustomer(
                                            contract.getCustomer().getId()),
                                    null,
                                    EQUIPMENT_CHOICES)
                            .items();
        }
        return customerEquipment;
    }

    public ContractLine getRemovalLine() {
        return removalLineId == null ? null : page.getContract().line(removalLineId);
    }

    public Optional<Prorating> getProrating() {
        return preview == null ? Optional.empty() : preview.prorating();
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public void setEquipmentId(Long equipmentId) {
        this.equipmentId = equipmentId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(BigDecimal coefficient) {
        this.coefficient = coefficient;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public LocalDate getChangeDate() {
        return changeDate;
    }

    public void setChangeDate(LocalDate changeDate) {
        this.changeDate = changeDate;
    }

    public LinePreview getPreview() {
        return preview;
    }

    public String getPreviewError() {
        return previewError;
    }

    public Prorating getRemovalPreview() {
        return removalPreview;
    }
}
