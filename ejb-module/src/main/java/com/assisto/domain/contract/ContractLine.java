package com.assisto.domain.contract;

import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.item.Item;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a contract covers (C3): a piece of equipment, or an item without a recorded machine.
 * A line removed during the term stays, marked with the day it stopped being covered, so the
 * contract keeps its history and the credit note stays explainable.
 */
@Entity
@Table(name = "contract_line")
public class ContractLine extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne
    @JoinColumn(name = "equipment_id")
    private Equipment equipment;

    @ManyToOne
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(nullable = false)
    private String description;

    @Embedded
    private LinePrice price;

    @Column(name = "covered_from", nullable = false)
    private LocalDate coveredFrom;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    protected ContractLine() {}

    ContractLine(
            Contract contract,
            Equipment equipment,
            Item item,
            String description,
            LinePrice price,
            LocalDate coveredFrom) {
        if (equipment == null && item == null) {
            throw new ValidationException("lines", "contract.lineWithoutSubject");
        }
        if (equipment != null
                && !Objects.equals(
                        equipment.getCustomer().getCode(),
                        contract.getCustomer().getCode())) {
            throw new ValidationException("equipmentId", "contract.equipmentOfAnotherCustomer", equipment.label());
        }
        this.contract = contract;
        this.equipment = equipment;
        this.item = item != null ? item : equipment.getItem();
        String given = Text.trimToNull(description);
        this.description = given != null
                ? given
                : equipment != null ? equipment.label() : item.getCode() + " " + item.getDescription();
        this.price = Objects.requireNonNull(price, "Price is required.");
        this.coveredFrom = coveredFrom;
    }

    void reprice(LinePrice newPrice) {
        this.price = Objects.requireNonNull(newPrice, "Price is required.");
    }

    void remove(LocalDate day) {
        this.removedOn = day;
    }

    public boolean isCovered() {
        return removedOn == null;
    }

    public Contract getContract() {
        return contract;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public Item getItem() {
        return item;
    }

    public String getDescription() {
        return description;
    }

    public LinePrice getPrice() {
        return price;
    }

    public LocalDate getCoveredFrom() {
        return coveredFrom;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }
}
