package com.assisto.interfaces.console.equipment;

import com.assisto.application.equipment.EquipmentService;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentFilter;
import com.assisto.interfaces.console.customer.CustomerDetailBean;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The equipment at one customer (E1), on the customer page; each opens its card, where the back
 * office also registers new equipment for the customer.
 */
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

    public List<Equipment> getInstalled() {
        if (installed == null) {
            installed = equipment
                    .search(EquipmentFilter.ofCustomer(customerPage.getId()), null, SHOWN)
                    .items();
        }
        return installed;
    }
}
