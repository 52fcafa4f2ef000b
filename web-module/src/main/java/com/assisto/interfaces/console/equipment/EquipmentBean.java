package com.assisto.interfaces.console.equipment;

import com.assisto.application.customer.CustomerService;
import com.assisto.application.equipment.EquipmentHistory;
import com.assisto.application.equipment.EquipmentInput;
import com.assisto.application.equipment.EquipmentService;
import com.assisto.application.equipment.EquipmentTypeService;
import com.assisto.application.equipment.PlantService;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.equipment.EquipmentFilter;
import com.assisto.domain.equipment.EquipmentStatus;
import com.assisto.domain.equipment.EquipmentType;
import com.assisto.domain.equipment.HistoryEntry;
import com.assisto.domain.equipment.Plant;
import com.assisto.interfaces.console.CustomFieldForm;
import com.assisto.interfaces.console.Faces;
import com.assisto.interfaces.console.attachment.AttachmentsBean;
import com.assisto.interfaces.console.customer.CustomerSuggestions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The equipment card (E1, E2, E4): details and the type's custom fields, where it stands, its
 * components, its timeline and its files. A new piece is registered here; afterwards its place
 * changes through a move, dated and with a note, so the timeline tells where it has been.
 */
@Named
@ViewScoped
public class EquipmentBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PARENT_SUGGESTIONS = 10;
    private static final int PLANTS_SHOWN = 200;

    @EJB
    private transient EquipmentService equipment;

    @EJB
    private transient EquipmentTypeService types;

    @EJB
    private transient EquipmentHistory history;

    @EJB
    private transient PlantService plants;

    @EJB
    private transient CustomerService customers;

    @Inject
    private CustomerSuggestions suggestions;

    @Inject
    private AttachmentsBean attachments;

    private Long id;
    private Long customerId;
    private Long parentId;
    private transient Equipment shown;
    private CustomerListing customer;
    private long version;
    private String itemCode;
    private String typeCode;
    private CustomFieldForm customFields;
    private String serialNumber;
    private String description;
    private String manufacturer;
    private String manufacturerSerial;
    private String locationDetail;
    private LocalDate saleDate;
    private LocalDate warrantyEnd;
    private boolean soldByUs = true;
    private EquipmentStatus status = EquipmentStatus.IN_SERVICE;
    private Long siteId;
    private Long plantId;
    private EquipmentChoice parent;

    private Long moveSiteId;
    private Long movePlantId;
    private EquipmentChoice moveParent;
    private LocalDate movedOn;
    private String moveNote;

    /** Loads the equipment in the URL, or prepares a new one (at the customer in the URL, if any). */
    public void load() throws IOException {
        try {
            if (id != null) {
                refresh();
            } else {
                customFields = new CustomFieldForm(List.of(), Map.of());
                if (parentId != null) {
                    Equipment mountedOn = equipment.get(parentId);
                    parent = EquipmentChoice.of(mountedOn);
                    customerId = mountedOn.getCustomer().getId();
                }
                if (customerId != null) {
                    customer = suggestions.byId(customerId);
                }
            }
        } catch (RuntimeException e) {
            Faces.sendErrorPage(e);
        }
    }

    private void refresh() {
        Equipment loaded = equipment.get(id);
        shown = loaded;
        customerId = loaded.getCustomer().getId();
        version = loaded.getVersion();
        itemCode = loaded.getItem() == null ? null : loaded.getItem().getCode();
        typeCode = loaded.getType() == null ? null : loaded.getType().getCode();
        customFields = new CustomFieldForm(
                loaded.getType() == null ? List.of() : loaded.getType().getFields(), loaded.getCustomFields());
        EquipmentDetails details = loaded.details();
        serialNumber = details.serialNumber();
        description = details.description();
        manufacturer = details.manufacturer();
        manufacturerSerial = details.manufacturerSerial();
        locationDetail = details.locationDetail();
        saleDate = details.saleDate();
        warrantyEnd = details.warrantyEnd();
        soldByUs = details.soldByUs();
        status = details.status();
        siteId = loaded.getSite() == null ? null : loaded.getSite().getId();
        plantId = loaded.getPlant() == null ? null : loaded.getPlant().getId();
        parent = EquipmentChoice.of(loaded.getParent());
        moveSiteId = siteId;
        movePlantId = plantId;
        moveParent = parent;
        movedOn = LocalDate.now();
        moveNote = null;
        attachments.open(AttachmentOwner.EQUIPMENT, id);
    }

    /** The type changed: its fields replace the old type's, keeping the values of keys both have. */
    public void typeChanged() {
        EquipmentType type = typeCode == null || typeCode.isBlank() ? null : types.get(typeCode);
        customFields = new CustomFieldForm(type == null ? List.of() : type.getFields(), customFields.toValues());
    }

    public void customerChanged() {
        customerId = customer == null ? null : customer.id();
        siteId = plantId = null;
        parent = null;
    }

    public String save() {
        try {
            EquipmentDetails details = new EquipmentDetails(
                    serialNumber,
                    description,
                    manufacturer,
                    manufacturerSerial,
                    locationDetail,
                    saleDate,
                    warrantyEnd,
                    soldByUs,
                    status);
            if (id == null) {
                Equipment created = equipment.create(new EquipmentInput(
                        customerId, itemCode, typeCode, customFields.toValues(), siteId, plantId, id(parent), details));
                Faces.info("equipment.registered");
                return "/equipment?faces-redirect=true&id=" + created.getId();
            }
            // the place stays as it is: it changes through a move, which the timeline records with its day
            equipment.update(
                    id,
                    version,
                    new EquipmentInput(
                            customerId,
                            itemCode,
                            typeCode,
                            customFields.toValues(),
                            siteId,
                            plantId,
                            id(parent),
                            details));
            refresh();
            Faces.info("equipment.saved");
        } catch (RuntimeException e) {
            Faces.nameFields(customFields::fieldLabels);
            Faces.error(e);
        }
        return null;
    }

    public void move() {
        try {
            equipment.move(
                    id,
                    version,
                    new EquipmentInput(null, null, null, null, moveSiteId, movePlantId, id(moveParent), null),
                    movedOn,
                    moveNote);
            refresh();
            Faces.info("equipment.moved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    private static Long id(EquipmentChoice piece) {
        return piece == null ? null : piece.id();
    }

    public List<CustomerListing> suggestCustomers(String typed) {
        return suggestions.suggest(typed);
    }

    /** The customer's other machines by the start of their serial number, to mount this one on. */
    public List<EquipmentChoice> suggestParents(String typed) {
        if (customerId == null || typed == null || typed.isBlank()) {
            return List.of();
        }
        return equipment
                .search(new EquipmentFilter(customerId, null, null, null, null, typed), null, PARENT_SUGGESTIONS)
                .items()
                .stream()
                .filter(candidate -> !candidate.getId().equals(id))
                .map(EquipmentChoice::of)
                .toList();
    }

    public List<EquipmentType> getTypes() {
        return types.all();
    }

    public List<ServiceSite> getSites() {
        return customerId == null ? List.of() : customers.view(customerId).getSites();
    }

    public List<Plant> getPlants() {
        return customerId == null
                ? List.of()
                : plants.search(customerId, null, null, PLANTS_SHOWN).items();
    }

    public EquipmentStatus[] getStatuses() {
        return EquipmentStatus.values();
    }

    public Equipment getEquipment() {
        if (shown == null && id != null) {
            shown = equipment.get(id);
        }
        return shown;
    }

    /** The components mounted on this machine, to any depth. */
    public List<TreeRow> getComponents() {
        return getEquipment() == null ? List.of() : TreeRow.of(getEquipment().getComponents());
    }

    public List<HistoryEntry> getHistory() {
        return id == null ? List.of() : history.of(id);
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public CustomerListing getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerListing customer) {
        this.customer = customer;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public CustomFieldForm getCustomFields() {
        return customFields;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public String getManufacturerSerial() {
        return manufacturerSerial;
    }

    public void setManufacturerSerial(String manufacturerSerial) {
        this.manufacturerSerial = manufacturerSerial;
    }

    public String getLocationDetail() {
        return locationDetail;
    }

    public void setLocationDetail(String locationDetail) {
        this.locationDetail = locationDetail;
    }

    public LocalDate getSaleDate() {
        return saleDate;
    }

    public void setSaleDate(LocalDate saleDate) {
        this.saleDate = saleDate;
    }

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public void setWarrantyEnd(LocalDate warrantyEnd) {
        this.warrantyEnd = warrantyEnd;
    }

    public boolean isSoldByUs() {
        return soldByUs;
    }

    public void setSoldByUs(boolean soldByUs) {
        this.soldByUs = soldByUs;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public void setStatus(EquipmentStatus status) {
        this.status = status;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getPlantId() {
        return plantId;
    }

    public void setPlantId(Long plantId) {
        this.plantId = plantId;
    }

    public EquipmentChoice getParent() {
        return parent;
    }

    public void setParent(EquipmentChoice parent) {
        this.parent = parent;
    }

    public Long getMoveSiteId() {
        return moveSiteId;
    }

    public void setMoveSiteId(Long moveSiteId) {
        this.moveSiteId = moveSiteId;
    }

    public Long getMovePlantId() {
        return movePlantId;
    }

    public void setMovePlantId(Long movePlantId) {
        this.movePlantId = movePlantId;
    }

    public EquipmentChoice getMoveParent() {
        return moveParent;
    }

    public void setMoveParent(EquipmentChoice moveParent) {
        this.moveParent = moveParent;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public void setMovedOn(LocalDate movedOn) {
        this.movedOn = movedOn;
    }

    public String getMoveNote() {
        return moveNote;
    }

    public void setMoveNote(String moveNote) {
        this.moveNote = moveNote;
    }
}
