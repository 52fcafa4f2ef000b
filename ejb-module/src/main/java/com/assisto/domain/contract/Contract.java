package com.assisto.domain.contract;

import com.assisto.domain.audit.AuditTexts;
import com.assisto.domain.charging.ChargingRules;
import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.index.IndexAdjustment;
import com.assisto.domain.item.Item;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.Prorating;
import com.assisto.domain.shared.DateRange;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.Money;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.VersionedEntity;
import com.assisto.domain.shared.customfields.CustomFieldsConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A service contract or, before the customer confirms it, a quote (C1, C2). The aggregate owns
 * its covered lines and its billing instalments: every rule about what may change when —
 * terms only on quotes, prorated notes for lines changed while it runs, instalments planned at
 * activation — is enforced here.
 */
@Entity
@Table(name = "contract")
public class Contract extends VersionedEntity {

    /** The entity type under which the audit trail records what happened to a contract. */
    public static final String AUDIT_TYPE = "Contract";

    /** The audit action of a price set by hand on a line; the term's warning lists them. */
    public static final String PRICE_CHANGED_ACTION = "price changed";

    private static final int MAX_NUMBER = 40;

    @Column(nullable = false)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_type_id")
    private ContractType type;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "typology_code")
    private String typologyCode;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "duration_months", nullable = false)
    private int durationMonths;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "renewal_months", nullable = false)
    private int renewalMonths;

    @Column(name = "billing_months", nullable = false)
    private int billingMonths;

    @Column(name = "payment_terms")
    private String paymentTerms;

    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "quote_valid_until")
    private LocalDate quoteValidUntil;

    @Column(name = "quote_number")
    private String quoteNumber;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "contract_value", nullable = false)
    private BigDecimal value = Money.of(BigDecimal.ZERO);

    @Embedded
    private ChargingRules charging;

    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    private Map<String, Object> customFields = new LinkedHashMap<>();

    @Embedded
    private IndexLinkage indexLinkage = IndexLinkage.none();

    @Embedded
    private WarningSettings warnings = WarningSettings.none();
    /** The contract whose term this one continues (a renewal, a conversion or a renewal quote). */
    @Column(name = "renewal_of", updatable = false)
    private Long renewalOf;
    /** The ERP invoice a warranty was made from (W1). */
    @Column(name = "invoice_id", updatable = false)
    private Long invoiceId;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContractLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<Instalment> instalments = new ArrayList<>();

    protected Contract() {}

    private Contract(
            ContractType type,
            Customer customer,
            String number,
            ContractTerms terms,
            Map<String, ?> customFields,
            LocalDate issuedOn) {
        this.type = Objects.requireNonNull(type, "Contract type is required.");
        this.customer = Objects.requireNonNull(customer, "Customer is required.");
        this.issuedOn = Objects.requireNonNull(issuedOn, "Issue date is required.");
        this.number = checkNumber(number);
        this.status = ContractStatus.QUOTE;
        this.charging = type.getCharging().copy();
        applyTerms(terms);
        this.customFields = customFields == null
                ? new LinkedHashMap<>()
                : new LinkedHashMap<>(type.validateCustomFields(customFields));
    }

    /** A new quote, valid for the type's validity period from the day it is issued. */
    public static Contract quote(
            ContractType type,
            Customer customer,
            String number,
            ContractTerms terms,
            Map<String, ?> customFields,
            LocalDate issuedOn) {
        Contract contract = new Contract(type, customer, number, terms, customFields, issuedOn);
        contract.quoteValidUntil = issuedOn.plusDays(type.getQuoteValidityDays());
        return contract;
    }

    private static String checkNumber(String number) {
        String trimmed = Text.trimToNull(number);
        if (trimmed == null || trimmed.length() > MAX_NUMBER) {
            throw new ValidationException("number", "contract.badNumber", MAX_NUMBER);
        }
        return trimmed;
    }

    private void applyTerms(ContractTerms terms) {
        terms.validate();
        this.typologyCode = terms.typologyCode();
        this.startDate = terms.startDate();
        this.durationMonths = terms.durationMonths();
        this.endDate = terms.term().to();
        this.renewalMonths = terms.renewalMonths();
        this.billingMonths = terms.billingMonths();
        this.paymentTerms = terms.paymentTerms();
        this.autoRenew = terms.autoRenew();
    }

    public ContractTerms terms() {
        return new ContractTerms(
                typologyCode, startDate, durationMonths, renewalMonths, billingMonths, paymentTerms, autoRenew);
    }

    public DateRange term() {
        return new DateRange(startDate, endDate);
    }

    /**
     * Changes terms and custom fields. A running contract keeps its dates and periodicities
     * (its instalments are planned on them); only payment terms, auto-renewal and custom fields
     * change then.
     *
     * @return what changed, one message a field, for the audit trail
     */
    public List<Message> revise(ContractTerms newTerms, Map<String, ?> newCustomFields) {
        checkEditable();
        ContractTerms old = terms();
        List<Message> changes = new ArrayList<>();
        if (status == ContractStatus.ACTIVE
                && (!Objects.equals(old.startDate(), newTerms.startDate())
                        || old.durationMonths() != newTerms.durationMonths()
                        || old.billingMonths() != newTerms.billingMonths()
                        || old.renewalMonths() != newTerms.renewalMonths()
                        || !Objects.equals(old.typologyCode(), newTerms.typologyCode()))) {
            throw new ValidationException("terms", "contract.termsFixedWhileActive");
        }
        Map<String, Object> fields = type.validateCustomFields(newCustomFields);
        describeChange(changes, AuditTexts.field("startDate"), old.startDate(), newTerms.startDate());
        describeChange(changes, AuditTexts.field("durationMonths"), old.durationMonths(), newTerms.durationMonths());
        describeChange(changes, AuditTexts.field("billingMonths"), old.billingMonths(), newTerms.billingMonths());
        describeChange(changes, AuditTexts.field("renewalMonths"), old.renewalMonths(), newTerms.renewalMonths());
        describeChange(changes, AuditTexts.field("typology"), old.typologyCode(), newTerms.typologyCode());
        describeChange(changes, AuditTexts.field("paymentTerms"), old.paymentTerms(), newTerms.paymentTerms());
        describeChange(changes, AuditTexts.field("autoRenew"), old.autoRenew(), newTerms.autoRenew());
        for (String key : union(customFields.keySet(), fields.keySet())) {
            describeChange(changes, Message.of("audit.field.customField", key), customFields.get(key), fields.get(key));
        }
        applyTerms(newTerms);
        this.customFields = new LinkedHashMap<>(fields);
        return changes;
    }

    private static List<String> union(java.util.Set<String> first, java.util.Set<String> second) {
        List<String> keys = new ArrayList<>(first);
        second.stream().filter(key -> !first.contains(key)).forEach(keys::add);
        return keys;
    }

    private static void describeChange(List<Message> changes, Message field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(AuditTexts.change(field, before, after));
        }
    }

    /** Gives the contract another number (the service checks that it is unique). */
    public void renumber(String newNumber) {
        this.number = checkNumber(newNumber);
    }

    /**
     * Adds a covered line. On a quote the line covers the whole term; on a running contract it
     * is covered from the given day to the end, and the change to charge is returned.
     */
    public Optional<MidTermChange> addLine(
            Equipment equipment, Item item, String description, LinePrice price, LocalDate day) {
        checkEditable();
        LinePrice effective = type.isWarranty() ? LinePrice.warranty() : price;
        if (status == ContractStatus.QUOTE) {
            lines.add(new ContractLine(this, equipment, item, description, effective, startDate));
            recomputeValue();
            return Optional.empty();
        }
        checkWithinTerm(day);
        ContractLine line = new ContractLine(this, equipment, item, description, effective, day);
        lines.add(line);
        recomputeValue();
        return Optional.of(
                new MidTermChange(line, DeliveryNoteKind.CHARGE, Prorating.of(effective.getAmount(), term(), day)));
    }

    /**
     * Removes a line. A quote's line simply goes; a running contract's line stops being covered
     * on the given day, and the credit for the days left is returned.
     */
    public Optional<MidTermChange> removeLine(long lineId, LocalDate day) {
        checkEditable();
        ContractLine line = line(lineId);
        if (!line.isCovered()) {
            throw new ValidationException(
                    "lineId", "contract.lineAlreadyRemoved", String.valueOf(lineId), line.getRemovedOn());
        }
        if (status == ContractStatus.QUOTE) {
            lines.remove(line);
            recomputeValue();
            return Optional.empty();
        }
        checkWithinTerm(day);
        if (day.isBefore(line.getCoveredFrom())) {
            throw new ValidationException(
                    "date", "contract.lineNotYetCovered", String.valueOf(lineId), line.getCoveredFrom(), day);
        }
        line.remove(day);
        recomputeValue();
        return Optional.of(new MidTermChange(
                line, DeliveryNoteKind.CREDIT, Prorating.of(line.getPrice().getAmount(), term(), day)));
    }

    /** What adding a line of this price on a day would charge, without changing anything. */
    public Optional<Prorating> previewAddition(LinePrice price, LocalDate day) {
        if (status != ContractStatus.ACTIVE) {
            return Optional.empty();
        }
        checkWithinTerm(day);
        return Optional.of(Prorating.of(type.isWarranty() ? BigDecimal.ZERO : price.getAmount(), term(), day));
    }

    /** What removing a line on a day would credit, without changing anything. */
    public Optional<Prorating> previewRemoval(long lineId, LocalDate day) {
        if (status != ContractStatus.ACTIVE) {
            return Optional.empty();
        }
        checkWithinTerm(day);
        return Optional.of(Prorating.of(line(lineId).getPrice().getAmount(), term(), day));
    }

    /** Sets a quote line's price by hand; the tariff price stays beside it for reference. */
    public void overridePrice(long lineId, BigDecimal amount) {
        if (status != ContractStatus.QUOTE) {
            throw new ValidationException("price", "contract.pricesFixedWhileActive");
        }
        if (type.isWarranty()) {
            throw new ValidationException("price", "contract.warrantyHasNoValue");
        }
        ContractLine line = line(lineId);
        line.reprice(LinePrice.manual(amount, line.getPrice()));
        recomputeValue();
    }

    /**
     * The customer confirmed the quote: the contract starts running and its instalments are
     * planned. A quote with its own number series takes its contract number now.
     */
    public void confirm(LocalDate day, String contractNumber) {
        if (status == ContractStatus.QUOTE && day.isAfter(quoteValidUntil)) {
            throw new ValidationException("status", "contract.quoteLapsed", number, quoteValidUntil.plusDays(1));
        }
        activate(day, contractNumber);
    }

    private void activate(LocalDate day, String contractNumber) {
        if (lines.isEmpty()) {
            throw new ValidationException("lines", "contract.noCoveredLine");
        }
        status = status.moveTo(ContractStatus.ACTIVE);
        statusChangedOn = day;
        if (contractNumber != null) {
            quoteNumber = number;
            number = checkNumber(contractNumber);
        }
        recomputeValue();
        instalments.clear();
        if (value.signum() > 0) {
            BillingSchedule.plan(terms(), value).forEach(planned -> instalments.add(new Instalment(this, planned)));
        }
        indexLinkage().termStarts(term());
    }

    /** An anniversary revaluation is due: the contract runs, is index-linked, and the day has come. */
    public boolean isAnniversaryDue(LocalDate day) {
        LocalDate nextAnniversary = indexLinkage().nextAnniversary();
        return status == ContractStatus.ACTIVE && nextAnniversary != null && !nextAnniversary.isAfter(day);
    }

    /** What the next anniversary revaluation would do to the rest of the term, changing nothing. */
    public AnniversaryRevaluation previewAnniversary(IndexAdjustment adjustment) {
        return indexLinkage().previewAnniversary(instalments, adjustment);
    }

    /**
     * Revalues the rest of a term longer than a year at its anniversary (C6; see
     * {@link IndexLinkage#revalueAnniversary}); the term's value follows.
     */
    public AnniversaryRevaluation revalueAtAnniversary(IndexAdjustment adjustment) {
        if (indexLinkage().nextAnniversary() == null || status != ContractStatus.ACTIVE) {
            throw new ValidationException("nextAnniversary", "contract.noAnniversaryDue", number);
        }
        AnniversaryRevaluation done = indexLinkage().revalueAnniversary(instalments, adjustment, term());
        recomputeValue();
        return done;
    }

    public void reject(LocalDate day, String reason) {
        status = status.moveTo(ContractStatus.REJECTED);
        statusChangedOn = day;
        statusReason = Text.trimToNull(reason);
    }

    /** A quote not confirmed within its validity lapses; true when it just did. */
    public boolean lapseIfOverdue(LocalDate today) {
        if (status != ContractStatus.QUOTE || !today.isAfter(quoteValidUntil)) {
            return false;
        }
        status = status.moveTo(ContractStatus.LAPSED);
        statusChangedOn = today;
        return true;
    }

    public void cancel(LocalDate day, String reason) {
        status = status.moveTo(ContractStatus.CANCELLED);
        statusChangedOn = day;
        statusReason = Text.trimToNull(reason);
    }

    /** Whether the term is over and the renewal run of that day must decide what follows. */
    public boolean isDueForRenewal(LocalDate day) {
        return status == ContractStatus.ACTIVE && endDate.isBefore(day);
    }

    /** What follows this term when it ends: renewal, conversion of a warranty, or expiry. */
    public TermEnd termEnd() {
        return succession().termEnd();
    }

    /** The type of what follows; null when a warranty type converts to nothing. */
    public ContractType successorType() {
        return succession().successorType();
    }

    /** Whether it renews as a warranty converted into a maintenance contract (W2). */
    public boolean isConvertibleWarranty() {
        return succession().isConvertibleWarranty();
    }

    private TermSuccession succession() {
        return new TermSuccession(type, terms(), endDate, coveredLines());
    }

    public List<ContractLine> coveredLines() {
        return lines.stream().filter(ContractLine::isCovered).toList();
    }

    /**
     * Renews the contract (C9): the next term runs from the day after the end for the renewal
     * period, with the same customer, terms and clauses, each covered line at the price given;
     * this one ends as RENEWED.
     */
    public Contract renew(String successorNumber, LocalDate day, Function<ContractLine, LinePrice> pricing) {
        return succeed(
                ContractStatus.RENEWED,
                type,
                successorNumber,
                succession().nextTerms(type),
                customFields,
                day,
                pricing,
                true);
    }

    /**
     * Turns a convertible warranty into a maintenance contract of the type it converts to
     * (W2), priced by the tariff; the warranty ends as RENEWED.
     */
    public Contract convert(String successorNumber, LocalDate day, Function<ContractLine, LinePrice> pricing) {
        ContractType target = Objects.requireNonNull(type.getConvertsTo(), "The warranty type converts to nothing.");
        ContractTerms next = succession().nextTerms(target);
        return succeed(ContractStatus.RENEWED, target, successorNumber, next, null, day, pricing, true);
    }

    /**
     * The contract ends without renewing (no auto-renewal, or a warranty that does not
     * convert); a quote for the next term is offered when a number is given (C2).
     */
    public Optional<Contract> expire(
            LocalDate day,
            String proposalNumber,
            ContractType proposalType,
            Function<ContractLine, LinePrice> pricing) {
        if (proposalNumber == null) {
            status = status.moveTo(ContractStatus.EXPIRED);
            statusChangedOn = day;
            return Optional.empty();
        }
        ContractTerms next = succession().nextTerms(proposalType);
        return Optional.of(
                succeed(ContractStatus.EXPIRED, proposalType, proposalNumber, next, customFields, day, pricing, false));
    }

    private Contract succeed(
            ContractStatus ending,
            ContractType nextType,
            String nextNumber,
            ContractTerms nextTerms,
            Map<String, ?> fields,
            LocalDate day,
            Function<ContractLine, LinePrice> pricing,
            boolean active) {
        List<ContractLine> continuing = coveredLines();
        if (continuing.isEmpty()) {
            throw new ValidationException("lines", "contract.coversNothing", number);
        }
        // a contract continuing as another type starts without that type's custom fields: the
        // back office fills them in, and they are checked at its first edit
        Contract next = new Contract(nextType, customer, nextNumber, nextTerms, null, day);
        if (nextType == type && fields != null) {
            // the term goes on with the values it has: a schema changed since is checked at the next edit
            next.customFields = new LinkedHashMap<>(fields);
        }
        next.quoteValidUntil = day.plusDays(nextType.getQuoteValidityDays());
        next.renewalOf = getId();
        next.charging =
                nextType == type ? charging.copy() : nextType.getCharging().copy();
        next.indexLinkage = nextType == type ? indexLinkage().forNextTerm() : IndexLinkage.none();
        next.warnings = warnings().forNextTerm(nextType == type);
        for (ContractLine line : continuing) {
            LinePrice price = nextType.isWarranty() ? LinePrice.warranty() : pricing.apply(line);
            next.lines.add(new ContractLine(
                    next, line.getEquipment(), line.getItem(), line.getDescription(), price, nextTerms.startDate()));
        }
        next.recomputeValue();
        if (active) {
            next.activate(day, null);
        }
        status = status.moveTo(ending);
        statusChangedOn = day;
        return next;
    }

    /**
     * A warranty made from an ERP invoice (W1): it runs from the invoice date for the items'
     * warranty months, covering the equipment delivered, at no charge.
     */
    public static Contract warrantyFromInvoice(
            ContractType type,
            Customer customer,
            String number,
            long invoiceId,
            LocalDate invoiceDate,
            int months,
            Map<String, ?> customFields,
            List<Equipment> equipment) {
        if (!type.isWarranty()) {
            throw new ValidationException("type", "contract.notWarrantyType", type.getCode());
        }
        ContractTerms terms = new ContractTerms(null, invoiceDate, months, months, months, null, false);
        Contract warranty = new Contract(type, customer, number, terms, customFields, invoiceDate);
        warranty.quoteValidUntil = invoiceDate;
        warranty.invoiceId = invoiceId;
        equipment.forEach(piece -> warranty.lines.add(
                new ContractLine(warranty, piece, piece.getItem(), null, LinePrice.warranty(), invoiceDate)));
        warranty.activate(invoiceDate, null);
        return warranty;
    }

    /**
     * Sets or clears the index clause (C6). It applies at the next renewal and, in a term longer
     * than a year, at the anniversaries from the day on; anniversaries already past stay as they were.
     */
    public void setRevaluation(RevaluationClause clause, LocalDate day) {
        checkEditable();
        indexLinkage().setClause(clause, day, status == ContractStatus.ACTIVE ? term() : null);
    }

    /** Sets who looks after the contract and how early its expiry warnings start. */
    public void assignWarnings(String responsible, Integer days) {
        this.warnings = WarningSettings.of(responsible, days);
    }

    /**
     * How many days before the end its expiry warning goes out: the contract's own setting,
     * else its type's, else the longest of its items' (C10).
     */
    public int effectiveWarningDays(int fallback) {
        return warnings().effectiveDays(type, coveredLines(), fallback);
    }

    /** The instalments the contract would have if confirmed now, or has since it was. */
    public List<ScheduledInstalment> schedule() {
        if (status != ContractStatus.QUOTE) {
            return instalments.stream()
                    .map(instalment -> new ScheduledInstalment(
                            instalment.getSequence(),
                            new DateRange(instalment.getPeriodFrom(), instalment.getPeriodTo()),
                            instalment.getDueDate(),
                            instalment.getAmount(),
                            instalment.getStatus().name(),
                            instalment.getErpInvoiceNumber(),
                            instalment.getErpInvoiceDate()))
                    .toList();
        }
        return value.signum() <= 0
                ? List.of()
                : BillingSchedule.plan(terms(), value).stream()
                        .map(planned -> new ScheduledInstalment(
                                planned.sequence(),
                                planned.period(),
                                planned.period().from(),
                                planned.amount(),
                                ScheduledInstalment.PROJECTED,
                                null,
                                null))
                        .toList();
    }

    private void recomputeValue() {
        value = Money.of(lines.stream()
                .filter(ContractLine::isCovered)
                .map(line -> line.getPrice().getAmount())
                .reduce(indexLinkage().surcharge(), BigDecimal::add));
    }

    private void checkEditable() {
        if (!status.isEditable()) {
            throw new ValidationException("status", "contract.notEditable", number, status);
        }
    }

    private void checkWithinTerm(LocalDate day) {
        if (day == null) {
            throw new ValidationException("date", "value.required");
        }
        if (!term().contains(day)) {
            throw new ValidationException("date", "contract.outsideTerm", day, startDate, endDate);
        }
    }

    public ContractLine line(long lineId) {
        return lines.stream()
                .filter(line -> line.getId() != null && line.getId() == lineId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of(
                        "notFound.of",
                        Message.of("entity.ContractLine"),
                        String.valueOf(lineId),
                        Message.of("entity.Contract"),
                        number)));
    }

    public LocalDate getNextAnniversary() {
        return indexLinkage().nextAnniversary();
    }

    public BigDecimal getTermIndexFactor() {
        return indexLinkage().termIndexFactor();
    }

    public Optional<RevaluationClause> getRevaluation() {
        return indexLinkage().clause();
    }

    public Integer getWarningDays() {
        return warnings().warningDays();
    }

    public String getResponsibleUser() {
        return warnings().responsibleUser();
    }

    /** The index linkage; JPA leaves an embeddable whose columns are all empty unset. */
    private IndexLinkage indexLinkage() {
        if (indexLinkage == null) {
            indexLinkage = IndexLinkage.none();
        }
        return indexLinkage;
    }

    /**
     * The warning settings; none when the columns are all empty (JPA loads the embeddable as null).
     * Not stored back: a replaced embeddable counts as a change, and every contract read would be
     * written again with its warning columns.
     */
    private WarningSettings warnings() {
        return warnings == null ? WarningSettings.none() : warnings;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Long getRenewalOf() {
        return renewalOf;
    }

    public String getNumber() {
        return number;
    }

    public ContractType getType() {
        return type;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getTypologyCode() {
        return typologyCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getRenewalMonths() {
        return renewalMonths;
    }

    public int getBillingMonths() {
        return billingMonths;
    }

    public String getPaymentTerms() {
        return paymentTerms;
    }

    public boolean isAutoRenew() {
        return autoRenew;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getQuoteValidUntil() {
        return quoteValidUntil;
    }

    public String getQuoteNumber() {
        return quoteNumber;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public String getStatusReason() {
        return statusReason;
    }

    /**
     * The term's value: the sum of the prices of the lines covered now. Instalments were planned
     * on the value at confirmation; lines changed since are billed by their delivery notes.
     */
    public BigDecimal getValue() {
        return value;
    }

    public ChargingRules getCharging() {
        return charging;
    }

    public Map<String, Object> getCustomFields() {
        return Collections.unmodifiableMap(customFields);
    }

    public List<ContractLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<Instalment> getInstalments() {
        return Collections.unmodifiableList(instalments);
    }
}
