package com.assisto.application.equipment;

import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.equipment.EquipmentType;
import com.assisto.domain.equipment.EquipmentType.CounterInput;
import com.assisto.domain.equipment.EquipmentTypeRepository;
import com.assisto.domain.shared.Message;
import com.assisto.domain.shared.NotFoundException;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.shared.customfields.CustomFieldDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Equipment types (E2): their custom-field schemas and meter counters. */
@Stateless
public class EquipmentTypeService {

    private static final Logger LOG = Logger.getLogger(EquipmentTypeService.class.getName());

    @Inject
    private EquipmentTypeRepository types;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EquipmentType> all() {
        return types.all();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EquipmentType get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("EquipmentType", code));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<EquipmentType> find(String code) {
        return types.findByCode(code == null ? "" : code.trim());
    }

    public EquipmentType create(
            String code, String name, List<CustomFieldDefinition> fields, List<CounterInput> counters) {
        if (find(code).isPresent()) {
            throw new ValidationException("code", "equipmentType.exists", code);
        }
        EquipmentType type = new EquipmentType(code, name);
        type.defineFields(fields);
        type.defineCounters(counters);
        types.add(type);
        audit.record("EquipmentType", type.getId(), "created", saved(type));
        LOG.info(() -> caller.callerName() + " created equipment type " + type.getCode());
        return type;
    }

    /**
     * Changes a type. Equipment already registered keeps its values; each is checked against the
     * new schema the next time it is saved.
     */
    public EquipmentType update(
            String code, long version, String name, List<CustomFieldDefinition> fields, List<CounterInput> counters) {
        EquipmentType type = get(code);
        type.checkVersion(version);
        type.rename(name);
        type.defineFields(fields);
        type.defineCounters(counters);
        audit.record("EquipmentType", type.getId(), "updated", saved(type));
        LOG.info(() -> caller.callerName() + " updated equipment type " + type.getCode());
        return type;
    }

    private static Message saved(EquipmentType type) {
        return Message.of(
                "audit.equipmentTypeSaved",
                type.getName(),
                type.getFields().size(),
                type.getCounters().size());
    }
}
