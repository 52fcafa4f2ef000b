package com.assisto.interfaces.console.equipment;

import com.assisto.application.equipment.EquipmentInput;
import com.assisto.application.equipment.EquipmentService;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentDetails;
import com.assisto.domain.equipment.EquipmentFilter;
import com.assisto.interfaces.console.Faces;
import com.assisto.interfaces.console.customer.CustomerDetailBean;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The equipment at one customer (E1), on the customer page: listed, and registered by the back office. */
@Named
@ViewScoped
public class CustomerEquipmentBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    private transient EquipmentService equipment;

    @Inject
    private CustomerDetailBean customerPage;

    private transient List<Equipment> installed;
    private String serialNumber;
    private String description;
    private String itemCode;
    private String manufacturer;
    private String manufacturerSerial;
    private Long siteId;
    private String locationDetail;
    private LocalDate saleDate;
    private LocalDate warrantyEnd;
    private boolean soldByUs = true;

    public List<Equipment> getInstalled() {
        if (installed == null) {
            installed = equipment
                    .search(EquipmentFilter.ofCustomer(customerPage.getId()), null, SHOWN)
                    .items();
        }
        return installed;
    }

    public void register() {
        try {
            equipment.create(new EquipmentInput(
                    customerPage.getId(),
                    itemCode,
                    null,
                    Map.of(),
                    siteId,
                    null,
                    null,
                    new EquipmentDetails(
                            serialNumber,
                            description,
                            manufacturer,
                            manufacturerSerial,
                            locationDetail,
                            saleDate,
                            warrantyEnd,
                            soldByUs,
                            null)));
            installed = null;
            serialNumber = description = itemCode = manufacturer = manufacturerSerial = locationDetail = null;
            siteId = null;
            saleDate = warrantyEnd = null;
            Faces.info("equipment.registered");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
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

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
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

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
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
}
