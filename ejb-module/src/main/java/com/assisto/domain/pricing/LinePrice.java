package com.assisto.domain.pricing;

import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.Money;
import com.assisto.domain.shared.StoredMessage;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A contract line's price for the contract term and how it was reached (C4): the customer
 * tariff's monthly base price at the pricing date times the duration coefficient in months,
 * or a price typed by hand (remembered as manual, with the tariff figures kept beside it),
 * or nothing at all for a warranty.
 */
@Embeddable
public class LinePrice {

    private static final BigDecimal MAX_COEFFICIENT = BigDecimal.valueOf(ContractTerms.MAX_MONTHS);
    /** The length of {@code contract_line.renewal_basis}. */
    static final int MAX_BASIS = 4000;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_source", nullable = false)
    private PriceSource source;

    @Column(name = "tariff_code")
    private String tariffCode;

    @Column(name = "price_date")
    private LocalDate priceDate;

    @Column(name = "monthly_price")
    private BigDecimal monthlyPrice;

    @Column(name = "coefficient_months")
    private BigDecimal coefficientMonths;
    /** What the tariff gives (monthly price × coefficient), also kept when the price is manual. */
    @Column(name = "tariff_amount")
    private BigDecimal tariffAmount;

    @Column(nullable = false)
    private BigDecimal amount;
    /**
     * How a renewal reached the amount from the previous term's (C9, C6), an encoded {@link Message};
     * empty before any renewal, plain English text on lines renewed before explanations were kept.
     */
    @Column(name = "renewal_basis", length = MAX_BASIS)
    private String renewalBasis;

    protected LinePrice() {}

    private LinePrice(
            PriceSource source,
            String tariffCode,
            LocalDate priceDate,
            BigDecimal monthlyPrice,
            BigDecimal coefficientMonths,
            BigDecimal tariffAmount,
            BigDecimal amount) {
        this.source = source;
        this.tariffCode = tariffCode;
        this.priceDate = priceDate;
        this.monthlyPrice = monthlyPrice;
        this.coefficientMonths = coefficientMonths;
        this.tariffAmount = tariffAmount;
        this.amount = amount;
    }

    /** Monthly tariff price × coefficient in months, rounded to cents. */
    public static LinePrice fromTariff(
            String tariffCode,
            LocalDate priceDate,
            BigDecimal monthlyPrice,
            boolean byTypology,
            BigDecimal coefficientMonths) {
        BigDecimal coefficient = checkCoefficient(coefficientMonths);
        BigDecimal monthly = Money.of(monthlyPrice);
        BigDecimal total = Money.of(monthly.multiply(coefficient));
        return new LinePrice(
                byTypology ? PriceSource.TARIFF_TYPOLOGY : PriceSource.TARIFF_ITEM,
                tariffCode,
                priceDate,
                monthly,
                coefficient,
                total,
                total);
    }

    /** A price typed by hand; the tariff price it replaces, if there was one, stays for reference. */
    public static LinePrice manual(BigDecimal amount, LinePrice tariffPrice) {
        if (amount == null) {
            throw new ValidationException("price", "value.required");
        }
        if (amount.signum() < 0) {
            throw new ValidationException("price", "value.negative");
        }
        if (tariffPrice == null
                || tariffPrice.source == PriceSource.MANUAL
                || tariffPrice.source == PriceSource.WARRANTY) {
            return new LinePrice(PriceSource.MANUAL, null, null, null, null, null, Money.of(amount));
        }
        return new LinePrice(
                PriceSource.MANUAL,
                tariffPrice.tariffCode,
                tariffPrice.priceDate,
                tariffPrice.monthlyPrice,
                tariffPrice.coefficientMonths,
                tariffPrice.tariffAmount,
                Money.of(amount));
    }

    /**
     * The price for a renewed term: the amount the renewal reached and how. Where it came
     * from (tariff or by hand) stays as it was; the tariff figures move to the renewal date.
     */
    public LinePrice renewed(BigDecimal newAmount, Message basis, LocalDate renewalDate, BigDecimal monthlyNow) {
        BigDecimal monthly = monthlyNow == null ? monthlyPrice : Money.of(monthlyNow);
        BigDecimal tariffTotal = monthlyNow == null || coefficientMonths == null
                ? tariffAmount
                : Money.of(monthly.multiply(coefficientMonths));
        LinePrice next = new LinePrice(
                source,
                tariffCode,
                monthlyNow == null ? priceDate : renewalDate,
                monthly,
                coefficientMonths,
                tariffTotal,
                Money.of(newAmount));
        next.renewalBasis = StoredMessage.of(basis, MAX_BASIS);
        return next;
    }

    public static LinePrice warranty() {
        return new LinePrice(PriceSource.WARRANTY, null, null, null, null, null, Money.of(BigDecimal.ZERO));
    }

    private static BigDecimal checkCoefficient(BigDecimal coefficientMonths) {
        if (coefficientMonths == null
                || coefficientMonths.signum() <= 0
                || coefficientMonths.compareTo(MAX_COEFFICIENT) > 0) {
            throw new ValidationException("coefficientMonths", "price.coefficientRange", ContractTerms.MAX_MONTHS);
        }
        return coefficientMonths.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The price in words, as the console and documents show it in their reader's language: the
     * tariff figures and the total, the manual price beside them, or how a renewal reached it.
     */
    public Message explanation() {
        if (renewalBasis != null) {
            return Message.decode(renewalBasis);
        }
        return switch (source) {
            case WARRANTY -> Message.of("price.warranty");
            case TARIFF_ITEM, TARIFF_TYPOLOGY -> Message.of("price.fromTariff", tariffFigures(), amount);
            case MANUAL ->
                tariffAmount == null
                        ? Message.of("price.manual", amount)
                        : Message.of("price.manualBesideTariff", amount, tariffFigures(), tariffAmount);
        };
    }

    private Message tariffFigures() {
        return Message.of(
                source == PriceSource.TARIFF_TYPOLOGY ? "price.typologyFigures" : "price.tariffFigures",
                tariffCode,
                monthlyPrice,
                Figures.date(priceDate),
                Figures.decimal(coefficientMonths.stripTrailingZeros()));
    }

    public boolean isManual() {
        return source == PriceSource.MANUAL;
    }

    public PriceSource getSource() {
        return source;
    }

    public String getTariffCode() {
        return tariffCode;
    }

    public LocalDate getPriceDate() {
        return priceDate;
    }

    public BigDecimal getMonthlyPrice() {
        return monthlyPrice;
    }

    public BigDecimal getCoefficientMonths() {
        return coefficientMonths;
    }

    public BigDecimal getTariffAmount() {
        return tariffAmount;
    }

    /** How a renewal reached the amount; null before any renewal. */
    public Message getRenewalBasis() {
        return Message.decode(renewalBasis);
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
