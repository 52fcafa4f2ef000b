package com.assisto.domain.tariff;

import com.assisto.domain.item.Item;
import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.Money;
import com.assisto.domain.shared.SharedCache;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/** One dated monthly base price of an item or a service typology in a tariff. */
@Entity
@Cacheable
@Cache(coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS, expiry = SharedCache.EXPIRY_MILLIS)
@Table(name = "tariff_price")
public class TariffPrice extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "tariff_id")
    private Tariff tariff;

    @ManyToOne
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(name = "typology_code")
    private String typologyCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "monthly_price", nullable = false)
    private BigDecimal monthlyPrice;

    protected TariffPrice() {}

    TariffPrice(Tariff tariff, Item item, String typologyCode, LocalDate validFrom, BigDecimal monthlyPrice) {
        if ((item == null) == (typologyCode == null)) {
            throw new ValidationException("item", "tariff.itemOrTypology");
        }
        if (validFrom == null) {
            throw new ValidationException("validFrom", "value.required");
        }
        if (monthlyPrice == null || monthlyPrice.signum() < 0) {
            throw new ValidationException("monthlyPrice", "value.requiredNotNegative");
        }
        this.tariff = tariff;
        this.item = item;
        this.typologyCode = typologyCode;
        this.validFrom = validFrom;
        this.monthlyPrice = Money.of(monthlyPrice);
    }

    /** The ERP corrects the price of a day it had reported. */
    void reprice(BigDecimal corrected) {
        this.monthlyPrice = Money.of(corrected);
    }

    boolean sameSubjectAndDay(TariffPrice other) {
        return validFrom.equals(other.validFrom) && subject().equals(other.subject());
    }

    /** What is priced: the item code or the typology code, in the reader's language. */
    public Message subject() {
        return item != null ? ofItem(item.getCode()) : Message.of("tariff.subject.typology", typologyCode);
    }

    /** An item as the subject of a price. */
    public static Message ofItem(String itemCode) {
        return Message.of("tariff.subject.item", itemCode);
    }

    public Item getItem() {
        return item;
    }

    public String getTypologyCode() {
        return typologyCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public BigDecimal getMonthlyPrice() {
        return monthlyPrice;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TariffPrice that && getId() != null && Objects.equals(getId(), that.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getId());
    }

    public Tariff getTariff() {
        return tariff;
    }
}
