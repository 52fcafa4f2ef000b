package com.assisto.domain.equipment;

import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import com.assisto.domain.shared.customfields.CustomFieldsConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A machine at a customer's site: sold by the company (with the item it was sold as) or bought
 * elsewhere and taken into service, with or without serial numbers. Contracts cover it (C3). It
 * may be of a user-defined type (E2) whose custom fields it carries, stand in a plant, and be a
 * component of another machine (E4); components stand where their parent stands and move with it.
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

    @ManyToOne
    @JoinColumn(name = "equipment_type_id")
    private EquipmentType type;

    /** The values of the type's custom fields, in their stored form (see {@link EquipmentType}). */
    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    private Map<String, Object> customFields = new LinkedHashMap<>();

    @ManyToOne
    @JoinColumn(name = "plant_id")
    private Plant plant;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Equipment parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("id")
    private List<Equipment> components = new ArrayList<>();

    /** The serial numbers as searched: upper case, without blanks, so "ab 12-3" finds "AB12-3". */
    @Column(name = "serial_key")
    private String serialKey;

    @Column(name = "manufacturer_serial_key")
    private String manufacturerSerialKey;

    protected Equipment() {}

    public Equipment(Customer customer, Item item, Placement placement, EquipmentDetails details) {
        this.customer = Objects.requireNonNull(customer, "Customer is required.");
        this.item = item;
        apply(details);
        Placement checked = check(placement);
        this.site = checked.site();
        this.plant = checked.plant();
        if (checked.parent() != null) {
            this.parent = checked.parent();
            parent.components.add(this);
        }
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
        this.serialKey = serialKey(serialNumber);
        this.manufacturerSerialKey = serialKey(manufacturerSerial);
    }

    /** A serial number as searches compare it: upper case, blanks removed (null stays null). */
    public static String serialKey(String serial) {
        return serial == null ? null : serial.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Sets the type and the values of its custom fields, refusing every value the type's schema
     * does not accept; without a type there are no custom fields.
     */
    public final void classify(EquipmentType newType, Map<String, ?> values) {
        if (newType == null) {
            if (values != null && !values.isEmpty()) {
                throw new ValidationException("customFields", "equipment.fieldsWithoutType");
            }
            customFields = new LinkedHashMap<>();
        } else {
            customFields = new LinkedHashMap<>(newType.validateCustomFields(values));
        }
        this.type = newType;
    }

    /**
     * Moves the equipment, with every component mounted on it to any depth, to another place, and
     * gives the moves to record: one for each piece whose place changed, the components' naming
     * this equipment as the one they went with. Nothing changes when the place is the same.
     */
    public List<EquipmentMove> moveTo(Placement target, EquipmentMove.Relocation relocation) {
        Placement checked = check(target);
        Placement from = placement();
        if (checked.sameAs(from)) {
            return List.of();
        }
        if (parent != null) {
            parent.components.remove(this);
        }
        this.site = checked.site();
        this.plant = checked.plant();
        this.parent = checked.parent();
        if (parent != null) {
            parent.components.add(this);
        }
        List<EquipmentMove> moves = new ArrayList<>();
        moves.add(new EquipmentMove(this, from, checked, null, relocation));
        for (Equipment component : components) {
            component.follow(this, relocation, moves);
        }
        return moves;
    }

    private void follow(Equipment movedWith, EquipmentMove.Relocation relocation, List<EquipmentMove> moves) {
        Placement from = placement();
        Placement to = new Placement(parent.site, parent.plant, parent);
        if (to.sameAs(from)) {
            return;
        }
        this.site = to.site();
        this.plant = to.plant();
        moves.add(new EquipmentMove(this, from, to, movedWith, relocation));
        for (Equipment component : components) {
            component.follow(movedWith, relocation, moves);
        }
    }

    /**
     * The place as it may be taken: a component stands where its parent stands (a site or plant
     * given besides must be the parent's); a plant's site is the equipment's site.
     */
    private Placement check(Placement target) {
        Equipment newParent = target.parent();
        if (newParent != null) {
            if (newParent.customer != customer) {
                throw new ValidationException("parentId", "equipment.parentOfAnotherCustomer", newParent.label());
            }
            for (Equipment ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
                if (ancestor == this) {
                    throw new ValidationException("parentId", "equipment.parentInsideItself", newParent.label());
                }
            }
            boolean elsewhere = target.site() != null && target.site() != newParent.site
                    || target.plant() != null && target.plant() != newParent.plant;
            if (elsewhere) {
                throw new ValidationException("parentId", "equipment.componentStandsWithParent", newParent.label());
            }
            return new Placement(newParent.site, newParent.plant, newParent);
        }
        Plant newPlant = target.plant();
        ServiceSite newSite = target.site();
        if (newPlant != null) {
            if (newPlant.getCustomer() != customer) {
                throw new ValidationException("plantId", "equipment.plantOfAnotherCustomer", newPlant.getName());
            }
            if (newSite != null && newSite != newPlant.getSite()) {
                throw new ValidationException(
                        "plantId",
                        "equipment.plantAtAnotherSite",
                        newPlant.getName(),
                        newPlant.getSite().getName());
            }
            newSite = newPlant.getSite();
        }
        if (newSite != null && !customer.hasSite(newSite)) {
            throw new ValidationException("siteId", "equipment.siteOfAnotherCustomer", newSite.getName());
        }
        return new Placement(newSite, newPlant, null);
    }

    public Placement placement() {
        return new Placement(site, plant, parent);
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

    public EquipmentType getType() {
        return type;
    }

    public Map<String, Object> getCustomFields() {
        return Collections.unmodifiableMap(customFields);
    }

    public Plant getPlant() {
        return plant;
    }

    public Equipment getParent() {
        return parent;
    }

    /** The components mounted directly on this equipment, in registration order. */
    public List<Equipment> getComponents() {
        return Collections.unmodifiableList(components);
    }
}
