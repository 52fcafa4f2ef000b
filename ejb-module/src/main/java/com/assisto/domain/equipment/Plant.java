package com.assisto.domain.equipment;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A plant (impianto) at a customer's service site: equipment that works together (a photovoltaic
 * field with its inverters, a heating plant, a lift), documented with its own data and files.
 */
@Entity
@Table(name = "plant")
public class Plant extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "site_id")
    private ServiceSite site;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "location_detail")
    private String locationDetail;

    @Column(name = "commissioned_on")
    private LocalDate commissionedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EquipmentStatus status;

    protected Plant() {}

    public Plant(Customer customer, ServiceSite site, PlantDetails details) {
        this.customer = Objects.requireNonNull(customer, "Customer is required.");
        moveTo(site);
        apply(details);
    }

    public final void apply(PlantDetails details) {
        details.validate();
        this.name = details.name();
        this.description = details.description();
        this.locationDetail = details.locationDetail();
        this.commissionedOn = details.commissionedOn();
        this.status = details.status();
    }

    /**
     * Sets the site the plant stands at, one of its customer's. The equipment in it is moved by
     * the service, each piece with its history.
     */
    public final void moveTo(ServiceSite newSite) {
        if (newSite == null) {
            throw new ValidationException("siteId", "value.required");
        }
        if (!customer.hasSite(newSite)) {
            throw new ValidationException("siteId", "equipment.siteOfAnotherCustomer", newSite.getName());
        }
        this.site = newSite;
    }

    public PlantDetails details() {
        return new PlantDetails(name, description, locationDetail, commissionedOn, status);
    }

    public Customer getCustomer() {
        return customer;
    }

    public ServiceSite getSite() {
        return site;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getLocationDetail() {
        return locationDetail;
    }

    public LocalDate getCommissionedOn() {
        return commissionedOn;
    }

    public EquipmentStatus getStatus() {
        return status;
    }
}
