package com.assisto.application.contracttype;

import com.assisto.application.shared.AuditTrail;
import com.assisto.application.shared.CallerScope;
import com.assisto.domain.contracttype.ContractType;
import com.assisto.domain.contracttype.ContractTypeRepository;
import com.assisto.domain.contracttype.ContractTypeSettings;
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

/** Contract types with their custom-field schema and defaults (M5, C1). */
@Stateless
public class ContractTypeService {

    private static final Logger LOG = Logger.getLogger(ContractTypeService.class.getName());

    @Inject
    private ContractTypeRepository types;

    @Inject
    private CallerScope caller;

    @Inject
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContractType> list() {
        return types.all();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ContractType get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("ContractType", code));
    }

    /** The contract type with the code, if there is one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ContractType> find(String code) {
        return types.findByCode(code == null ? "" : code.trim());
    }

    public ContractType create(String code, ContractTypeSettings settings, List<CustomFieldDefinition> fields) {
        if (find(code).isPresent()) {
            throw new ValidationException("code", "contractType.exists", code);
        }
        ContractType type = new ContractType(code, settings);
        type.defineFields(fields);
        types.add(type);
        audit.record(
                "ContractType",
                type.getId(),
                "created",
                Message.of("audit.contractTypeSaved", settings.name(), fields.size()));
        LOG.info(() -> caller.callerName() + " created contract type " + code);
        return type;
    }

    public ContractType update(
            String code, long version, ContractTypeSettings settings, List<CustomFieldDefinition> fields) {
        ContractType type = get(code);
        type.checkVersion(version);
        type.apply(settings);
        type.defineFields(fields);
        audit.record(
                "ContractType",
                type.getId(),
                "updated",
                Message.of("audit.contractTypeSaved", settings.name(), fields.size()));
        LOG.info(() -> caller.callerName() + " updated contract type " + code);
        return type;
    }
}
