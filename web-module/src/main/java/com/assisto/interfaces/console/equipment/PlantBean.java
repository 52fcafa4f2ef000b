package com.assisto.interfaces.console.equipment;

import com.assisto.application.customer.CustomerService;
import com.assisto.application.equipment.PlantService;
import com.assisto.domain.attachment.AttachmentOwner;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.equipment.EquipmentStatus;
import com.assisto.domain.equipment.Plant;
import com.assisto.domain.equipment.PlantDetails;
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

/**
 * A plant (impianto, E4): its data, the equipment in it with their components, and its files.
 * Moved to another site, its equipment goes with it, each piece with the move in its timeline.
 */
@Named
@ViewScoped
public class PlantBean implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private CustomerListing customer;
    private long version;
    private Long siteId;
    private String name;
    private String description;
    private String locationDetail;
    private LocalDate commissionedOn;
    private EquipmentStatus status = EquipmentStatus.IN_SERVICE;
    private List<TreeRow> equipment = List.of();

    public void load() throws IOException {
        try {
            if (id != null) {
                refresh();
            } else if (customerId != null) {
                customer = suggestions.byId(customerId);
            }
        } catch (RuntimeException e) {
            Faces.sendErrorPage(e);
        }
    }

    private void refresh() {
        Plant plant = plants.get(id);
        customerId = plant.getCustomer().getId();
        version = plant.getVersion();
        siteId = plant.getSite().getId();
        PlantDetails details = plant.details();
        name = details.name();
        description = details.description();
        locationDetail = details.locationDetail();
        commissionedOn = details.commissionedOn();
        status = details.status();
        equipment = TreeRow.of(plants.equipment(id));
        attachments.open(AttachmentOwner.PLANT, id);
    }

    public void customerChanged() {
        customerId = customer == null ? null : customer.id();
        siteId = null;
    }

    public String save() {
        try {
            PlantDetails details = new PlantDetails(name, description, locationDetail, commissionedOn, status);
            if (id == null) {
                Plant created = plants.create(customerId, siteId, details);
                Faces.info("plant.saved");
                return "/plant?faces-redirect=true&id=" + created.getId();
            }
            plants.update(id, version, siteId, details);
            refresh();
            Faces.info("plant.saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
        return null;
    }

    public List<CustomerListing> suggestCustomers(String typed) {
        return suggestions.suggest(typed);
    }

    public List<ServiceSite> getSites() {
        return customerId == null ? List.of() : customers.view(customerId).getSites();
    }

    public EquipmentStatus[] getStatuses() {
        return EquipmentStatus.values();
    }

    public boolean isCreating() {
        return id == null;
    }

    public List<TreeRow> getEquipment() {
        return equipment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLocationDetail() {
        return locationDetail;
    }

    public void setLocationDetail(String locationDetail) {
        this.locationDetail = locationDetail;
    }

    public LocalDate getCommissionedOn() {
        return commissionedOn;
    }

    public void setCommissionedOn(LocalDate commissionedOn) {
        this.commissionedOn = commissionedOn;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public void setStatus(EquipmentStatus status) {
        this.status = status;
    }
}
