package com.assisto.application.equipment;

import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.audit.AuditEntryRepository;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractLine;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.equipment.Equipment;
import com.assisto.domain.equipment.EquipmentMove;
import com.assisto.domain.equipment.EquipmentRepository;
import com.assisto.domain.equipment.HistoryEntry;
import com.assisto.domain.equipment.HistoryEntry.Kind;
import com.assisto.domain.shared.Message;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A piece of equipment's timeline (E1), newest first: when it was registered, every move, every
 * contract and warranty that covered it, the end of its warranty. The events stay with the
 * equipment wherever it moves.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EquipmentHistory {

    @EJB
    private EquipmentService installedBase;

    @Inject
    private EquipmentRepository equipmentRepository;

    @Inject
    private ContractRepository contracts;

    @Inject
    private AuditEntryRepository audit;

    public List<HistoryEntry> of(long equipmentId) {
        Equipment equipment = installedBase.get(equipmentId);
        List<HistoryEntry> entries = new ArrayList<>();
        for (AuditEntry created : audit.entries("Equipment", equipmentId, "created")) {
            entries.add(new HistoryEntry(
                    created.getChangedAt().atZone(ZoneId.systemDefault()).toLocalDate(),
                    Kind.REGISTERED,
                    Message.of("history.registered", created.getChangedBy()),
                    null));
        }
        for (EquipmentMove move : equipmentRepository.moves(equipmentId)) {
            entries.add(new HistoryEntry(move.getMovedOn(), Kind.MOVED, moved(move), null));
        }
        for (ContractLine line : contracts.linesCovering(equipmentId)) {
            Contract contract = line.getContract();
            boolean warranty = contract.getType().isWarranty();
            entries.add(new HistoryEntry(
                    line.getCoveredFrom(),
                    warranty ? Kind.WARRANTY : Kind.CONTRACT,
                    Message.of(
                            warranty ? "history.warranty" : "history.contract",
                            contract.getNumber(),
                            contract.getStartDate(),
                            contract.getEndDate(),
                            contract.getStatus()),
                    contract.getId()));
            if (line.getRemovedOn() != null) {
                entries.add(new HistoryEntry(
                        line.getRemovedOn(),
                        Kind.CONTRACT_ENDED,
                        Message.of("history.lineRemoved", contract.getNumber()),
                        contract.getId()));
            }
        }
        if (equipment.getWarrantyEnd() != null) {
            entries.add(new HistoryEntry(
                    equipment.getWarrantyEnd(), Kind.WARRANTY_END, Message.of("history.warrantyEnd"), null));
        }
        // oldest first, events of one day in the order they happened; then turned round
        entries.sort(Comparator.comparing(HistoryEntry::on));
        Collections.reverse(entries);
        return entries;
    }

    private static Message moved(EquipmentMove move) {
        String place = move.getToSite() == null ? "-" : move.getToSite().getName();
        if (move.getToPlant() != null) {
            place = place + " / " + move.getToPlant().getName();
        }
        Message what;
        if (move.getMovedWith() != null) {
            what = Message.of("history.movedWith", place, move.getMovedWith().label());
        } else if (move.getToParent() != null) {
            what = Message.of("history.mountedOn", move.getToParent().label(), place);
        } else if (move.getFromParent() != null) {
            what = Message.of("history.unmounted", move.getFromParent().label(), place);
        } else {
            what = Message.of("history.movedTo", place);
        }
        return move.getNote() == null ? what : Message.of("history.withNote", what, move.getNote());
    }
}
