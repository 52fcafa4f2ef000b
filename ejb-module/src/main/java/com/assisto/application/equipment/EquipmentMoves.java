package com.assisto.application.equipment;

import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.domain.equipment.EquipmentMove;
import com.assisto.domain.equipment.EquipmentRepository;
import com.assisto.domain.equipment.Plant;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.ValidationException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Records the moves of equipment, wherever they start: an edit, a move, a plant moving site. */
@Dependent
public class EquipmentMoves {

    private static final int MAX_NOTE = 500;

    @Inject
    private EquipmentRepository installedBase;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    /** A move by the caller, now, on the given day, with an optional note. */
    public EquipmentMove.Relocation byCaller(LocalDate on, String note) {
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        if (trimmed != null && trimmed.length() > MAX_NOTE) {
            throw new ValidationException("note", "value.tooLong", MAX_NOTE);
        }
        return new EquipmentMove.Relocation(on, trimmed, caller.callerName(), Instant.now());
    }

    public void record(List<EquipmentMove> moves) {
        installedBase.addMoves(moves);
        for (EquipmentMove move : moves) {
            audit.record(
                    "Equipment",
                    move.getEquipment().getId(),
                    "moved",
                    Message.of("audit.equipmentMoved", place(move.getToSite(), move.getToPlant()), move.getMovedOn()));
        }
    }

    private static String place(ServiceSite site, Plant plant) {
        String siteName = site == null ? "-" : site.getName();
        return plant == null ? siteName : siteName + " / " + plant.getName();
    }
}
