package com.assisto.domain.contract;

import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.shared.DateRange;
import com.assisto.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How a contract follows a price index (C6): its clause, and what the clause did inside the
 * current term — the next anniversary at which a term longer than a year is revalued, how far
 * the anniversaries moved the term's prices, and what they added to its value.
 */
@Embeddable
public class IndexLinkage {

    @Embedded
    private RevaluationClause clause;
    /**
     * The next anniversary inside a term longer than a year, where the index clause revalues
     * the rest of the term; empty when no anniversary is left or there is no clause.
     */
    @Column(name = "next_anniversary")
    private LocalDate nextAnniversary;
    /**
     * How far the anniversary revaluations moved this term's prices: 1 when the term starts.
     * The lines keep the prices the term started with; the renewal carries them on by this factor.
     */
    @Column(name = "term_index_factor", nullable = false)
    private BigDecimal termIndexFactor = BigDecimal.ONE;
    /** What the anniversary revaluations added to the term's value, on top of its lines. */
    @Column(name = "index_surcharge", nullable = false)
    private BigDecimal surcharge = Money.of(BigDecimal.ZERO);

    protected IndexLinkage() {}

    private IndexLinkage(RevaluationClause clause) {
        this.clause = clause;
    }

    static IndexLinkage none() {
        return new IndexLinkage(null);
    }

    /** The linkage a following term starts with: the same clause, nothing revalued yet. */
    IndexLinkage forNextTerm() {
        return new IndexLinkage(clause == null ? null : clause.copy());
    }

    /** Sets or clears the clause; a running term gets its next anniversary from the day on. */
    void setClause(RevaluationClause clause, LocalDate day, DateRange runningTerm) {
        this.clause = clause;
        this.nextAnniversary = runningTerm == null ? null : anniversaryOnOrAfter(day, runningTerm);
    }

    /** The term starts running: its first anniversary, if it has one. */
    void termStarts(DateRange term) {
        nextAnniversary = anniversaryOnOrAfter(term.from().plusDays(1), term);
    }

    /** What the next anniversary revaluation would do to these instalments, changing nothing. */
    AnniversaryRevaluation previewAnniversary(List<Instalment> instalments, IndexAdjustment adjustment) {
        List<Instalment> moving = revaluedFrom(instalments);
        return new AnniversaryRevaluation(
                nextAnniversary,
                moving.size(),
                moving.stream().map(Instalment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                moving.stream()
                        .map(instalment -> adjustment.apply(instalment.getAmount()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Revalues the rest of the term at the next anniversary: each instalment not billed yet that
     * starts on or after it moves by the adjustment (rounded half-up to cents), the surcharge by
     * the sum of the changes and the term's index factor with it, so the renewal starts from the
     * revalued prices; then the following anniversary comes up. Instalments already queued for
     * invoicing keep their amount.
     */
    AnniversaryRevaluation revalueAnniversary(
            List<Instalment> instalments, IndexAdjustment adjustment, DateRange term) {
        List<Instalment> moving = revaluedFrom(instalments);
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;
        for (Instalment instalment : moving) {
            before = before.add(instalment.getAmount());
            instalment.revalue(adjustment);
            after = after.add(instalment.getAmount());
        }
        AnniversaryRevaluation done = new AnniversaryRevaluation(nextAnniversary, moving.size(), before, after);
        surcharge = Money.of(surcharge.add(after).subtract(before));
        termIndexFactor = adjustment.factor(termIndexFactor);
        nextAnniversary = anniversaryOnOrAfter(nextAnniversary.plusDays(1), term);
        return done;
    }

    /** The instalments an anniversary revaluation moves: not billed yet, starting on or after it. */
    private List<Instalment> revaluedFrom(List<Instalment> instalments) {
        return instalments.stream()
                .filter(instalment -> instalment.getStatus() == InstalmentStatus.PLANNED
                        && !instalment.getPeriodFrom().isBefore(nextAnniversary))
                .toList();
    }

    /**
     * The first anniversary of the start on or after the day that still falls inside the term,
     * if the contract is index-linked yearly: only terms longer than a year have one.
     */
    private LocalDate anniversaryOnOrAfter(LocalDate day, DateRange term) {
        // a clause over the term revalues once, at renewal, by the whole term's variation
        if (clause == null || clause.getInterval() == RevaluationInterval.OVER_TERM) {
            return null;
        }
        for (int year = 1; ; year++) {
            LocalDate anniversary = term.from().plusMonths(12L * year);
            if (anniversary.isAfter(term.to())) {
                return null;
            }
            if (!anniversary.isBefore(day)) {
                return anniversary;
            }
        }
    }

    public Optional<RevaluationClause> clause() {
        return Optional.ofNullable(clause);
    }

    public LocalDate nextAnniversary() {
        return nextAnniversary;
    }

    public BigDecimal termIndexFactor() {
        return termIndexFactor;
    }

    public BigDecimal surcharge() {
        return surcharge;
    }
}
