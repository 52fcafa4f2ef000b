package com.assisto.domain.index;

import com.assisto.domain.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** One month's published value; provisional until the definitive figure replaces it. */
@Entity
@Table(name = "index_value")
public class IndexValue extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "price_index_id")
    private PriceIndex index;

    @Column(name = "value_month", nullable = false)
    private LocalDate month;

    @Column(name = "index_value", nullable = false)
    private BigDecimal value;

    @Column(nullable = false)
    private boolean provisional;

    protected IndexValue() {}

    IndexValue(PriceIndex index, YearMonth month, BigDecimal value, boolean provisional) {
        this.index = index;
        this.month = month.atDay(1);
        correct(value, provisional);
    }

    final void correct(BigDecimal newValue, boolean newProvisional) {
        this.value = newValue;
        this.provisional = newProvisional;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public BigDecimal getValue() {
        return value;
    }

    public boolean isProvisional() {
        return provisional;
    }
}
