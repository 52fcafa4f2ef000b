package com.assisto.domain.index;

import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A base a series is published on from a given month ("2015=100" from January 2016), with the
 * coefficient that carries a value on it over to the base before (1.071 from 2015 to 2010).
 * Values stay as published; comparisons across bases go through the coefficient.
 */
@Embeddable
public class IndexBase {

    @Column(name = "label", nullable = false)
    private String label;

    @Column(name = "from_month", nullable = false)
    private LocalDate fromMonth;

    @Column(name = "link_coefficient")
    private BigDecimal linkCoefficient;

    protected IndexBase() {}

    public IndexBase(String label, YearMonth from, BigDecimal linkCoefficient) {
        if (label == null || label.isBlank() || from == null) {
            throw new ValidationException("bases", "index.baseIncomplete");
        }
        this.label = label.trim();
        this.fromMonth = from.atDay(1);
        this.linkCoefficient = linkCoefficient;
    }

    public String getLabel() {
        return label;
    }

    public YearMonth getFrom() {
        return YearMonth.from(fromMonth);
    }

    /** Multiplies a value on this base into the previous one; null on the first base. */
    public BigDecimal getLinkCoefficient() {
        return linkCoefficient;
    }
}
