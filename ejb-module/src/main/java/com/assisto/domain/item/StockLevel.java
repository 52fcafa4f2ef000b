package com.assisto.domain.item;

import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.SharedCache;
import com.assisto.domain.shared.Text;
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

/** Stock of one item in one warehouse (or van), as last reported by the ERP. */
@Entity
@Cacheable
@Cache(coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS, expiry = SharedCache.EXPIRY_MILLIS)
@Table(name = "stock_level")
public class StockLevel extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(name = "warehouse_code", nullable = false)
    private String warehouseCode;

    @Column(name = "on_hand", nullable = false)
    private BigDecimal onHand = BigDecimal.ZERO;

    @Column(name = "on_order", nullable = false)
    private BigDecimal onOrder = BigDecimal.ZERO;

    @Column(nullable = false)
    private BigDecimal committed = BigDecimal.ZERO;

    @Column(name = "expected_on")
    private LocalDate expectedOn;

    protected StockLevel() {}

    StockLevel(Item item, String warehouseCode) {
        this.item = item;
        this.warehouseCode = Objects.requireNonNull(Text.trimToNull(warehouseCode), "Warehouse is required.");
    }

    void report(BigDecimal onHand, BigDecimal onOrder, BigDecimal committed, LocalDate expectedOn) {
        this.onHand = Objects.requireNonNull(onHand, "Quantity on hand is required.");
        this.onOrder = onOrder == null ? BigDecimal.ZERO : onOrder;
        this.committed = committed == null ? BigDecimal.ZERO : committed;
        this.expectedOn = this.onOrder.signum() > 0 ? expectedOn : null;
    }

    /** On hand less what is already promised to other jobs. */
    public BigDecimal available() {
        return onHand.subtract(committed);
    }

    public String getWarehouseCode() {
        return warehouseCode;
    }

    public BigDecimal getOnHand() {
        return onHand;
    }

    public BigDecimal getOnOrder() {
        return onOrder;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }
}
