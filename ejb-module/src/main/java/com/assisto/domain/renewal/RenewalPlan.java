package com.assisto.domain.renewal;

import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.RenewalPricing;
import com.assisto.domain.contract.TermEnd;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.index.PriceIndex;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.TariffPricing;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.PriceList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What follows one due contract (C9), worked out before anything is written: the decision, the
 * next type, the index adjustment or why the renewal must wait for one, and how the next term's
 * lines are priced. The same type goes on at its own prices moved by tariff and index; another
 * type (a converted warranty, a quote of a maintenance type) is priced afresh from the tariff.
 */
public final class RenewalPlan {

    private final Contract contract;
    private final TermEnd decision;
    private final ContractType nextType;
    private final IndexAdjustment adjustment;
    private final Message waitingFor;
    private final Message wouldWait;
    private final RenewalPricing renewalPricing;
    private final Function<ContractLine, LinePrice> pricing;

    private RenewalPlan(
            Contract contract,
            TermEnd decision,
            ContractType nextType,
            IndexAdjustment adjustment,
            Message waitingFor,
            Message wouldWait,
            PriceList tariff) {
        this.contract = contract;
        this.decision = decision;
        this.nextType = nextType;
        this.adjustment = adjustment;
        this.waitingFor = waitingFor;
        this.wouldWait = wouldWait;
        if (nextType == contract.getType()) {
            this.renewalPricing = new RenewalPricing(contract, tariff, adjustment);
            this.pricing = renewalPricing::price;
        } else {
            this.renewalPricing = null;
            BigDecimal months =
                    BigDecimal.valueOf(nextType == null ? contract.getDurationMonths() : nextType.getDurationMonths());
            LocalDate nextStart = nextStart();
            this.pricing =
                    line -> TariffPricing.price(tariff, line.getItem(), contract.getTypologyCode(), nextStart, months);
        }
    }

    /**
     * Plans what follows the contract's term.
     *
     * @param tariff the customer's tariff prices, or null when the customer has none
     * @param indexByCode the index series of a code, empty when no series has it
     */
    public static RenewalPlan of(
            Contract contract, PriceList tariff, Function<String, Optional<PriceIndex>> indexByCode) {
        TermEnd decision = contract.termEnd();
        IndexAdjustment adjustment = null;
        Message waitingFor = null;
        Message wouldWait = null;
        if (decision == TermEnd.RENEW && contract.getNextAnniversary() != null) {
            // the renewal starts from the prices the anniversaries reached: none may be missing
            waitingFor = Message.of("renewal.anniversaryPending", Figures.date(contract.getNextAnniversary()));
            wouldWait = Message.of("renewal.wouldWait", waitingFor);
        } else if (decision == TermEnd.RENEW && contract.getRevaluation().isPresent()) {
            IndexReading reading =
                    IndexReading.of(contract, contract.getEndDate().plusDays(1), indexByCode);
            adjustment = reading.adjustment().orElse(null);
            waitingFor = reading.waitingFor();
            wouldWait = reading.wouldWait();
        }
        return new RenewalPlan(contract, decision, contract.successorType(), adjustment, waitingFor, wouldWait, tariff);
    }

    public Contract contract() {
        return contract;
    }

    public TermEnd decision() {
        return decision;
    }

    /** The type of what follows; null when a warranty type converts to nothing. */
    public ContractType nextType() {
        return nextType;
    }

    /** The index adjustment the renewal applies; empty when it applies none. */
    public Optional<IndexAdjustment> adjustment() {
        return Optional.ofNullable(adjustment);
    }

    public boolean isWaiting() {
        return waitingFor != null;
    }

    /** Why the contract must wait for a later run, as the run records it; null when it can be dealt with now. */
    public Message waitingFor() {
        return waitingFor;
    }

    /** Why the contract would wait, as a sentence of its own for the preview; null when it would not. */
    public Message wouldWait() {
        return wouldWait;
    }

    /** Whether what follows draws a number: a successor or a quote of some type. */
    public boolean needsNumber() {
        return !isWaiting() && nextType != null;
    }

    public LocalDate nextStart() {
        return contract.getEndDate().plusDays(1);
    }

    /** The price of a line in what follows. */
    public Function<ContractLine, LinePrice> pricing() {
        return pricing;
    }

    /**
     * The value of the lines priced so far before the index step: the amount the renewal's
     * revaluation record starts from.
     */
    public BigDecimal valueBeforeIndex() {
        if (renewalPricing == null) {
            throw new IllegalStateException("Only a renewal of the same type is revalued.");
        }
        return renewalPricing.valueBeforeIndex();
    }

    /**
     * What following the plan made of the contract: its result, the successor or the quote
     * offered (null when there is none), and a note on why no quote was offered.
     */
    public record Followed(RenewalResult result, Contract successor, Message note) {}

    /**
     * Follows the plan: renews the contract, converts the warranty, or lets it expire offering a
     * quote for the next term when one can be priced. A renewal or conversion that cannot be
     * priced is refused and leaves the contract as it was.
     *
     * @param number draws the number of the successor or the quote, from {@link #series}
     * @throws com.assisto.domain.shared.ValidationException when a renewal or conversion is refused
     */
    public Followed follow(LocalDate day, Supplier<String> number) {
        if (isWaiting()) {
            throw new IllegalStateException("Contract " + contract.getNumber() + " waits: " + waitingFor);
        }
        return switch (decision) {
            case RENEW -> new Followed(RenewalResult.RENEWED, contract.renew(number.get(), day, pricing), null);
            case CONVERT -> new Followed(RenewalResult.CONVERTED, contract.convert(number.get(), day, pricing), null);
            case EXPIRE -> expire(day, number);
        };
    }

    private Followed expire(LocalDate day, Supplier<String> number) {
        if (nextType == null) {
            contract.expire(day, null, null, null);
            return new Followed(
                    RenewalResult.EXPIRED,
                    null,
                    Message.of("renewal.noConversion", contract.getType().getCode()));
        }
        try {
            Contract proposal =
                    contract.expire(day, number.get(), nextType, pricing).orElseThrow();
            return new Followed(RenewalResult.EXPIRED, proposal, null);
        } catch (ValidationException unpriced) {
            contract.expire(day, null, null, null);
            return new Followed(RenewalResult.EXPIRED, null, Message.of("renewal.noQuote", Refusal.of(unpriced)));
        }
    }

    /**
     * The record of the index revaluation a renewal applied, once its successor has its id; empty
     * when it applied none.
     */
    public Optional<RevaluationRecord> revaluationOf(Contract successor, long runId, String actor, Instant at) {
        return adjustment()
                .map(applied -> new RevaluationRecord(
                        successor.getId(),
                        contract.getId(),
                        runId,
                        nextStart(),
                        applied,
                        valueBeforeIndex(),
                        successor.getValue(),
                        actor,
                        at));
    }

    /** The series the next contract, or the quote offered, draws its number from. */
    public Series series(LocalDate day) {
        return decision == TermEnd.EXPIRE
                ? new Series(nextType, day.getYear(), true)
                : new Series(nextType, nextStart().getYear(), false);
    }

    /** A number series of a contract type: its contracts of a year, or its quotes of a year. */
    public record Series(ContractType type, int year, boolean quote) {

        public String key() {
            return type.seriesKey(quote, year);
        }

        public String format(long sequence) {
            return quote ? type.quoteNumber(year, sequence) : type.contractNumber(year, sequence);
        }
    }
}
