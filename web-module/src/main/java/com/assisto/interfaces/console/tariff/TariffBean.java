package com.assisto.interfaces.console.tariff;

import com.assisto.application.tariff.TariffService;
import com.assisto.domain.tariff.Tariff;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Tariffs and their price history; the back office adds dated prices. */
@Named
@ViewScoped
public class TariffBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient TariffService tariffs;

    private List<Tariff> all;
    private Long selectedId;
    private Tariff selected;
    private String itemCode;
    private String typologyCode;
    private LocalDate validFrom;
    private BigDecimal monthlyPrice;
    private String newCode;
    private String newName;

    public List<Tariff> getAll() {
        if (all == null) {
            all = tariffs.list();
        }
        return all;
    }

    public void select() {
        selected = selectedId == null ? null : tariffs.get(selectedId);
    }

    public void addPrice() {
        try {
            selected = tariffs.addPrice(
                    selected.getId(), selected.getVersion(), itemCode, typologyCode, validFrom, monthlyPrice);
            itemCode = typologyCode = null;
            validFrom = null;
            monthlyPrice = null;
            Faces.info("tariff.priceAdded");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void create() {
        try {
            Tariff created = tariffs.create(newCode, newName);
            all = null;
            selectedId = created.getId();
            select();
            newCode = newName = null;
            Faces.info("saved");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public Tariff getSelected() {
        return selected;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getTypologyCode() {
        return typologyCode;
    }

    public void setTypologyCode(String typologyCode) {
        this.typologyCode = typologyCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public BigDecimal getMonthlyPrice() {
        return monthlyPrice;
    }

    public void setMonthlyPrice(BigDecimal monthlyPrice) {
        this.monthlyPrice = monthlyPrice;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
