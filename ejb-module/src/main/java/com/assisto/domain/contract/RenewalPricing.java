package com.assisto.domain.contract;

import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.Money;
import com.assisto.domain.tariff.PriceList;
import com.assisto.domain.tariff.TariffPrice;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Prices a line for the next term (C9): the old price × the tariff price at the renewal date
 * ÷ the tariff price at the start of the ending term, whether the old price came from the
 * tariff or was typed by hand; then the index adjustment where the contract has one (C6).
 * A line the tariff does not price keeps its price before the index adjustment, and says so.
 * One instance prices one contract's lines and keeps their total before the index step.
 */
public final class RenewalPricing {

    private final PriceList tariff;
    private final LocalDate termStart;
    private final LocalDate renewalDate;
    private final String typologyCode;
    private final BigDecimal monthsRatio;
    private final IndexAdjustment adjustment;
    private final BigDecimal termIndexFactor;
    private BigDecimal valueBeforeIndex = BigDecimal.ZERO;

    /**
     * @param tariff the customer's tariff, or null when it has none
     * @param adjustment the index adjustment, or null when the contract is not index-linked
     */
    public RenewalPricing(Contract contract, PriceList tariff, IndexAdjustment adjustment) {
        this.tariff = tariff;
        this.termStart = contract.getStartDate();
        this.renewalDate = contract.getEndDate().plusDays(1);
        this.typologyCode = contract.getTypologyCode();
        this.monthsRatio = BigDecimal.valueOf(contract.getRenewalMonths())
                .divide(BigDecimal.valueOf(contract.getDurationMonths()), MathContext.DECIMAL64);
        this.adjustment = adjustment;
        this.termIndexFactor = contract.getTermIndexFactor();
    }

    /** The line's price for the next term, with how it was reached step by step in its explanation. */
    public LinePrice price(ContractLine line) {
        LinePrice old = line.getPrice();
        BigDecimal amount = old.getAmount();
        Message basis = Message.of("renewal.basis", amount);
        if (monthsRatio.compareTo(BigDecimal.ONE) != 0) {
            amount = Money.of(amount.multiply(monthsRatio));
            basis = Message.of("renewal.basisShare", basis, Figures.decimal(monthsRatio.stripTrailingZeros()), amount);
        }
        String itemCode = line.getItem() == null ? null : line.getItem().getCode();
        Optional<TariffPrice> before = tariffPrice(itemCode, termStart);
        Optional<TariffPrice> now = tariffPrice(itemCode, renewalDate);
        BigDecimal monthlyNow = null;
        if (before.isPresent()
                && now.isPresent()
                && before.get().getMonthlyPrice().signum() > 0) {
            BigDecimal from = before.get().getMonthlyPrice();
            monthlyNow = now.get().getMonthlyPrice();
            amount = Money.of(amount.multiply(monthlyNow).divide(from, MathContext.DECIMAL64));
            basis = Message.of(
                    "renewal.basisTariff",
                    basis,
                    tariff.tariffCode(),
                    monthlyNow,
                    Figures.date(renewalDate),
                    from,
                    Figures.date(termStart),
                    amount);
        } else {
            basis = Message.of(
                    "renewal.basisNoTariffPrice", basis, Figures.date(before.isEmpty() ? termStart : renewalDate));
        }
        if (termIndexFactor.compareTo(BigDecimal.ONE) != 0) {
            // the term's anniversary revaluations: the next term starts from the prices they reached
            amount = Money.of(amount.multiply(termIndexFactor));
            basis = Message.of(
                    "renewal.basisAnniversaries", basis, Figures.decimal(termIndexFactor.stripTrailingZeros()), amount);
        }
        valueBeforeIndex = valueBeforeIndex.add(amount);
        if (adjustment != null) {
            amount = adjustment.apply(amount);
            basis = Message.of("renewal.basisIndex", basis, adjustment.describe(), amount);
        }
        return old.renewed(amount, basis, renewalDate, monthlyNow);
    }

    /**
     * The lines priced so far as they stood before the index step: the amount the renewal's
     * revaluation record starts from, without pricing each line a second time.
     */
    public BigDecimal valueBeforeIndex() {
        return valueBeforeIndex;
    }

    private Optional<TariffPrice> tariffPrice(String itemCode, LocalDate date) {
        if (tariff == null) {
            return Optional.empty();
        }
        Optional<TariffPrice> byItem = itemCode == null ? Optional.empty() : tariff.priceInForce(itemCode, null, date);
        return byItem.isPresent() || typologyCode == null ? byItem : tariff.priceInForce(null, typologyCode, date);
    }
}
