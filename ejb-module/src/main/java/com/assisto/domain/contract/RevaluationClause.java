package com.assisto.domain.contract;

import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contract's index clause (C6): which index, what share of its variation, whether decreases
 * pass on, an optional floor, and the reference month, given as months before the revaluation
 * date (ISTAT practice takes the month two or three before; Syntec's public-procurement formula
 * S(n−3)/S0 takes three). The variation is measured over the twelve months before it, or, with
 * the interval {@link RevaluationInterval#OVER_TERM}, once per term over the whole term.
 */
@Embeddable
public class RevaluationClause {

    private static final BigDecimal MAX_SHARE = BigDecimal.valueOf(100);
    private static final int MAX_LAG_MONTHS = 12;

    @Column(name = "reval_index_code")
    private String indexCode;

    @Column(name = "reval_share_percent")
    private BigDecimal sharePercent;

    @Column(name = "reval_decreases")
    private Boolean decreasesApplied;

    @Column(name = "reval_floor_percent")
    private BigDecimal floorPercent;

    @Column(name = "reval_lag_months")
    private Integer lagMonths;
    /** Null on clauses written before the interval existed: they are yearly. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reval_interval")
    private RevaluationInterval interval;

    protected RevaluationClause() {}

    public RevaluationClause(
            String indexCode,
            BigDecimal sharePercent,
            boolean decreasesApplied,
            BigDecimal floorPercent,
            int lagMonths,
            RevaluationInterval interval) {
        this.indexCode = Text.trimToNull(indexCode);
        this.sharePercent = sharePercent;
        this.decreasesApplied = decreasesApplied;
        this.floorPercent = floorPercent;
        this.lagMonths = lagMonths;
        this.interval = interval == null ? RevaluationInterval.YEARLY : interval;
        List<FieldError> errors = new ArrayList<>();
        if (this.indexCode == null) {
            errors.add(new FieldError("revaluation.indexCode", "value.required"));
        }
        if (sharePercent == null || sharePercent.signum() <= 0 || sharePercent.compareTo(MAX_SHARE) > 0) {
            errors.add(new FieldError("revaluation.sharePercent", "revaluation.share"));
        }
        if (lagMonths < 0 || lagMonths > MAX_LAG_MONTHS) {
            errors.add(new FieldError("revaluation.lagMonths", "value.between", 0, MAX_LAG_MONTHS));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    RevaluationClause copy() {
        return new RevaluationClause(
                indexCode, sharePercent, isDecreasesApplied(), floorPercent, getLagMonths(), getInterval());
    }

    /** The month whose index value a revaluation on this date uses. */
    public YearMonth referenceMonth(LocalDate revaluationDate) {
        return YearMonth.from(revaluationDate).minusMonths(getLagMonths());
    }

    /**
     * The month the variation of a revaluation on the date starts from: twelve months before its
     * reference month, or over the term the reference month of the term's start.
     */
    public YearMonth fromMonth(LocalDate termStart, LocalDate revaluationDate) {
        return getInterval() == RevaluationInterval.OVER_TERM
                ? referenceMonth(termStart)
                : referenceMonth(revaluationDate).minusYears(1);
    }

    /** The index values a revaluation on the date needs, in words: what it waits for while they are missing. */
    public Message valuesNeeded(LocalDate termStart, LocalDate revaluationDate) {
        return Message.of(
                "index.valuesNeeded",
                indexCode,
                Figures.month(fromMonth(termStart, revaluationDate)),
                Figures.month(referenceMonth(revaluationDate)));
    }

    /**
     * The adjustment for a revaluation on the date, in a term that started on {@code termStart},
     * or empty while the index values it needs are not published.
     */
    public Optional<IndexAdjustment> adjustment(PriceIndex index, LocalDate termStart, LocalDate revaluationDate) {
        return index.variation(fromMonth(termStart, revaluationDate), referenceMonth(revaluationDate))
                .map(variation -> IndexAdjustment.of(variation, sharePercent, isDecreasesApplied(), floorPercent));
    }

    public String getIndexCode() {
        return indexCode;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }

    public boolean isDecreasesApplied() {
        return Boolean.TRUE.equals(decreasesApplied);
    }

    public BigDecimal getFloorPercent() {
        return floorPercent;
    }

    public RevaluationInterval getInterval() {
        return interval == null ? RevaluationInterval.YEARLY : interval;
    }

    public int getLagMonths() {
        return lagMonths == null ? 0 : lagMonths;
    }
}
