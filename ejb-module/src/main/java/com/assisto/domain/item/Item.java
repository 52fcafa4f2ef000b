package com.assisto.domain.item;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Money;
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
import java.util.Optional;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/**
 * An article from the ERP. Its warranty terms drive warranty contracts (W1, W2) and its
 * warning days drive expiry warnings (C10); stock comes from the ERP per warehouse.
 */
@Entity
@Cacheable
@Cache(coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS, expiry = SharedCache.EXPIRY_MILLIS)
@Table(name = "item")
public class Item extends VersionedEntity {

    /** The columns' sizes, which the ERP's reports are checked against before they are stored. */
    public static final int CODE_LENGTH = 30;

    public static final int DESCRIPTION_LENGTH = 200;
    public static final int UNIT_LENGTH = 10;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String description;

    private String unit;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "warranty_months", nullable = false)
    private int warrantyMonths;

    @Column(name = "warranty_urgency")
    private String warrantyUrgency;

    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    @Column(name = "warning_days", nullable = false)
    private int warningDays;

    @Column(name = "warranty_convertible", nullable = false)
    private boolean warrantyConvertible;

    @Column(name = "serial_tracked", nullable = false)
    private boolean serialTracked;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("warehouseCode")
    private List<StockLevel> stock = new ArrayList<>();

    protected Item() {}

    public Item(String code, ItemTerms terms) {
        this.code = Text.trimToNull(code);
        if (this.code == null) {
            throw new ValidationException("code", "value.required");
        }
        apply(terms);
    }

    public final void apply(ItemTerms terms) {
        List<FieldError> errors = terms.errors();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.description = terms.description();
        this.unit = terms.unit();
        this.unitPrice = Money.of(terms.unitPrice());
        this.warrantyMonths = terms.warrantyMonths();
        this.warrantyUrgency = terms.warrantyUrgency();
        this.autoRenew = terms.autoRenew();
        this.warningDays = terms.warningDays();
        this.warrantyConvertible = terms.warrantyConvertible();
        this.serialTracked = terms.serialTracked();
    }

    public ItemTerms terms() {
        return new ItemTerms(
                description,
                unit,
                unitPrice,
                warrantyMonths,
                warrantyUrgency,
                autoRenew,
                warningDays,
                warrantyConvertible,
                serialTracked);
    }

    /** Records the ERP's stock figures for one warehouse, replacing the previous ones. */
    public void reportStock(
            String warehouseCode, BigDecimal onHand, BigDecimal onOrder, BigDecimal committed, LocalDate expectedOn) {
        StockLevel level = stockAt(warehouseCode).orElseGet(() -> {
            StockLevel created = new StockLevel(this, warehouseCode);
            stock.add(created);
            return created;
        });
        level.report(onHand, onOrder, committed, expectedOn);
    }

    public Optional<StockLevel> stockAt(String warehouseCode) {
        return stock.stream()
                .filter(level -> level.getWarehouseCode().equals(warehouseCode))
                .findFirst();
    }

    public BigDecimal totalOnHand() {
        return stock.stream().map(StockLevel::getOnHand).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalOnOrder() {
        return stock.stream().map(StockLevel::getOnOrder).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean hasWarranty() {
        return warrantyMonths > 0;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getWarrantyMonths() {
        return warrantyMonths;
    }

    public String getWarrantyUrgency() {
        return warrantyUrgency;
    }

    public boolean isAutoRenew() {
        return autoRenew;
    }

    public int getWarningDays() {
        return warningDays;
    }

    public boolean isWarrantyConvertible() {
        return warrantyConvertible;
    }

    public boolean isSerialTracked() {
        return serialTracked;
    }

    public List<StockLevel> getStock() {
        return Collections.unmodifiableList(stock);
    }
}
