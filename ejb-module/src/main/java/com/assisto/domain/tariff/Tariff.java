package com.assisto.domain.tariff;

import com.assisto.domain.item.Item;
import com.assisto.domain.shared.SharedCache;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/**
 * A named price list giving the monthly maintenance base price of items or service typologies.
 * Prices are dated and never overwritten: renewals compare the price at renewal with the
 * price at the contract's start (C9), so the whole history must stay answerable.
 */
@Entity
@Cacheable
@Cache(coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS, expiry = SharedCache.EXPIRY_MILLIS)
@Table(name = "tariff")
public class Tariff extends VersionedEntity implements PriceList {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @OneToMany(mappedBy = "tariff", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom DESC")
    private List<TariffPrice> prices = new ArrayList<>();

    protected Tariff() {}

    public Tariff(String code, String name) {
        this.code = Text.trimToNull(code);
        if (this.code == null) {
            throw new ValidationException("code", "value.required");
        }
        rename(name);
    }

    public final void rename(String newName) {
        String trimmed = Text.trimToNull(newName);
        if (trimmed == null) {
            throw new ValidationException("name", "value.required");
        }
        this.name = trimmed;
    }

    /** Sets the item's price from a date on; the earlier prices stay as history. */
    public TariffPrice setPrice(Item item, LocalDate validFrom, BigDecimal monthlyPrice) {
        Objects.requireNonNull(item, "Item is required.");
        return addPrice(new TariffPrice(this, item, null, validFrom, monthlyPrice));
    }

    /** Sets a service typology's price from a date on. */
    public TariffPrice setTypologyPrice(String typologyCode, LocalDate validFrom, BigDecimal monthlyPrice) {
        return addPrice(new TariffPrice(this, null, Text.trimToNull(typologyCode), validFrom, monthlyPrice));
    }

    private TariffPrice addPrice(TariffPrice price) {
        boolean sameDayExists = prices.stream().anyMatch(existing -> existing.sameSubjectAndDay(price));
        if (sameDayExists) {
            throw new ValidationException(
                    "validFrom", "tariff.priceExists", price.subject(), price.getValidFrom(), code);
        }
        prices.add(price);
        return price;
    }

    /**
     * Takes the ERP's price of an item or a typology from a date (X1): a new price is added, the
     * price of a day already priced is corrected, the same price is left alone.
     */
    public PriceReportOutcome reportPrice(
            Item item, String typologyCode, LocalDate validFrom, BigDecimal monthlyPrice) {
        TariffPrice reported = new TariffPrice(this, item, Text.trimToNull(typologyCode), validFrom, monthlyPrice);
        for (TariffPrice existing : prices) {
            if (existing.sameSubjectAndDay(reported)) {
                if (existing.getMonthlyPrice().compareTo(reported.getMonthlyPrice()) == 0) {
                    return PriceReportOutcome.UNCHANGED;
                }
                existing.reprice(reported.getMonthlyPrice());
                return PriceReportOutcome.CORRECTED;
            }
        }
        prices.add(reported);
        return PriceReportOutcome.ADDED;
    }

    /** What the ERP's report of a price did to the tariff. */
    public enum PriceReportOutcome {
        ADDED,
        CORRECTED,
        UNCHANGED
    }

    /** The item's monthly price in force on the given date, if the tariff prices it by then. */
    public Optional<BigDecimal> priceOf(Item item, LocalDate date) {
        return priceInForce(item.getCode(), null, date).map(TariffPrice::getMonthlyPrice);
    }

    /** The typology's monthly price in force on the given date. */
    public Optional<BigDecimal> priceOfTypology(String typologyCode, LocalDate date) {
        return priceInForce(null, typologyCode, date).map(TariffPrice::getMonthlyPrice);
    }

    @Override
    public Optional<TariffPrice> priceInForce(String itemCode, String typologyCode, LocalDate date) {
        return new PriceSelection(code, prices).priceInForce(itemCode, typologyCode, date);
    }

    @Override
    public String tariffCode() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** Every price ever set, newest first. */
    public List<TariffPrice> getPrices() {
        return Collections.unmodifiableList(prices);
    }
}
