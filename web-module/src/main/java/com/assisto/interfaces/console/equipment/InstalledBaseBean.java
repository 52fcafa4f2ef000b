package com.assisto.interfaces.console.equipment;

import com.assisto.application.equipment.EquipmentService;
import com.assisto.application.equipment.EquipmentTypeService;
import com.assisto.application.equipment.PlantService;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentFilter;
import com.assisto.domain.equipment.EquipmentStatus;
import com.assisto.domain.equipment.EquipmentType;
import com.assisto.domain.equipment.Plant;
import com.assisto.domain.shared.Slice;
import com.assisto.interfaces.console.Faces;
import com.assisto.interfaces.console.customer.CustomerSuggestions;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The installed base (E1): equipment searched by the start of a serial number (the company's or
 * the manufacturer's), customer, type and status, and plants by customer. Pages follow each other
 * by key ("more"), so the thousandth page costs what the first does.
 */
@Named
@ViewScoped
public class InstalledBaseBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @EJB
    private transient EquipmentService equipment;

    @EJB
    private transient EquipmentTypeService types;

    @EJB
    private transient PlantService plants;

    @Inject
    private CustomerSuggestions suggestions;

    private String serial;
    private CustomerListing customer;
    private String typeCode;
    private EquipmentStatus status;

    private final List<EquipmentRow> rows = new ArrayList<>();
    private String next;
    private final List<PlantRow> plantRows = new ArrayList<>();
    private String nextPlants;

    /** A line of the equipment list, kept in the view between pages. */
    public record EquipmentRow(
            long id,
            String serialNumber,
            String manufacturerSerial,
            String description,
            String typeName,
            String customerCode,
            String customerName,
            String siteName,
            String plantName,
            EquipmentStatus status,
            boolean component)
            implements Serializable {

        static EquipmentRow of(Equipment equipment) {
            return new EquipmentRow(
                    equipment.getId(),
                    equipment.getSerialNumber(),
                    equipment.getManufacturerSerial(),
                    equipment.getDescription(),
                    equipment.getType() == null ? null : equipment.getType().getName(),
                    equipment.getCustomer().getCode(),
                    equipment.getCustomer().getName(),
                    equipment.getSite() == null ? null : equipment.getSite().getName(),
                    equipment.getPlant() == null ? null : equipment.getPlant().getName(),
                    equipment.getStatus(),
                    equipment.getParent() != null);
        }
    }

    /** A line of the plant list. */
    public record PlantRow(
            long id, String name, String customerCode, String customerName, String siteName, EquipmentStatus status)
            implements Serializable {

        static PlantRow of(Plant plant) {
            return new PlantRow(
                    plant.getId(),
                    plant.getName(),
                    plant.getCustomer().getCode(),
                    plant.getCustomer().getName(),
                    plant.getSite().getName(),
                    plant.getStatus());
        }
    }

    @PostConstruct
    void firstPage() {
        search();
    }

    public void search() {
        try {
            rows.clear();
            plantRows.clear();
            next = null;
            nextPlants = null;
            more();
            morePlants();
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void more() {
        Long customerId = customer == null ? null : customer.id();
        Slice<Equipment> page = equipment.search(
                new EquipmentFilter(customerId, null, null, typeCode, status, serial),
                next == null ? null : Long.valueOf(next),
                PAGE);
        page.items().forEach(piece -> rows.add(EquipmentRow.of(piece)));
        next = page.nextKey();
    }

    public void morePlants() {
        Slice<Plant> page = plants.search(
                customer == null ? null : customer.id(),
                null,
                nextPlants == null ? null : Long.valueOf(nextPlants),
                PAGE);
        page.items().forEach(plant -> plantRows.add(PlantRow.of(plant)));
        nextPlants = page.nextKey();
    }

    public List<CustomerListing> suggestCustomers(String typed) {
        return suggestions.suggest(typed);
    }

    public List<EquipmentType> getTypes() {
        return types.all();
    }

    public EquipmentStatus[] getStatuses() {
        return EquipmentStatus.values();
    }

    public List<EquipmentRow> getRows() {
        return rows;
    }

    public boolean isMoreToShow() {
        return next != null;
    }

    public List<PlantRow> getPlantRows() {
        return plantRows;
    }

    public boolean isMorePlantsToShow() {
        return nextPlants != null;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public CustomerListing getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerListing customer) {
        this.customer = customer;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public void setStatus(EquipmentStatus status) {
        this.status = status;
    }
}
