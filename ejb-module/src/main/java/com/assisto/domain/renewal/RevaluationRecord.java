package com.assisto.domain.renewal;

import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A revaluation applied to a contract (C6): the term's value before and after, the index
 * values and coefficient used, the share and the resulting percentage, and who or what ran it.
 */
@Entity
@Table(name = "revaluation")
public class RevaluationRecord extends BaseEntity {

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "previous_id", nullable = false)
    private long previousId;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "index_code", nullable = false)
    private String indexCode;

    @Column(name = "from_month", nullable = false)
    private LocalDate fromMonth;

    @Column(name = "from_value", nullable = false)
    private BigDecimal fromValue;

    @Column(name = "to_month", nullable = false)
    private LocalDate toMonth;

    @Column(name = "to_value", nullable = false)
    private BigDecimal toValue;

    @Column(nullable = false)
    private BigDecimal coefficient;

    @Column(name = "variation_percent", nullable = false)
    private BigDecimal variationPercent;

    @Column(name = "share_percent", nullable = false)
    private BigDecimal sharePercent;

    @Column(name = "applied_percent", nullable = false)
    private BigDecimal appliedPercent;

    @Column(name = "amount_before", nullable = false)
    private BigDecimal amountBefore;

    @Column(name = "amount_after", nullable = false)
    private BigDecimal amountAfter;

    @Column(name = "performed_by", nullable = false)
    private String performedBy;

    @Column(name = "performed_at", nullable = false)
    private OffsetDateTime performedAt;

    protected RevaluationRecord() {}

    public RevaluationRecord(
            long contractId,
            long previousId,
            Long runId,
            LocalDate appliedOn,
            IndexAdjustment adjustment,
            BigDecimal amountBefore,
            BigDecimal amountAfter,
            String performedBy,
            Instant now) {
        this.contractId = contractId;
        this.previousId = previousId;
        this.runId = runId;
        this.appliedOn = appliedOn;
        this.indexCode = adjustment.variation().indexCode();
        this.fromMonth = adjustment.variation().fromMonth().atDay(1);
        this.fromValue = adjustment.variation().fromValue();
        this.toMonth = adjustment.variation().toMonth().atDay(1);
        this.toValue = adjustment.variation().toValue();
        this.coefficient = adjustment.variation().coefficient();
        this.variationPercent = adjustment.variation().percent();
        this.sharePercent = adjustment.sharePercent();
        this.appliedPercent = adjustment.appliedPercent();
        this.amountBefore = amountBefore;
        this.amountAfter = amountAfter;
        this.performedBy = performedBy;
        this.performedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The index values used, in words: "FOI 2023-10 119.200 → 2024-10 120.100", with the linking coefficient if any. */
    public Message indexFigures() {
        return coefficient.compareTo(BigDecimal.ONE) == 0
                ? Message.of(
                        "revaluation.index",
                        indexCode,
                        Figures.month(getFromMonth()),
                        Figures.decimal(fromValue),
                        Figures.month(getToMonth()),
                        Figures.decimal(toValue))
                : Message.of(
                        "revaluation.linkedIndex",
                        indexCode,
                        Figures.month(getFromMonth()),
                        Figures.decimal(fromValue),
                        Figures.month(getToMonth()),
                        Figures.decimal(toValue),
                        Figures.decimal(coefficient.stripTrailingZeros()));
    }

    /** The variation, the contract's share of it and what was applied: "0.8 % × 75 % = 0.6 %". */
    public Message variationFigures() {
        return Message.of(
                "revaluation.variation",
                Figures.decimal(variationPercent.stripTrailingZeros()),
                Figures.decimal(sharePercent.stripTrailingZeros()),
                Figures.decimal(appliedPercent.stripTrailingZeros()));
    }

    public long getContractId() {
        return contractId;
    }

    public long getPreviousId() {
        return previousId;
    }

    public Long getRunId() {
        return runId;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public String getIndexCode() {
        return indexCode;
    }

    public YearMonth getFromMonth() {
        return YearMonth.from(fromMonth);
    }

    public BigDecimal getFromValue() {
        return fromValue;
    }

    public YearMonth getToMonth() {
        return YearMonth.from(toMonth);
    }

    public BigDecimal getToValue() {
        return toValue;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public BigDecimal getVariationPercent() {
        return variationPercent;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }

    public BigDecimal getAppliedPercent() {
        return appliedPercent;
    }

    public BigDecimal getAmountBefore() {
        return amountBefore;
    }

    public BigDecimal getAmountAfter() {
        return amountAfter;
    }

    public String getPerformedBy() {
        return performedBy;
    }

    public Instant getPerformedAt() {
        return performedAt.toInstant();
    }
}
