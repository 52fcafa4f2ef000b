package com.assisto.application.contract;

import com.assisto.application.contracttype.ContractTypeService;
import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.application.shared.Numbering;
import com.assisto.domain.audit.AuditTexts;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.ContractStatus;
import com.assisto.domain.contracttype.ContractTerms;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerRepository;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.item.Item;
import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.tariff.PriceList;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A quote from its creation to its answer (C1–C3): created with its lines and numbered, revised,
 * confirmed as a contract (numbered again when the type has a contract series), rejected or
 * cancelled. Every step is audited.
 */
@Stateless
public class QuoteService {

    private static final Logger LOG = Logger.getLogger(QuoteService.class.getName());

    @Inject
    private ContractRepository contracts;

    @Inject
    private CustomerRepository customers;

    @Inject
    private ContractAccess access;

    @Inject
    private LineSubjects subjects;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @EJB
    private Numbering numbering;

    @EJB
    private ContractTypeService types;

    public Contract create(ContractDraft draft, LocalDate today) {
        ContractType type = types.find(draft.typeCode())
                .orElseThrow(() -> new ValidationException("type", "contractType.unknown", draft.typeCode()));
        Customer customer = draft.customerId() == null
                ? null
                : customers.find(draft.customerId()).orElse(null);
        if (customer == null) {
            throw draft.customerId() == null
                    ? new ValidationException("customerId", "value.required")
                    : new ValidationException("customerId", "customer.unknown", String.valueOf(draft.customerId()));
        }
        // checked before a number is drawn, so that bad input does not use up numbers
        ContractTerms terms = draft.terms(type, customer);
        terms.validate();
        type.validateCustomFields(draft.customFields());
        boolean numberedAsContract = draft.confirmed() && type.hasQuoteSeries();
        String number = draft.number() != null && !draft.number().isBlank()
                ? uniqueNumber(draft.number(), null)
                : numberedAsContract ? nextContractNumber(type, today) : nextQuoteNumber(type, today);
        Contract contract = Contract.quote(type, customer, number, terms, draft.customFields(), today);
        List<LineRequest> lines = draft.lines() == null ? List.of() : draft.lines();
        addLines(contract, customer, terms, lines, today);
        if (draft.confirmed()) {
            contract.confirm(today, null);
        }
        contracts.addNow(contract);
        audit.record(
                Contract.AUDIT_TYPE,
                contract.getId(),
                "created",
                Message.of(
                        draft.confirmed() ? "audit.contractCreated" : "audit.quoteCreated",
                        number,
                        customer.getCode(),
                        lines.size(),
                        contract.getValue()));
        LOG.info(() -> caller.callerName() + " created " + contract.getStatus() + " " + number);
        return contract;
    }

    /**
     * Adds the requested lines, pricing them all from one read of the tariff; every line's errors
     * are reported together, each under {@code lines[n].field}.
     */
    private void addLines(
            Contract contract, Customer customer, ContractTerms terms, List<LineRequest> lines, LocalDate today) {
        Map<String, Item> itemsByCode = subjects.itemsByCode(lines);
        List<FieldError> lineErrors = new ArrayList<>();
        List<Equipment> equipments = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        Set<Integer> unresolved = new HashSet<>();
        for (int index = 0; index < lines.size(); index++) {
            LineRequest line = lines.get(index);
            try {
                Equipment equipment = subjects.equipment(line);
                equipments.add(equipment);
                items.add(
                        line.itemCode() == null || line.itemCode().isBlank()
                                ? subjects.item(line, equipment)
                                : Optional.ofNullable(
                                                itemsByCode.get(line.itemCode().trim()))
                                        .orElseThrow(() ->
                                                new ValidationException("itemCode", "item.unknown", line.itemCode())));
            } catch (ValidationException e) {
                equipments.add(null);
                items.add(null);
                unresolved.add(index);
                addLineErrors(lineErrors, index, e);
            }
        }
        PriceList prices = subjects.priceList(customer, items, terms.typologyCode());
        for (int index = 0; index < lines.size(); index++) {
            if (unresolved.contains(index)) {
                continue;
            }
            try {
                LineRequest line = lines.get(index);
                contract.addLine(
                        equipments.get(index),
                        items.get(index),
                        line.description(),
                        subjects.price(contract, items.get(index), line, prices),
                        today);
            } catch (ValidationException e) {
                addLineErrors(lineErrors, index, e);
            }
        }
        if (!lineErrors.isEmpty()) {
            throw new ValidationException(lineErrors);
        }
    }

    public Contract update(long id, long version, ContractDraft draft) {
        Contract contract = access.forChange(id, version);
        List<Message> changes = new ArrayList<>(
                contract.revise(draft.terms(contract.getType(), contract.getCustomer()), draft.customFields()));
        if (draft.number() != null
                && !draft.number().isBlank()
                && !draft.number().trim().equals(contract.getNumber())) {
            changes.add(AuditTexts.change(
                    AuditTexts.field("number"),
                    contract.getNumber(),
                    draft.number().trim()));
            contract.renumber(uniqueNumber(draft.number(), id));
        }
        if (!changes.isEmpty()) {
            contracts.markChanged(contract);
            audit.record(Contract.AUDIT_TYPE, id, "updated", AuditTexts.joined(changes));
        }
        return contract;
    }

    public Contract confirm(long id, long version, LocalDate day) {
        Contract contract = access.forChange(id, version);
        String quoteNumber = contract.getNumber();
        String contractNumber = contract.getStatus() == ContractStatus.QUOTE
                        && contract.getType().hasQuoteSeries()
                ? nextContractNumber(contract.getType(), day)
                : null;
        contract.confirm(day, contractNumber);
        audit.record(
                Contract.AUDIT_TYPE,
                id,
                "confirmed",
                contractNumber == null
                        ? Message.of(
                                "audit.confirmed",
                                quoteNumber,
                                day,
                                contract.getInstalments().size())
                        : Message.of(
                                "audit.confirmedAsContract",
                                quoteNumber,
                                day,
                                contractNumber,
                                contract.getInstalments().size()));
        LOG.info(() -> caller.callerName() + " confirmed " + quoteNumber);
        return contract;
    }

    public Contract reject(long id, long version, LocalDate day, String reason) {
        Contract contract = access.forChange(id, version);
        contract.reject(day, reason);
        audit.record(Contract.AUDIT_TYPE, id, "rejected", onDay(day, contract.getStatusReason()));
        return contract;
    }

    public Contract cancel(long id, long version, LocalDate day, String reason) {
        Contract contract = access.forChange(id, version);
        contract.cancel(day, reason);
        audit.record(Contract.AUDIT_TYPE, id, "cancelled", onDay(day, contract.getStatusReason()));
        return contract;
    }

    /** The day of an answer or a cancellation, and the reason as the user typed it, if any. */
    private static Message onDay(LocalDate day, String reason) {
        return reason == null ? Message.of("audit.onDay", day) : Message.of("audit.onDayBecause", day, reason);
    }

    private static void addLineErrors(List<FieldError> errors, int index, ValidationException failure) {
        String prefix = "lines[" + (index + 1) + "].";
        failure.getErrors().forEach(error -> errors.add(new FieldError(prefix + error.field(), error.problem())));
    }

    private String uniqueNumber(String number, Long exceptId) {
        if (contracts.numberTaken(number.trim(), exceptId)) {
            throw new ValidationException("number", "contract.numberTaken", number.trim());
        }
        return number.trim();
    }

    private String nextQuoteNumber(ContractType type, LocalDate day) {
        return numbering.next(
                type.seriesKey(true, day.getYear()), sequence -> type.quoteNumber(day.getYear(), sequence));
    }

    private String nextContractNumber(ContractType type, LocalDate day) {
        return numbering.next(
                type.seriesKey(false, day.getYear()), sequence -> type.contractNumber(day.getYear(), sequence));
    }
}
