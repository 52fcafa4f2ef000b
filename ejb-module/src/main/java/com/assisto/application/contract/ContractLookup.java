package com.assisto.application.contract;

import com.assisto.application.shared.AuditTrail;
import com.assisto.domain.audit.AuditEntry;
import com.assisto.domain.contract.Contract;
import com.assisto.domain.contract.ContractFilter;
import com.assisto.domain.contract.ContractListing;
import com.assisto.domain.contract.ContractRepository;
import com.assisto.domain.shared.Slice;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** Finding and reading contracts (C1): lists, one contract whole, its history; a customer sees its own only. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ContractLookup {

    @Inject
    private ContractRepository contracts;

    @Inject
    private ContractAccess access;

    @Inject
    private AuditTrail audit;

    public Slice<ContractListing> search(ContractFilter filter, String afterKey, int limit) {
        return contracts.search(access.scoped(filter), afterKey, limit);
    }

    public List<ContractListing> page(ContractFilter filter, String sortField, boolean ascending, int first, int max) {
        return contracts.page(access.scoped(filter), sortField, ascending, first, max);
    }

    public long count(ContractFilter filter) {
        return contracts.count(access.scoped(filter));
    }

    /** The contract with its lines and instalments, for display, if the caller may see it. */
    public Contract view(long id) {
        Contract contract = access.get(id);
        contract.getLines().forEach(line -> {
            if (line.getEquipment() != null) {
                line.getEquipment().getDescription();
            }
        });
        contract.getInstalments().size();
        return contract;
    }

    public List<AuditEntry> history(long id) {
        access.get(id);
        return audit.history(Contract.AUDIT_TYPE, id);
    }
}
