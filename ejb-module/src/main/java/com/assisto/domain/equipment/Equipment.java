package com.assisto.domain.equipment;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.item.Item;
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
 * A machine at a customer's site: sold by the company (with the item it was sold as) or bought
 * elsewhere and taken into service, with or without serial numbers. Contracts cover it (C3).
 */
@Entity
@Table(name = "equipment")
public class Equipment extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne
    @JoinColumn(name = "site_id")
    private ServiceSite site;

    @ManyToOne
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(name = "serial_number")
    private String serialNumber;

    @Column(nullable = false)
    private String description;

    private String manufacturer;

    @Column(name = "manufacturer_serial")
    private String manufacturerSerial;

    @Column(name = "location_detail")
    private String locationDetail;

    @Column(name = "sale_date")
    private LocalDate saleDate;

    @Column(name = "warranty_end")
    private LocalDate warrantyEnd;

    @Column(name = "sold_by_us", nullable = false)
    private boolean soldByUs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EquipmentStatus status;

    protected Equipment() {}

    public Equipment(Customer customer, Item item, ServiceSite site, EquipmentDetails details) {
        this.customer = Objects.requireNonNull(customer, "Customer is required.");
        this.item = item;
        place(site);
        apply(details);
    }

    public final void apply(EquipmentDetails details) {
        details.validate();
        this.serialNumber = details.serialNumber();
        this.description = details.description();
        this.manufacturer = details.manufacturer();
        this.manufacturerSerial = details.manufacturerSerial();
        this.locationDetail = details.locationDetail();
        this.saleDate = details.saleDate();
        this.warrantyEnd = details.warrantyEnd();
        this.soldByUs = details.soldByUs();
        this.status = details.status();
    }

    /** Moves the equipment to one of its customer's sites (or to none recorded). */
    public final void place(ServiceSite newSite) {
        if (newSite != null
                && customer.getSites().stream().noneMatch(own -> own.getId().equals(newSite.getId()))) {
            throw new ValidationException("siteId", "equipment.siteOfAnotherCustomer", newSite.getName());
        }
        this.site = newSite;
    }

    public void changeItem(Item newItem) {
        this.item = newItem;
    }

    public EquipmentDetails details() {
        return new EquipmentDetails(
                serialNumber,
                description,
                manufacturer,
                manufacturerSerial,
                locationDetail,
                saleDate,
                warrantyEnd,
                soldByUs,
                status);
    }

    public boolean isUnderWarrantyOn(LocalDate day) {
        return warrantyEnd != null && !day.isAfter(warrantyEnd);
    }

    /** How the equipment is named on contract lines and documents. */
    public String label() {
        return description + (serialNumber == null ? "" : " s/n " + serialNumber);
    }

    public Customer getCustomer() {
        return customer;
    }

    public ServiceSite getSite() {
        return site;
    }

    public Item getItem() {
        return item;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public String getManufacturerSerial() {
        return manufacturerSerial;
    }

    public String getLocationDetail() {
        return locationDetail;
    }

    public LocalDate getSaleDate() {
        return saleDate;
    }

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public boolean isSoldByUs() {
        return soldByUs;
    }

    public EquipmentStatus getStatus() {
        return status;
    }
}
