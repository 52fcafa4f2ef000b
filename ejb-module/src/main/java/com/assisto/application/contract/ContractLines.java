package com.assisto.application.contract;

import com.assisto.application.shared.AuditTrail;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.contract.DeliveryNote;
import com.assisto.domain.contract.MidTermChange;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.item.Item;
import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.Prorating;
import com.assisto.domain.shared.Figures;
import com.assisto.domain.shared.Message;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The lines of a quote or contract (C4, C5): priced from the customer's tariff or by hand; on a
 * running contract a line added or removed is prorated and, when billable, makes a delivery or
 * credit note.
 */
@Stateless
public class ContractLines {

    @Inject
    private ContractRepository contracts;

    @Inject
    private ContractAccess access;

    @Inject
    private LineSubjects subjects;

    @Inject
    private AuditTrail audit;

    @EJB
    private DeliveryNotes deliveryNotes;

    /** What the line would cost and, on a running contract, what adding it on the day would charge. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LinePreview previewLine(long id, LineRequest request, LocalDate day) {
        Contract contract = access.get(id);
        Equipment equipment = subjects.equipment(request);
        LinePrice price = subjects.price(contract, subjects.item(request, equipment), request);
        return new LinePreview(price, contract.previewAddition(price, day));
    }

    /** What removing the line on the day would credit. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Prorating> previewRemoval(long id, long lineId, LocalDate day) {
        return access.get(id).previewRemoval(lineId, day);
    }

    public LineChange addLine(long id, long version, LineRequest request, LocalDate day) {
        Contract contract = access.forChange(id, version);
        Equipment equipment = subjects.equipment(request);
        Item item = subjects.item(request, equipment);
        Optional<MidTermChange> change =
                contract.addLine(equipment, item, request.description(), subjects.price(contract, item, request), day);
        contracts.markChanged(contract);
        Optional<DeliveryNote> note = change.filter(MidTermChange::isBillable).map(deliveryNotes::issue);
        ContractLine added = contract.getLines().get(contract.getLines().size() - 1);
        audit.record(
                Contract.AUDIT_TYPE,
                id,
                "line added",
                Message.of(
                        "audit.lineAdded",
                        added.getDescription(),
                        added.getPrice().getAmount(),
                        added.getPrice().explanation(),
                        note.map(ContractLines::describe).orElse(null)));
        return new LineChange(contract, note);
    }

    public LineChange removeLine(long id, long version, long lineId, LocalDate day) {
        Contract contract = access.forChange(id, version);
        String description = contract.line(lineId).getDescription();
        Optional<MidTermChange> change = contract.removeLine(lineId, day);
        contracts.markChanged(contract);
        Optional<DeliveryNote> note = change.filter(MidTermChange::isBillable).map(deliveryNotes::issue);
        audit.record(
                Contract.AUDIT_TYPE,
                id,
                "line removed",
                change.isPresent()
                        ? Message.of(
                                "audit.lineRemovedOn",
                                description,
                                Figures.date(day),
                                note.map(ContractLines::describe).orElse(null))
                        : Message.of(
                                "audit.lineRemoved",
                                description,
                                note.map(ContractLines::describe).orElse(null)));
        return new LineChange(contract, note);
    }

    public Contract overridePrice(long id, long version, long lineId, BigDecimal amount) {
        Contract contract = access.forChange(id, version);
        BigDecimal before = contract.line(lineId).getPrice().getAmount();
        contract.overridePrice(lineId, amount);
        contracts.markChanged(contract);
        audit.record(
                Contract.AUDIT_TYPE,
                id,
                Contract.PRICE_CHANGED_ACTION,
                Message.of(
                        "audit.priceOverridden",
                        contract.line(lineId).getDescription(),
                        before,
                        contract.line(lineId).getPrice().getAmount()));
        return contract;
    }

    private static Message describe(DeliveryNote note) {
        return Message.of("audit.deliveryNote", note.getNumber(), note.getKind(), note.getAmount());
    }
}
